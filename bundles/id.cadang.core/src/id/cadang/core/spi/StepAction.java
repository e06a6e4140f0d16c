package id.cadang.core.spi;

/**
 * One type of automated SOP step: a database dump, a folder archive, a verification, a copy...
 * Contributed as a DS service with the component property {@value #TYPE} naming the type id that
 * SOP documents bind their steps to. Plug-ins may add their own; they come and go at run time.
 */
public interface StepAction {

	/** The service property holding the action type id, e.g. {@code database-dump}. */
	String TYPE = "cadang.action.type";

	/** The action type id; equal to the {@value #TYPE} service property. */
	String type();

	/**
	 * Runs the step. Throwing fails the step with the exception's message, which must say what went
	 * wrong and what to fix; returning a result with {@link StepResult.Outcome#FAILED} does the same.
	 */
	StepResult execute(StepContext context) throws Exception;

	/**
	 * Whether running this step again after a restart cut it short is safe: a dump or an archive writes a new
	 * file and a check only reads, so they may repeat; a copy to removable media or a restore may not. An
	 * interrupted step whose action is not repeatable fails the run instead of running twice.
	 */
	default boolean repeatable() {
		return false;
	}
}
