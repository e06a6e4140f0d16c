package id.cadang.core.spi;

/**
 * What a step did.
 *
 * @param outcome what happened; YES and NO take a decision step's branches
 * @param message one line for the log and the catalog
 */
public record StepResult(Outcome outcome, String message) {

	public enum Outcome {
		SUCCEEDED, FAILED, YES, NO
	}

	public static StepResult succeeded(String message) {
		return new StepResult(Outcome.SUCCEEDED, message);
	}

	public static StepResult failed(String message) {
		return new StepResult(Outcome.FAILED, message);
	}
}
