package id.cadang.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup that is durable on its target: renamed to its final name, file and folder fsynced,
 * manifest written beside it.
 *
 * @param file             the final file; on an SFTP target its absolute path on the server
 * @param manifest         the manifest beside it ({@code file + ".manifest.json"})
 * @param size             bytes of the stored (compressed) file
 * @param sourceSize       bytes the source produced
 * @param sha256           lowercase hex SHA-256 of the stored file, as {@code sha256sum} prints it
 * @param location         where the file is, for the catalog and for people: a local path, or
 *                         {@code sftp://user@host:port/path}
 * @param manifestLocation where the manifest is, in the same form
 */
public record WrittenBackup(Path file, Path manifest, long size, long sourceSize, String sha256, Instant started,
		Instant finished, BackupManifest manifestData, String location, String manifestLocation) {

	/** A backup in a local folder: its locations are its paths. */
	public WrittenBackup(Path file, Path manifest, long size, long sourceSize, String sha256, Instant started,
			Instant finished, BackupManifest manifestData) {
		this(file, manifest, size, sourceSize, sha256, started, finished, manifestData, file.toString(),
				manifest.toString());
	}
}
