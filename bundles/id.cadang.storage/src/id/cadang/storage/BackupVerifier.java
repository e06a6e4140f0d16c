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
import java.util.regex.Pattern;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

import id.cadang.storage.internal.HashingOutput;

/**
 * Re-reads a stored backup: recomputes its SHA-256 and decodes every zstd frame, checking each frame's
 * content checksum, without writing anything.
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
		return verify(file, expectedSha256, "catalog");
	}

	/** Verifies against the manifest beside the file ({@code file + ".manifest.json"}). */
	public static VerifyResult verifyAgainstManifest(Path file) {
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
		VerifyResult result = verify(file, manifest.sha256(), "manifest");
		if (result.ok() && result.sourceSize() != manifest.sourceSize()) {
			return new VerifyResult(false, result.actualSha256(), result.sourceSize(), "backup file " + file
					+ " decodes to " + result.sourceSize() + " bytes, manifest says " + manifest.sourceSize()
					+ ": the manifest does not belong to this file; rewrite it from the catalog");
		}
		return result;
	}

	private static VerifyResult verify(Path file, String expectedSha256, String authority) {
		Objects.requireNonNull(file, "file");
		if (expectedSha256 == null || !SHA256.matcher(expectedSha256).matches()) {
			throw new IllegalArgumentException("expected sha256 '" + expectedSha256 + "' for " + file
					+ " is not 64 hex digits: pass the sha256 that the catalog or manifest recorded");
		}
		if (!Files.isRegularFile(file)) {
			return missing(file);
		}
		MessageDigest sha = HashingOutput.newSha256();
		long decoded = 0;
		Optional<String> decodeProblem = Optional.empty();
		try (InputStream raw = Files.newInputStream(file)) {
			DigestInputStream hashed = new DigestInputStream(raw, sha);
			ZstdInputStreamNoFinalizer zstd = new ZstdInputStreamNoFinalizer(hashed);
			try {
				byte[] buffer = new byte[1 << 20];
				for (int n; (n = zstd.read(buffer)) != -1;) {
					decoded += n;
				}
			} catch (IOException | RuntimeException e) {
				decodeProblem = Optional.of(String.valueOf(e.getMessage()));
			}
			hashed.transferTo(OutputStream.nullOutputStream());
			zstd.close();
		} catch (IOException e) {
			return new VerifyResult(false, null, decoded, "backup file " + file + " cannot be read (" + e.getMessage()
					+ "): check the disk or the NAS mount");
		}
		String actual = HexFormat.of().formatHex(sha.digest());
		String expected = expectedSha256.toLowerCase(Locale.ROOT);
		if (!actual.equals(expected)) {
			return new VerifyResult(false, actual, decoded, "sha256 of " + file + " is " + actual + ", " + authority
					+ " says " + expected + ": the file was changed or damaged"
					+ decodeProblem.map(p -> "; zstd also reports: " + p).orElse(""));
		}
		if (decodeProblem.isPresent()) {
			return new VerifyResult(false, actual, decoded, "backup file " + file + " has a truncated or corrupt zstd frame ("
					+ decodeProblem.get() + "): it was written damaged; take a new backup");
		}
		if (decoded == 0 && sizeOf(file) == 0) {
			return new VerifyResult(false, actual, 0, "backup file " + file
					+ " is empty, it holds no zstd frame: it was cut off when written; take a new backup");
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
