package id.cadang.catalog;

/** Where a restore request stands. */
public enum RestoreStatus {
	/** Filed by the requester, waiting for the responsible role. */
	REQUESTED,
	/** Sent back to the requester with a reason. */
	RETURNED,
	/** Approved: it may run. */
	APPROVED,
	/** The restore is running. */
	RUNNING,
	/** The data was restored and checked; waiting for the requester's confirmation. */
	RESTORED,
	/** The restore failed; the outcome says what happened to the service and the data. */
	FAILED,
	/** The requester confirmed the restored data. */
	CONFIRMED;

	/** Whether a request in this status may be run (again after a failure). */
	public boolean runnable() {
		return this == APPROVED || this == FAILED;
	}
}
