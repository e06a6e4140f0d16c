package id.cadang.schedule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import id.cadang.catalog.Alert;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunStatus;
import id.cadang.core.SopRegistry;

/**
 * What an admin looks at first: runs under way, the next scheduled runs, every slot's newest good backup with
 * its age (stale ones flagged), and the open alerts.
 */
public record Status(Instant at, List<RunRecord> active, List<NextRun> next, List<SlotFreshness> slots,
		List<Alert> alerts) {

	/** The next run of one schedule. */
	public record NextRun(ScheduleEntry entry, Instant at) {
	}

	public static Status of(Catalog catalog, SopRegistry registry, Instant now, SchedulerSettings settings) {
		List<ScheduleEntry> entries = new ScheduleBook(catalog, registry).entries();
		List<RunRecord> active = catalog.runs(null).stream()
				.filter(r -> r.status() == RunStatus.RUNNING || r.status() == RunStatus.WAITING).toList();
		List<NextRun> next = entries.stream().filter(ScheduleEntry::active)
				.flatMap(e -> e.next(now, 1).stream().map(at -> new NextRun(e, at)))
				.sorted(Comparator.comparing(NextRun::at)).toList();
		List<SlotFreshness> slots = new Freshness(catalog, registry, settings.grace()).check(entries, now);
		return new Status(now, active, next, slots, catalog.openAlerts());
	}

	/** Slots without a fresh good backup. */
	public List<SlotFreshness> stale() {
		return slots.stream().filter(SlotFreshness::stale).toList();
	}
}
