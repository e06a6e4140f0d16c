package id.cadang.storage;

/**
 * The outcome of re-reading a stored backup.
 *
 * @param ok           whether the checksum matched and every compression frame decoded
 * @param actualSha256 the SHA-256 computed now (null when the file could not be read)
 * @param sourceSize   bytes after decompression
 * @param problem      what is wrong, in a sentence, when not ok; empty otherwise
 */
public record VerifyResult(boolean ok, String actualSha256, long sourceSize, String problem) {
}
