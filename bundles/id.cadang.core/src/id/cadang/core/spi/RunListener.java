package id.cadang.core.spi;

import id.cadang.catalog.StepRecord;
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
}
