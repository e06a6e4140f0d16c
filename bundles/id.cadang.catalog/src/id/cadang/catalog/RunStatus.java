package id.cadang.catalog;

/** Where a run stands. */
public enum RunStatus {
	/** a process is executing its automated steps (it holds the run's lease) */
	RUNNING,
	/** waiting for a person: a task is open */
	WAITING,
	/** every step is done */
	SUCCEEDED,
	FAILED,
	/** stopped by a person before its end */
	CANCELLED;

	/** SUCCEEDED, FAILED and CANCELLED are final: nothing moves a run out of them. */
	public boolean finished() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}
}
