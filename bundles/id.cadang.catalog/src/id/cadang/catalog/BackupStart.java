package id.cadang.catalog;

import java.time.Instant;

/**
 * A backup as it starts.
 *
 * @param runId      the run it belongs to, or null when taken outside a run
 * @param path       the final path it will have, absolute
 * @param sourceKind {@code postgresql}, {@code folder}, ...
 * @param source     the bound source (a URL without password, a folder)
 */
public record BackupStart(Long runId, String sop, String binding, String slot, String sourceKind, String source,
		String path, Instant started) {
}
