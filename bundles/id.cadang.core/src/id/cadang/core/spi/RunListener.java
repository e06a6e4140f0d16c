package id.cadang.core.spi;

import java.time.Duration;
import java.util.List;

import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.model.Step;

/**
 * Hears a run as it goes: the command line prints it, the console shows it. Registered as an OSGi service, a
 * listener hears every run this process takes on (the whiteboard: the notifier is one); a listener that throws is
 * ignored by the engine, never failing the run.
 */
public interface RunListener {

	RunListener NONE = new RunListener() {
	};

	default void runStarted(long runId, String sop, String procedure, String binding) {
	}

	default void stepStarted(Step step) {
	}

	/** Progress inside a step: bytes so far, and a short note. */
	default void stepProgress(Step step, long bytes, String note) {
	}

	default void stepFinished(Step step, StepRecord record) {
	}

	default void runFinished(long runId, boolean succeeded, String error) {
	}

	/** A human step was opened as a task for its roles; the run waits for it. */
	default void taskOpened(Step step, TaskRecord task) {
	}

	/** A check that answered no is repeated after {@code delay} (backoff). */
	default void retrying(Step step, int check, Duration delay) {
	}

	/** The run stopped to wait for a person: its task is open. */
	default void runWaiting(long runId, TaskRecord task) {
	}

	/**
	 * A step, or a task still open, overran its time standard; heard once per step record.
	 *
	 * @param roles the role ids responsible for the step
	 * @param text  the deviation as recorded, naming the step and the responsible roles
	 */
	default void deviation(long runId, long stepRecordId, List<String> roles, String text) {
	}

	/** A check kept answering no until its retries ran out: what it waits for never appeared; the run fails next. */
	default void alert(long runId, Step step, String text) {
	}
}
