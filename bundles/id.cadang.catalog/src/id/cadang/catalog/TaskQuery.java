package id.cadang.catalog;

/**
 * Which tasks to list; null fields do not filter.
 *
 * @param runId  one run's tasks
 * @param status tasks in this status
 * @param sop    tasks of runs of this SOP
 */
public record TaskQuery(Long runId, TaskStatus status, String sop) {

	public static TaskQuery open() {
		return new TaskQuery(null, TaskStatus.OPEN, null);
	}

	public static TaskQuery ofRun(long runId) {
		return new TaskQuery(runId, null, null);
	}
}
