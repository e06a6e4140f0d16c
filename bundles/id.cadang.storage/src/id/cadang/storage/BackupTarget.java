package id.cadang.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where backups are stored: a local folder or mounted NAS ({@link LocalFolderTarget}), an SFTP server ({@link SftpTarget}). */
public interface BackupTarget {

	/** A human-readable location, e.g. {@code /mnt/nas/backup} or {@code sftp://backup@nas:22/srv/backup}. */
	String location();

	/** Where {@code relativePath} lands on this target, in the form of {@link #location()}. */
	default String locationOf(String relativePath) {
		return location() + "/" + relativePath;
	}

	/** How new backups are encrypted at rest, when this target encrypts them. */
	default Optional<Encryption> encryption() {
		return Optional.empty();
	}

	/** Fails with a clear reason when the target cannot take a backup (missing, not a folder, read-only, unreachable). */
	void check() throws TargetException;

	/**
	 * Streams the source through zstd and SHA-256 into {@code relativePath + ".part"}, fsyncs, renames
	 * it to its final name, fsyncs the folder and writes the manifest beside it. On any failure the
	 * part file is removed (when the target can still be reached), the source aborted, and nothing exists
	 * under the final name.
	 */
	WrittenBackup write(BackupRequest request, StreamSource source, ProgressListener progress) throws IOException;

	/**
	 * Copies a stored backup and its manifest to this target, byte for byte, under {@code relativePath}:
	 * the copy's SHA-256 must equal the manifest's, or nothing is kept under the final name. Committed
	 * like {@link #write}.
	 *
	 * @param storedFile a local backup file with its manifest beside it
	 */
	default WrittenBackup copy(Path storedFile, String relativePath, ProgressListener progress) throws IOException {
		return copy(StoredBackups.local(storedFile), relativePath, progress);
	}

	/**
	 * {@link #copy(Path, String, ProgressListener)} from any target's stored backup (a local file, a file on an
	 * SFTP server), read through that target's reader; the SHA-256 is computed here, at the destination, on
	 * the bytes written, and must equal the source manifest's.
	 */
	WrittenBackup copy(StoredBackup stored, String relativePath, ProgressListener progress) throws IOException;

	// --- what retention and the reconciler need

	/**
	 * The path below this target's root of a location {@link #locationOf} gave (a catalog row's path), or empty
	 * when the location is not on this target.
	 */
	Optional<String> relativePathOf(String location);

	/**
	 * Every regular file below {@code relativeFolder}, at any depth, sorted by path; empty when the folder does not
	 * exist.
	 */
	List<StoredFile> list(String relativeFolder) throws IOException;

	/**
	 * Removes one file and makes the removal durable (the folder is synced where the target can).
	 *
	 * @return false when there was no such file
	 */
	boolean delete(String relativePath) throws IOException;

	/** Reads the manifest at {@code relativePath} (a {@code .manifest.json} file). */
	BackupManifest readManifest(String relativePath) throws IOException;
}
