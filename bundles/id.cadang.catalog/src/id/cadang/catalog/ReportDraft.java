package id.cadang.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A new revision of a report.
 *
 * @param kind     what it is, e.g. {@code minutes}, {@code form}, {@code weekly}, {@code compliance}
 * @param subject  what it reports on, e.g. {@code run:12}; the revisions of one kind and subject are one report
 * @param runId    the run it reports on, or null
 * @param binding  the binding, or null
 * @param fileName the file name it is archived under
 * @param content  the document's bytes (PDF, ODS, CSV)
 * @param sha256   the SHA-256 of {@code content}, lower-case hex
 */
public record ReportDraft(String kind, String subject, Long runId, String sop, String binding, String fileName,
		byte[] content, String sha256, Instant createdAt, String createdBy) {
	public ReportDraft {
		Objects.requireNonNull(kind, "a report needs its kind");
		Objects.requireNonNull(subject, "a report needs its subject");
		Objects.requireNonNull(sop, "a report needs its SOP");
		Objects.requireNonNull(fileName, "a report needs its file name");
		Objects.requireNonNull(content, "a report needs its content");
		Objects.requireNonNull(sha256, "a report needs its SHA-256");
		Objects.requireNonNull(createdAt, "a report needs its time");
		Objects.requireNonNull(createdBy, "a report is made by someone");
	}
}
