package id.cadang.core;

import java.util.List;

import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;

/** A run as it stands, with its step records and its tasks. */
public record RunOutcome(RunRecord run, List<StepRecord> steps, List<TaskRecord> tasks) {

	public RunOutcome {
		steps = List.copyOf(steps);
		tasks = List.copyOf(tasks);
	}

	public boolean succeeded() {
		return run.status() == RunStatus.SUCCEEDED;
	}

	/** Waiting for a person: {@link #openTasks()} says for what. */
	public boolean waiting() {
		return run.status() == RunStatus.WAITING;
	}

	public boolean failed() {
		return run.status() == RunStatus.FAILED;
	}

	public List<TaskRecord> openTasks() {
		return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
	}

	/** The steps that deviated from their time standard. */
	public List<StepRecord> deviations() {
		return steps.stream().filter(s -> s.deviation() != null).toList();
	}
}
