package id.cadang.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A schedule as it applies to one binding: the SOP's, or the site's own that replaced or added to it.
 *
 * @param binding     the binding it runs
 * @param sop         the binding's SOP
 * @param id          the schedule id (the SOP's, or the site's own)
 * @param procedure   the procedure it runs, or null for the SOP's backup procedure
 * @param expression  the cron expression as written
 * @param cron        the parsed expression, or null when it does not parse ({@code problem} says why)
 * @param zone        the time zone it is read in
 * @param slots       the slots it backs up; empty means all
 * @param description the rule as printed on the SOP sheet, or the site's note
 * @param site        set by the site ({@code cadang schedule set}) rather than by the SOP
 * @param off         switched off for this binding
 * @param since       from when runs are expected: the binding's creation, or when the site last set it
 * @param problem     why it cannot run, or null
 */
public record ScheduleEntry(String binding, String sop, String id, String procedure, String expression, Cron cron,
		ZoneId zone, List<String> slots, String description, boolean site, boolean off, Instant since, String problem) {

	public ScheduleEntry {
		slots = List.copyOf(slots);
	}

	/** {@code binding/id}: how alerts and logs name it. */
	public String key() {
		return binding + "/" + id;
	}

	/** Runs by itself: switched on and valid. */
	public boolean active() {
		return !off && cron != null;
	}

	public boolean covers(String slot) {
		return slots.isEmpty() || slots.contains(slot);
	}

	public List<Instant> next(Instant after, int count) {
		return active() ? cron.next(after, zone, count) : List.of();
	}

	public Optional<Instant> previous(Instant atOrBefore) {
		return active() ? cron.previous(atOrBefore, zone) : Optional.empty();
	}
}
