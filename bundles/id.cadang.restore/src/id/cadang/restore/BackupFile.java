package id.cadang.restore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.dump.internal.RowCounts;
import id.cadang.restore.internal.VerifiedStream;
import id.cadang.storage.BackupManifest;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.Manifests;
import id.cadang.storage.VerifyResult;

/**
 * A stored backup that passed verification (checksum and every zstd frame) before anything is touched, with its
 * manifest. {@link #open} streams it again, decompressed, checking the checksum once more as it streams.
 */
public final class BackupFile {
	private final long id;
	private final Path file;
	private final String sha256;
	private final BackupManifest manifest;

	private BackupFile(long id, Path file, String sha256, BackupManifest manifest) {
		this.id = id;
		this.file = file;
		this.sha256 = sha256;
		this.manifest = manifest;
	}

	/**
	 * Verifies a catalogued backup.
	 *
	 * @throws RestoreException refusing it with the reason: not GOOD, not a local file, checksum or frame damaged,
	 *                          manifest missing
	 */
	public static BackupFile verified(BackupRecord backup) throws RestoreException {
		if (backup.status() != BackupStatus.GOOD) {
			throw new RestoreException("backup #" + backup.id() + " is " + backup.status()
					+ ", not GOOD: it cannot be restored; choose a good one (cadang backups --json)");
		}
		if (backup.path() == null || backup.path().contains("://")) {
			throw new RestoreException("backup #" + backup.id() + " is at " + backup.path()
					+ ": restoring reads backups from a local folder or mounted NAS only; copy it to one first");
		}
		Path file = Path.of(backup.path());
		VerifyResult result = BackupVerifier.verify(file, backup.sha256());
		if (!result.ok()) {
			throw new RestoreException("backup #" + backup.id() + " refused, nothing was touched: " + result.problem());
		}
		BackupManifest manifest;
		try {
			manifest = Manifests.read(Manifests.beside(file));
		} catch (IOException e) {
			throw new RestoreException("backup #" + backup.id() + " refused, nothing was touched: " + e.getMessage(), e);
		}
		if (!manifest.sha256().equalsIgnoreCase(backup.sha256())) {
			throw new RestoreException("backup #" + backup.id() + " refused, nothing was touched: its manifest names sha256 "
					+ manifest.sha256() + ", the catalog " + backup.sha256() + "; rewrite the manifest from the catalog");
		}
		return new BackupFile(backup.id(), file, backup.sha256(), manifest);
	}

	public long id() {
		return id;
	}

	public Path file() {
		return file;
	}

	public BackupManifest manifest() {
		return manifest;
	}

	/** {@code postgresql}, {@code mariadb}, {@code h2}, {@code folder}... as the manifest says. */
	public String kind() {
		return manifest.sourceKind();
	}

	/** The per-table row counts recorded at dump time, when the source recorded them. */
	public Optional<SortedMap<String, Long>> rowCounts() {
		return Optional.ofNullable(manifest.facts()).map(f -> f.get(RowCounts.FACT)).map(RowCounts::fromJson);
	}

	/**
	 * The decompressed content; reading it to its end fails with a {@link RestoreException} when the file's
	 * checksum is not the catalogued one any more (the file changed since it was verified).
	 */
	public InputStream open(RestoreProgress progress) throws IOException {
		return new VerifiedStream(file, sha256, Files.size(file), progress);
	}
}
