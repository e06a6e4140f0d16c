package id.cadang.catalog;

import java.time.Duration;
import java.time.Instant;

/** A recorded step; {@code overStandard} says whether it took longer than its time standard. */
public record StepRecord(long id, long runId, String stepId, String number, String activity, String actionType,
		String roles, StepStatus status, Duration timeStandard, Instant started, Instant finished, String message) {

	public boolean overStandard() {
		return timeStandard != null && finished != null
				&& Duration.between(started, finished).compareTo(timeStandard) > 0;
	}
}
