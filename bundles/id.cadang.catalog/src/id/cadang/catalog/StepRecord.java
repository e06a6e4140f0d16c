package id.cadang.catalog;

import java.time.Duration;
import java.time.Instant;

/**
 * A recorded step; {@code overStandard} says whether it took longer than its time standard.
 *
 * @param actor     who did it: a user for a human step, {@code cadang} for an automated one; null while open
 * @param deviation the deviation from its time standard, naming the responsible role; null when none
 */
public record StepRecord(long id, long runId, String stepId, String number, String activity, String actionType,
		String roles, StepStatus status, Duration timeStandard, Instant started, Instant finished, String message,
		String actor, String deviation) {

	public boolean overStandard() {
		return deviation != null || timeStandard != null && finished != null
				&& Duration.between(started, finished).compareTo(timeStandard) > 0;
	}
}
