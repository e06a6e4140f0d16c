package id.cadang.schedule;

import java.util.Optional;
import java.util.function.LongConsumer;

import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.spi.RunListener;
import id.cadang.model.Step;

/** Starts scheduled runs on the run engine of this runtime. */
public final class EngineStarter implements RunStarter {

	private final RunEngine engine;
	private final RunListener listener;

	public EngineStarter(RunEngine engine, RunListener listener) {
		this.engine = engine;
		this.listener = listener;
	}

	@Override
	public String run(ScheduleEntry entry, LongConsumer started) {
		RunListener tell = new RunListener() {
			@Override
			public void runStarted(long runId, String sop, String procedure, String binding) {
				started.accept(runId);
				listener.runStarted(runId, sop, procedure, binding);
			}

			@Override
			public void stepStarted(Step step) {
				listener.stepStarted(step);
			}

			@Override
			public void stepFinished(Step step, StepRecord record) {
				listener.stepFinished(step, record);
			}

			@Override
			public void runWaiting(long runId, TaskRecord task) {
				listener.runWaiting(runId, task);
			}

			@Override
			public void runFinished(long runId, boolean succeeded, String error) {
				listener.runFinished(runId, succeeded, error);
			}
		};
		RunOutcome outcome = engine.run(new RunRequest(entry.sop(), Optional.ofNullable(entry.procedure()),
				Optional.of(entry.binding())), tell);
		return outcome.failed() ? String.valueOf(outcome.run().error()) : null;
	}
}
