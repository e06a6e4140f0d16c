package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A site's own schedule for one binding: it replaces the SOP's schedule of the same id, or adds one (Lumajang
 * leaves its schedule to the admin).
 *
 * @param binding    the binding it applies to
 * @param scheduleId the SOP's schedule id it replaces, or a new one
 * @param procedure  the procedure to run, or null for the SOP schedule's (or the SOP's backup) procedure
 * @param cron       a 5-field cron expression, or null when the schedule is switched off for this binding
 * @param timeZone   a time zone id, or null for the SOP's
 * @param slots      the slots it backs up; empty for the SOP schedule's, or all
 * @param updated    when it was last set
 */
public record ScheduleOverride(String binding, String scheduleId, String procedure, String cron, String timeZone,
		List<String> slots, Instant updated) {

	public ScheduleOverride {
		slots = List.copyOf(slots);
	}

	/** Switched off for this binding. */
	public boolean off() {
		return cron == null;
	}

	public Optional<String> procedureId() {
		return Optional.ofNullable(procedure);
	}
}
