package id.cadang.catalog;

import java.time.Instant;

public record BackupRecord(long id, Long runId, String sop, String binding, String slot, String sourceKind,
		String source, BackupStatus status, String path, Long size, Long sourceSize, String sha256,
		String manifestPath, Instant started, Instant finished, String error) {
}
