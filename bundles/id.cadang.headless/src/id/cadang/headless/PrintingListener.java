package id.cadang.headless;

import java.io.PrintStream;
import java.time.Duration;

import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.spi.RunListener;
import id.cadang.model.Step;

/** Prints a run as it goes, one line per event, progress at most every two seconds. */
final class PrintingListener implements RunListener {

	private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

	private final PrintStream out;
	private final Messages m;
	private long lastProgress;
	private long stepStarted;

	PrintingListener(PrintStream out, Messages messages) {
		this.out = out;
		this.m = messages;
	}

	@Override
	public void runStarted(long runId, String sop, String procedure, String binding) {
		out.println(m.get("run.started", sop, procedure, binding, runId));
	}

	@Override
	public void stepStarted(Step step) {
		stepStarted = System.nanoTime();
		lastProgress = stepStarted;
		out.println(m.get("run.step", step.getNumber(), step.getActivity()));
	}

	@Override
	public void stepProgress(Step step, long bytes, String note) {
		long now = System.nanoTime();
		if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
			lastProgress = now;
			double seconds = (now - stepStarted) / 1e9;
			out.println(m.get("run.progress", Sizes.human(bytes), Sizes.human((long) (bytes / Math.max(seconds, 0.001)))));
		}
	}

	@Override
	public void stepFinished(Step step, StepRecord record) {
		String elapsed = record.finished() == null ? "-"
				: Sizes.duration(Duration.between(record.started(), record.finished()));
		String standard = record.timeStandard() == null ? m.get("run.noStandard") : Sizes.duration(record.timeStandard());
		String status = m.get("stepStatus." + record.status().name());
		out.println(m.get("run.stepDone", status, elapsed, standard, record.message() == null ? "" : record.message()));
		if (record.overStandard()) {
			out.println(m.get("run.overStandard", step.getNumber()));
		}
	}

	@Override
	public void runFinished(long runId, boolean succeeded, String error) {
		out.println(succeeded ? m.get("run.succeeded", runId) : m.get("run.stopped", runId));
	}

	@Override
	public void retrying(Step step, int check, Duration delay) {
		out.println(m.get("run.retrying", step.getNumber(), check, Sizes.duration(delay)));
	}

	@Override
	public void runWaiting(long runId, TaskRecord task) {
		out.println(m.get("run.waiting", runId));
		out.println(TaskCommands.hint(task, m));
	}
}
