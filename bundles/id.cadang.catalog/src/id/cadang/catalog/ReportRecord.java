package id.cadang.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * One revision of a report, without its bytes ({@link Catalog#reportContent(long)} reads them).
 *
 * @param decidedBy  who sent it back or accepted it, null while a draft
 * @param note       why it was sent back, or what was noted on acceptance
 * @param archivedAt where the accepted copy was stored beside the backups, null before acceptance
 */
public record ReportRecord(long id, String kind, String subject, int revision, Long runId, String sop,
		String binding, ReportStatus status, String fileName, String sha256, Instant createdAt, String createdBy,
		Instant decidedAt, String decidedBy, String note, String archivedAt) {

	public Optional<String> archived() {
		return Optional.ofNullable(archivedAt);
	}
}
