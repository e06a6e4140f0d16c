package id.cadang.restore;

import java.util.Optional;
import java.util.SortedMap;

/**
 * Puts a verified backup back into a database or a folder. A restorer never leaves its destination half
 * written: it restores into a new place first and swaps it in only once the restore succeeded.
 */
public interface Restorer {

	/** Where it restores to, for people: a URL without password, a folder. */
	String destination();

	/** Whether the backup's kind ({@code postgresql}, {@code mariadb}, {@code h2}, {@code folder}) fits. */
	boolean accepts(String kind);

	/**
	 * @throws RestoreException with what happened to the destination: untouched, or (after the swap) what to do
	 */
	void restore(BackupFile backup, RestoreProgress progress) throws RestoreException;

	/** Per-table row counts of the destination now, for a database; empty for a folder. */
	Optional<SortedMap<String, Long>> countRows() throws RestoreException;

	/** Removes the destination (a scratch database of a restore test). */
	void drop() throws RestoreException;
}
