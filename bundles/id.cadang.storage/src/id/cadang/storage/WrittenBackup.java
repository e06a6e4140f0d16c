package id.cadang.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup that is durable on its target: renamed to its final name, file and folder fsynced,
 * manifest written beside it.
 *
 * @param file       the final file
 * @param manifest   the manifest beside it ({@code file + ".manifest.json"})
 * @param size       bytes of the stored (compressed) file
 * @param sourceSize bytes the source produced
 * @param sha256     lowercase hex SHA-256 of the stored file, as {@code sha256sum} prints it
 */
public record WrittenBackup(Path file, Path manifest, long size, long sourceSize, String sha256, Instant started,
		Instant finished, BackupManifest manifestData) {
}
