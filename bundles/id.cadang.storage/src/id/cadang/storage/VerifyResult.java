package id.cadang.storage;

/**
 * The outcome of re-reading a stored backup.
 *
 * @param ok           whether the checksum matched and every compression frame decoded
 * @param actualSha256 the SHA-256 computed now (null when the file could not be read)
 * @param sourceSize   bytes after decompression
 * @param problem      what is wrong, in a sentence, when not ok; empty otherwise
 * @param unreadable   the backup is encrypted with a key Cadang no longer has: it cannot be checked or restored
 *                     until the key is stored again (never ok, never skipped)
 */
public record VerifyResult(boolean ok, String actualSha256, long sourceSize, String problem, boolean unreadable) {

	/** A readable backup's outcome. */
	public VerifyResult(boolean ok, String actualSha256, long sourceSize, String problem) {
		this(ok, actualSha256, sourceSize, problem, false);
	}

	/** {@code OK}, {@code DAMAGED} or {@code UNREADABLE}. */
	public String state() {
		return ok ? "OK" : unreadable ? "UNREADABLE" : "DAMAGED";
	}
}
