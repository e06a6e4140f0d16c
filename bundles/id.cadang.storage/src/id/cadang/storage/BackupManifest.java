package id.cadang.storage;

import java.util.List;
import java.util.Map;

/**
 * The manifest written beside each backup file as JSON, so that a backup can be understood and
 * catalogued again from the target alone.
 *
 * @param format       manifest format version, {@code 1}
 * @param file         the backup file's name (no folder)
 * @param sop          SOP id
 * @param binding      binding name
 * @param slot         slot name
 * @param sourceKind   {@link StreamSource#kind()}
 * @param facts        tool, toolVersion, serverVersion, ... from the source
 * @param compression  {@code zstd}
 * @param size         stored bytes
 * @param sourceSize   bytes produced by the source
 * @param sha256       SHA-256 of the stored file
 * @param started      ISO-8601 instant
 * @param finished     ISO-8601 instant
 * @param exitStatus   the producer's exit status
 * @param warnings     warnings from the source
 * @param encryptionKey the id of the key the file is encrypted with (AES-256-GCM chunks, see
 *                     {@link EncryptionKeys}); null for a file that is not encrypted
 */
public record BackupManifest(int format, String file, String sop, String binding, String slot, String sourceKind,
		Map<String, String> facts, String compression, long size, long sourceSize, String sha256, String started,
		String finished, int exitStatus, List<String> warnings, String encryptionKey) {
}
