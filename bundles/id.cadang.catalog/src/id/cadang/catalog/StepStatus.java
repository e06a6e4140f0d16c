package id.cadang.catalog;

/** Where one step of a run stands. */
public enum StepStatus {
	RUNNING, DONE, FAILED,
	/** a human step, opened as a task for its roles */
	TASK_OPEN,
	/** a human step sent back by the next step's performer; the step was opened again */
	RETURNED,
	SKIPPED
}
