package id.cadang.catalog;

import java.time.Duration;
import java.time.Instant;

/**
 * A step as it starts.
 *
 * @param stepId       the step's id in the model
 * @param number       the official step number as printed
 * @param activity     the activity text
 * @param actionType   the bound action type, or null for a human step
 * @param roles        performing roles, comma separated
 * @param timeStandard the SOP's time standard, or null when it has none
 */
public record StepStart(String stepId, String number, String activity, String actionType, String roles,
		Duration timeStandard, Instant started) {
}
