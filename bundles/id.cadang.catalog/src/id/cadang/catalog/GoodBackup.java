package id.cadang.catalog;

import java.time.Instant;

/** What a durable backup is: its size, source size, checksum, manifest and end time. */
public record GoodBackup(long size, long sourceSize, String sha256, String manifestPath, Instant finished) {
}
