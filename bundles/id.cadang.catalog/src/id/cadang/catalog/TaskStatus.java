package id.cadang.catalog;

/** Where a task stands. */
public enum TaskStatus {
	OPEN, DONE,
	/** sent back to the step before it, with a reason */
	RETURNED, CANCELLED
}
