package id.cadang.storage;

import java.io.IOException;

/** Where backups are stored: a local folder or mounted NAS now; SFTP and removable media later. */
public interface BackupTarget {

	/** A human-readable location, e.g. {@code /mnt/nas/backup}. */
	String location();

	/** Fails with a clear reason when the target cannot take a backup (missing, not a folder, read-only). */
	void check() throws TargetException;

	/**
	 * Streams the source through zstd and SHA-256 into {@code relativePath + ".part"}, fsyncs, renames
	 * it to its final name, fsyncs the folder and writes the manifest beside it. On any failure the
	 * part file is removed, the source aborted, and nothing exists under the final name.
	 */
	WrittenBackup write(BackupRequest request, StreamSource source, ProgressListener progress) throws IOException;
}
