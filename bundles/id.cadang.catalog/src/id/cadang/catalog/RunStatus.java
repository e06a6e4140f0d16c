package id.cadang.catalog;

/** Where a run stands. */
public enum RunStatus {
	RUNNING,
	/** every automated step succeeded; human tasks may still be open */
	SUCCEEDED,
	FAILED
}
