package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;


import id.cadang.storage.internal.HashingOutput;

/**
 * Re-reads a stored backup: recomputes its SHA-256, decrypts an encrypted one chunk by chunk (each chunk's
 * tag checked) and decodes every zstd frame, checking each frame's content checksum, without writing
 * anything. An encrypted backup whose key is missing is UNREADABLE ({@link VerifyResult#unreadable()}).
 */
public final class BackupVerifier {
	private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

	private BackupVerifier() {
	}

	/**
	 * @param expectedSha256 the SHA-256 the catalog recorded, hex
	 * @return ok, or not ok with the problem in a sentence: file missing, checksum mismatch, a truncated
	 *         or corrupt zstd frame
	 */
	public static VerifyResult verify(Path file, String expectedSha256) {
		return verify(file, expectedSha256, StoredBackups.noKeys());
	}

	/** {@link #verify(Path, String)} with the keys an encrypted backup may need. */
	public static VerifyResult verify(Path file, String expectedSha256, Function<String, Optional<SecretKey>> keys) {
		return verify(file, expectedSha256, "catalog", keys);
	}

	/** Verifies against the manifest beside the file ({@code file + ".manifest.json"}). */
	public static VerifyResult verifyAgainstManifest(Path file) {
		return verifyAgainstManifest(file, StoredBackups.noKeys());
	}

	/** {@link #verifyAgainstManifest(Path)} with the keys an encrypted backup may need. */
	public static VerifyResult verifyAgainstManifest(Path file, Function<String, Optional<SecretKey>> keys) {
		Objects.requireNonNull(file, "file");
		if (!Files.isRegularFile(file)) {
			return missing(file);
		}
		BackupManifest manifest;
		try {
			manifest = Manifests.read(Manifests.beside(file));
		} catch (IOException e) {
			return new VerifyResult(false, null, 0, e.getMessage());
		}
		if (!SHA256.matcher(manifest.sha256()).matches()) {
			return new VerifyResult(false, null, 0, "manifest " + Manifests.beside(file) + " has no valid sha256 ('"
					+ manifest.sha256() + "'): it was changed or damaged; rewrite it from the catalog");
		}
		VerifyResult result = verify(file, manifest.sha256(), "manifest", keys);
		if (result.ok() && result.sourceSize() != manifest.sourceSize()) {
			return new VerifyResult(false, result.actualSha256(), result.sourceSize(), "backup file " + file
					+ " decodes to " + result.sourceSize() + " bytes, manifest says " + manifest.sourceSize()
					+ ": the manifest does not belong to this file; rewrite it from the catalog");
		}
		return result;
	}

	/**
	 * Verifies a backup on any target (a local file, a file on an SFTP server), read through that target's own
	 * reader, against the SHA-256 the catalog recorded.
	 */
	public static VerifyResult verify(StoredBackup stored, String expectedSha256, Function<String, Optional<SecretKey>> keys) {
		Objects.requireNonNull(stored, "stored");
		if (!stored.location().contains("://")) {
			return verify(Path.of(stored.location()), expectedSha256, keys);
		}
		checkSha(expectedSha256, stored.location());
		return verify(stored.location(), stored::open, expectedSha256, "catalog", keys);
	}

	private static void checkSha(String expectedSha256, Object file) {
		if (expectedSha256 == null || !SHA256.matcher(expectedSha256).matches()) {
			throw new IllegalArgumentException("expected sha256 '" + expectedSha256 + "' for " + file
					+ " is not 64 hex digits: pass the sha256 that the catalog or manifest recorded");
		}
	}

	/** Opens the stored bytes. */
	@FunctionalInterface
	private interface Opener {
		InputStream open() throws IOException;
	}

	private static VerifyResult verify(Path file, String expectedSha256, String authority,
			Function<String, Optional<SecretKey>> keys) {
		Objects.requireNonNull(file, "file");
		checkSha(expectedSha256, file);
		if (!Files.isRegularFile(file)) {
			return missing(file);
		}
		VerifyResult result = verify(file.toString(), () -> Files.newInputStream(file), expectedSha256, authority, keys);
		if (result.ok() && result.sourceSize() == 0 && sizeOf(file) == 0) {
			return new VerifyResult(false, result.actualSha256(), 0, "backup file " + file
					+ " is empty, it holds no zstd frame: it was cut off when written; take a new backup");
		}
		return result;
	}

	private static VerifyResult verify(String file, Opener opener, String expectedSha256, String authority,
			Function<String, Optional<SecretKey>> keys) {
		MessageDigest sha = HashingOutput.newSha256();
		long decoded = 0;
		Optional<String> decodeProblem = Optional.empty();
		Optional<MissingKeyException> missingKey = Optional.empty();
		try (InputStream raw = opener.open()) {
			DigestInputStream hashed = new DigestInputStream(raw, sha);
			InputStream content = null;
			try {
				content = StoredBackups.decoded(hashed, keys, "backup file " + file);
				byte[] buffer = new byte[1 << 20];
				for (int n; (n = content.read(buffer)) != -1;) {
					decoded += n;
				}
			} catch (MissingKeyException e) {
				missingKey = Optional.of(e);
			} catch (IOException | RuntimeException e) {
				decodeProblem = Optional.of(String.valueOf(e.getMessage()));
			}
			hashed.transferTo(OutputStream.nullOutputStream());
			if (content != null) {
				content.close(); // frees zstd's native buffers
			}
		} catch (IOException e) {
			return new VerifyResult(false, null, decoded, "backup file " + file + " cannot be read (" + e.getMessage()
					+ "): check the disk or the NAS mount");
		}
		String actual = HexFormat.of().formatHex(sha.digest());
		String expected = expectedSha256.toLowerCase(Locale.ROOT);
		if (missingKey.isPresent()) {
			return new VerifyResult(false, actual, 0, missingKey.get().getMessage() + (actual.equals(expected) ? ""
					: "; besides, its sha256 is " + actual + ", " + authority + " says " + expected), true);
		}
		if (!actual.equals(expected)) {
			return new VerifyResult(false, actual, decoded, "sha256 of " + file + " is " + actual + ", " + authority
					+ " says " + expected + ": the file was changed or damaged"
					+ decodeProblem.map(p -> "; reading it also reports: " + p).orElse(""));
		}
		if (decodeProblem.isPresent()) {
			return new VerifyResult(false, actual, decoded, "backup file " + file + " has a truncated or corrupt zstd frame"
					+ " or encrypted chunk (" + decodeProblem.get() + "): it was written damaged; take a new backup");
		}
		return new VerifyResult(true, actual, decoded, "");
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return -1;
		}
	}

	private static VerifyResult missing(Path file) {
		return new VerifyResult(false, null, 0, "backup file " + file
				+ " does not exist: it was moved or deleted; copy it back from the second target");
	}
}
