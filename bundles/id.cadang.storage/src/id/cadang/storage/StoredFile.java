package id.cadang.storage;

/**
 * A file found on a target.
 *
 * @param relativePath its path below the target's root, with {@code /} between names
 * @param size         its size in bytes
 */
public record StoredFile(String relativePath, long size) {
}
