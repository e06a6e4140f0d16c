package id.cadang.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;

/** The newest good backup of every source slot of every binding, and whether its schedules allow its age. */
public final class Freshness {

	private final Catalog catalog;
	private final SopRegistry registry;
	private final Duration grace;

	public Freshness(Catalog catalog, SopRegistry registry, Duration grace) {
		this.catalog = catalog;
		this.registry = registry;
		this.grace = grace;
	}

	public List<SlotFreshness> check(List<ScheduleEntry> entries, Instant now) {
		List<SlotFreshness> result = new ArrayList<>();
		for (Binding binding : catalog.bindings(null)) {
			Optional<InstalledSop> sop = registry.sop(binding.sop());
			List<String> slots = sop.isEmpty() ? List.copyOf(binding.slots().keySet())
					: sop.get().document().getSlots().stream().filter(s -> s.getKind() != SlotKind.TARGET)
							.map(Slot::getName).toList();
			List<BackupRecord> good = catalog
					.backups(new BackupQuery(binding.sop(), binding.name(), BackupStatus.GOOD)).stream()
					.filter(b -> binding.name().equals(b.binding())).toList();
			for (String slot : slots) {
				List<ScheduleEntry> covering = entries.stream()
						.filter(e -> e.binding().equals(binding.name()) && e.active() && e.covers(slot)).toList();
				Optional<BackupRecord> newest = good.stream().filter(b -> slot.equals(b.slot()) && b.finished() != null)
						.max(Comparator.comparing(BackupRecord::finished));
				result.add(freshness(binding, slot, covering, newest, now));
			}
		}
		return result;
	}

	/**
	 * Stale when a covering schedule's run was due (longer ago than the grace) since the binding was made and no good
	 * backup started at or after that time, less the grace. The allowed age shown is that schedule's period plus the
	 * grace.
	 */
	private SlotFreshness freshness(Binding binding, String slot, List<ScheduleEntry> covering,
			Optional<BackupRecord> newest, Instant now) {
		Duration allowed = null;
		Instant mustCover = null;
		for (ScheduleEntry entry : covering) {
			Optional<Instant> due = entry.previous(now.minus(grace));
			if (due.isEmpty()) {
				continue;
			}
			Optional<Instant> before = entry.previous(due.get().minusNanos(1));
			Duration period = before.map(b -> Duration.between(b, due.get())).orElse(Duration.ZERO).plus(grace);
			if (allowed == null || period.compareTo(allowed) < 0) {
				allowed = period;
			}
			if (due.get().isAfter(binding.created()) && (mustCover == null || due.get().isAfter(mustCover))) {
				mustCover = due.get();
			}
		}
		Instant lastGood = newest.map(BackupRecord::finished).orElse(null);
		Duration age = lastGood == null ? null : Duration.between(lastGood, now);
		boolean stale = mustCover != null
				&& (newest.isEmpty() || newest.get().started().isBefore(mustCover.minus(grace)));
		return new SlotFreshness(binding.name(), binding.sop(), slot, lastGood, newest.map(BackupRecord::id).orElse(null),
				age, allowed, stale);
	}
}
