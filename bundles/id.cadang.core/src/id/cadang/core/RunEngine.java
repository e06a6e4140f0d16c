package id.cadang.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.Answer;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.spi.RunListener;

/**
 * Runs procedures of installed SOPs as persistent state machines: automated steps run, human steps open tasks
 * and the run waits in the catalog until someone completes them, in this process or in another one later. A
 * run follows the SOP model it started with (its snapshot), whatever plug-in is installed later.
 */
public interface RunEngine {

	/**
	 * Starts a run and takes it as far as it goes: to its end, its first failed automated step, or its first
	 * human step, where it waits. Problems found before the run starts (unknown SOP, procedure or binding,
	 * unbound slots) throw {@link CadangException} and record nothing.
	 */
	RunOutcome run(RunRequest request, RunListener listener);

	/** Takes a run on from where it stands; a run waiting on an open task stays waiting. */
	RunOutcome advance(long runId, RunListener listener);

	/**
	 * Completes a task and takes its run on.
	 *
	 * @param user   who did it; must hold one of the step's roles for the run's SOP and binding
	 * @param fields form fields by name, merged onto the form as saved so far in this run
	 * @param answer the answer to a decision; required for a decision, refused otherwise
	 * @param note   a note for the record, or null
	 * @throws CadangException when the task is unknown or not open, the user does not hold the role, a field is
	 *                         unknown, of the wrong type or a required one is missing, or a decision has no answer
	 */
	RunOutcome completeTask(long taskId, String user, Map<String, String> fields, Optional<Answer> answer, String note,
			RunListener listener);

	/**
	 * Sends a task back: the human step before it in this run is opened again with a new task carrying the
	 * reason, and the run waits for it.
	 */
	RunOutcome returnTask(long taskId, String user, String reason, RunListener listener);

	/** A run as it stands; open tasks past their due time are recorded as deviations first. */
	RunOutcome status(long runId);

	/** Open tasks, oldest first; those past their due time are recorded as deviations first. */
	List<TaskRecord> openTasks();

	/**
	 * Resumes the runs whose process stopped while executing an automated step (their lease ran out): the
	 * interrupted step runs again when its action is safe to repeat, otherwise it and the run fail.
	 *
	 * @return the runs resumed, as they stand afterwards
	 */
	List<RunOutcome> resumeAbandoned(RunListener listener);
}
