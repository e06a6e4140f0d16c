package id.cadang.catalog;

/** Where a report revision stands: written, sent back for correction, or accepted (then immutable). */
public enum ReportStatus {
	DRAFT, RETURNED, ACCEPTED
}
