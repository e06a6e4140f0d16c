package id.cadang.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.model.RetentionKind;

/**
 * Decides, without touching anything, which backups of one binding are kept and which are deleted. Backups are
 * grouped by slot and by the target they lie on, and each group is decided on its own:
 * <ul>
 * <li>the newest GOOD backup of a group is always kept;</li>
 * <li>only GOOD backups satisfy a rule: a failed or running one never counts as a kept copy;</li>
 * <li>an empty policy keeps everything, failed ones too;</li>
 * <li>a running backup, and one dated after now, are kept;</li>
 * <li>a failed backup older than the group's newest good one is a leftover and is deleted; a newer one is kept as
 * evidence of a problem not yet solved;</li>
 * <li>backups of other bindings, and deleted ones, are not part of the plan.</li>
 * </ul>
 * A backup's time is when it started (what its file name says), in the SOP's time zone.
 */
public final class RetentionPlanner {

	/** The place of a backup that lies on none of its binding's targets. */
	public static final String UNKNOWN_PLACE = "?";

	private static final Comparator<BackupRecord> NEWEST_FIRST = Comparator.comparing(BackupRecord::started)
			.thenComparingLong(BackupRecord::id).reversed();

	private RetentionPlanner() {
	}

	/**
	 * @param backups      catalogued backups, of any binding and in any order
	 * @param binding      the binding to plan for: only its backups are decided
	 * @param policyOfSlot the policy of each slot
	 * @param placeOf      the target each backup lies on (its group), {@link #UNKNOWN_PLACE} when none
	 * @param now          the current time
	 * @param zone         the SOP's time zone, where days, weeks, months and years begin
	 * @return one decision per backup of the binding that is not deleted yet, newest first
	 */
	public static List<Decision> plan(List<BackupRecord> backups, String binding,
			Function<String, RetentionPolicy> policyOfSlot, Function<BackupRecord, String> placeOf, Instant now,
			ZoneId zone) {
		Objects.requireNonNull(binding, "binding");
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(zone, "zone");
		Map<List<String>, List<BackupRecord>> groups = new LinkedHashMap<>();
		backups.stream().filter(b -> binding.equals(b.binding()) && b.status() != BackupStatus.DELETED)
				.sorted(NEWEST_FIRST).forEach(b -> groups
						.computeIfAbsent(List.of(String.valueOf(b.slot()), placeOf.apply(b)), k -> new ArrayList<>()).add(b));
		List<Decision> decisions = new ArrayList<>();
		groups.forEach((key, group) -> decisions.addAll(
				planGroup(group, key.get(1), policyOfSlot.apply(key.get(0)), now, zone)));
		decisions.sort(Comparator.comparing(Decision::backup, NEWEST_FIRST));
		return decisions;
	}

	/** One slot on one target; {@code group} is newest first. */
	private static List<Decision> planGroup(List<BackupRecord> group, String place, RetentionPolicy policy,
			Instant now, ZoneId zone) {
		Map<Long, Decision> decided = new LinkedHashMap<>();
		if (policy.isEmpty()) {
			group.forEach(b -> decided.put(b.id(), new Decision(b, place, policy, true, Decision.Reason.NO_POLICY, "")));
			return List.copyOf(decided.values());
		}
		Keeper keeper = new Keeper(decided, place, policy);
		List<BackupRecord> good = new ArrayList<>();
		for (BackupRecord b : group) {
			if (b.status() == BackupStatus.RUNNING) {
				keeper.keep(b, Decision.Reason.RUNNING, "");
			} else if (b.status() == BackupStatus.GOOD && b.started().isAfter(now)) {
				keeper.keep(b, Decision.Reason.DATED_AFTER_NOW, "");
			} else if (b.status() == BackupStatus.GOOD) {
				good.add(b);
			}
		}
		Instant newestGood = good.isEmpty() ? null : good.get(0).started();
		if (!good.isEmpty()) {
			keeper.keep(good.get(0), Decision.Reason.NEWEST_GOOD, "");
		}
		good.stream().limit(policy.keepLast()).forEach(b -> keeper.keep(b, Decision.Reason.KEEP_LAST, ""));
		if (policy.kind() == RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE) {
			YearMonth current = YearMonth.from(now.atZone(zone));
			good.stream().filter(b -> !YearMonth.from(b.started().atZone(zone)).isBefore(current))
					.forEach(b -> keeper.keep(b, Decision.Reason.CURRENT_MONTH, current.toString()));
			List<BackupRecord> past = good.stream()
					.filter(b -> YearMonth.from(b.started().atZone(zone)).isBefore(current)).toList();
			keeper.onePerPeriod(past, policy.monthly() == 0 ? Integer.MAX_VALUE : policy.monthly(),
					Decision.Reason.PAST_MONTH, b -> YearMonth.from(b.started().atZone(zone)).toString());
		} else {
			keeper.onePerPeriod(good, policy.daily(), Decision.Reason.DAILY,
					b -> LocalDate.from(b.started().atZone(zone)).toString());
			keeper.onePerPeriod(good, policy.weekly(), Decision.Reason.WEEKLY, b -> week(b.started().atZone(zone)));
			keeper.onePerPeriod(good, policy.monthly(), Decision.Reason.MONTHLY,
					b -> YearMonth.from(b.started().atZone(zone)).toString());
			keeper.onePerPeriod(good, policy.yearly(), Decision.Reason.YEARLY,
					b -> Integer.toString(b.started().atZone(zone).getYear()));
		}
		for (BackupRecord b : group) {
			if (decided.containsKey(b.id())) {
				continue;
			}
			if (b.status() == BackupStatus.FAILED) {
				boolean afterGood = newestGood == null || !b.started().isBefore(newestGood);
				decided.put(b.id(), new Decision(b, place, policy, afterGood,
						afterGood ? Decision.Reason.FAILED_UNRESOLVED : Decision.Reason.FAILED_LEFTOVER, ""));
			} else {
				decided.put(b.id(), new Decision(b, place, policy, false, Decision.Reason.NOT_KEPT, ""));
			}
		}
		return List.copyOf(decided.values());
	}

	private static String week(ZonedDateTime time) {
		return String.format("%d-W%02d", time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** Keeps backups, the first rule that keeps one naming the reason. */
	private record Keeper(Map<Long, Decision> decided, String place, RetentionPolicy policy) {

		void keep(BackupRecord b, Decision.Reason reason, String period) {
			decided.putIfAbsent(b.id(), new Decision(b, place, policy, true, reason, period));
		}

		/** The newest of each of the newest {@code count} periods that hold a backup; {@code good} is newest first. */
		void onePerPeriod(List<BackupRecord> good, int count, Decision.Reason reason,
				Function<BackupRecord, String> periodOf) {
			Set<String> seen = new HashSet<>();
			for (BackupRecord b : good) {
				String period = periodOf.apply(b);
				if (seen.contains(period)) {
					continue;
				}
				if (seen.size() >= count) {
					return;
				}
				seen.add(period);
				keep(b, reason, period);
			}
		}
	}
}
