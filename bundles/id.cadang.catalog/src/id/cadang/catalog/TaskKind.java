package id.cadang.catalog;

/** What a human step asks for. */
public enum TaskKind {
	/** do it and sign it off */
	TASK,
	/** answer yes or no */
	DECISION,
	/** fill in the step's form */
	FORM
}
