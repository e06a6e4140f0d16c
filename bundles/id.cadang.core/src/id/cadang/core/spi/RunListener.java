package id.cadang.core.spi;

import java.time.Duration;

import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.model.Step;

/** Hears a run as it goes: the command line prints it, the console shows it. */
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
}
