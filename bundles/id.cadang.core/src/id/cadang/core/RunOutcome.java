package id.cadang.core;

import java.util.List;

import id.cadang.catalog.RunRecord;
import id.cadang.catalog.StepRecord;

/** A finished run with its step records. */
public record RunOutcome(RunRecord run, List<StepRecord> steps) {

	public boolean succeeded() {
		return run.status() == id.cadang.catalog.RunStatus.SUCCEEDED;
	}
}
