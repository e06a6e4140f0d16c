package id.cadang.catalog;

import java.time.Instant;

/**
 * One expected run of a schedule for a binding.
 *
 * @param due        when the schedule said it should run
 * @param owner      the runtime holding (or last holding) its lease, {@code host:pid:start}
 * @param leaseUntil until when that runtime holds it
 * @param runId      the run it started, or null
 * @param late       started later than due (caught up after downtime, or held back by a limit)
 * @param recorded   when the row was written or last changed
 */
public record FireRecord(String binding, String scheduleId, Instant due, FireStatus status, String owner,
		Instant leaseUntil, Long runId, boolean late, Instant recorded) {
}
