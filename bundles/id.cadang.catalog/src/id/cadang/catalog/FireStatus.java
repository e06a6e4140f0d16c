package id.cadang.catalog;

/** Where an expected run of a schedule stands. */
public enum FireStatus {
	/** A runtime holds its lease and is about to start the run. */
	CLAIMED,
	/** Its run started ({@link FireRecord#runId()}). */
	STARTED,
	/** Its run ended or waits for people; the schedule did its part. */
	DONE,
	/** It did not happen: the runtime was down and caught up later, or not at all. */
	MISSED
}
