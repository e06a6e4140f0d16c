package id.cadang.storage.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import id.cadang.storage.BackupManifest;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.Encryption;
import id.cadang.storage.SourceResult;

/** The manifest of a new backup and of a copy, the same for every target. */
public final class ManifestData {

	private ManifestData() {
	}

	/** The manifest of a backup the source produced in {@code streamed}. */
	public static BackupManifest backup(String fileName, BackupRequest request, String sourceKind, Streamed streamed,
			Instant started, Optional<Encryption> encryption) {
		SourceResult result = streamed.result().orElseThrow(
				() -> new IllegalArgumentException("a backup manifest needs the source's result; a copy uses copy(...)"));
		return new BackupManifest(1, fileName, request.sop(), request.binding(), request.slot(), sourceKind,
				result.facts(), "zstd", streamed.storedBytes(), streamed.sourceBytes(), streamed.sha256(),
				started.toString(), Instant.now().toString(), result.exitStatus(), result.warnings(),
				encryption.map(Encryption::keyId).orElse(null));
	}

	/** The manifest of a copy: the original's, with the copy's name, size and checksum. */
	public static BackupManifest copy(BackupManifest original, String fileName, long size, String sha256) {
		return new BackupManifest(original.format(), fileName, original.sop(), original.binding(), original.slot(),
				original.sourceKind(), original.facts(), original.compression(), size, original.sourceSize(), sha256,
				original.started(), original.finished(), original.exitStatus(), original.warnings(), original.encryptionKey());
	}

	/** Fails unless the copy's checksum is the original manifest's. */
	public static void checkCopy(String original, String copyWhere, String sha256, BackupManifest manifest)
			throws IOException {
		if (!sha256.equals(manifest.sha256())) {
			throw new IOException("copy of " + original + " to " + copyWhere + " has sha256 " + sha256
					+ " but its manifest says " + manifest.sha256()
					+ ": the original is damaged; verify it (cadang verify) before copying");
		}
	}
}
