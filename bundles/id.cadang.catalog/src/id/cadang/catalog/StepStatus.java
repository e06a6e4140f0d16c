package id.cadang.catalog;

/** Where one step of a run stands. */
public enum StepStatus {
	RUNNING, DONE, FAILED,
	/** a human step, opened as a task for its roles */
	TASK_OPEN,
	SKIPPED
}
