package id.cadang.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.spi.RunListener;
import id.cadang.model.Step;

/**
 * The caller's listener first, then every listener registered as a service. A registered listener that throws is
 * skipped: telling people about a run must never change how the run goes. The caller's own listener (the command
 * line printing) is called as it was.
 */
final class Observers implements RunListener {

	private final RunListener caller;
	private final List<RunListener> registered;

	private Observers(RunListener caller, List<RunListener> registered) {
		this.caller = caller;
		this.registered = registered;
	}

	/** {@code caller} followed by a snapshot of {@code registered}; already wrapped listeners are not wrapped again. */
	static RunListener of(RunListener caller, List<RunListener> registered) {
		if (caller instanceof Observers) {
			return caller;
		}
		return new Observers(caller, List.copyOf(new ArrayList<>(registered)));
	}

	private void each(Consumer<RunListener> event) {
		event.accept(caller);
		for (RunListener listener : registered) {
			try {
				event.accept(listener);
			} catch (RuntimeException | LinkageError e) {
				// a broken observer (a notifier whose catalog is gone, a plug-in being removed) never fails the run
			}
		}
	}

	@Override
	public void runStarted(long runId, String sop, String procedure, String binding) {
		each(l -> l.runStarted(runId, sop, procedure, binding));
	}

	@Override
	public void stepStarted(Step step) {
		each(l -> l.stepStarted(step));
	}

	@Override
	public void stepProgress(Step step, long bytes, String note) {
		each(l -> l.stepProgress(step, bytes, note));
	}

	@Override
	public void stepFinished(Step step, StepRecord record) {
		each(l -> l.stepFinished(step, record));
	}

	@Override
	public void runFinished(long runId, boolean succeeded, String error) {
		each(l -> l.runFinished(runId, succeeded, error));
	}

	@Override
	public void taskOpened(Step step, TaskRecord task) {
		each(l -> l.taskOpened(step, task));
	}

	@Override
	public void retrying(Step step, int check, Duration delay) {
		each(l -> l.retrying(step, check, delay));
	}

	@Override
	public void runWaiting(long runId, TaskRecord task) {
		each(l -> l.runWaiting(runId, task));
	}

	@Override
	public void deviation(long runId, long stepRecordId, List<String> roles, String text) {
		each(l -> l.deviation(runId, stepRecordId, roles, text));
	}

	@Override
	public void alert(long runId, Step step, String text) {
		each(l -> l.alert(runId, step, text));
	}
}
