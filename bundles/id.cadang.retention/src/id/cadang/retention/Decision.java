package id.cadang.retention;

import java.util.Objects;

import id.cadang.catalog.BackupRecord;

/**
 * What retention does with one backup, and the rule that decides it.
 *
 * @param backup the catalogued backup
 * @param place  the target location it lies on, or {@value RetentionPlanner#UNKNOWN_PLACE} when it lies on none of
 *               its binding's targets
 * @param policy the policy of its slot
 * @param keep   KEEP or DELETE
 * @param reason the rule that keeps or drops it
 * @param period the day, week, month or year the rule counted it in ({@code 2026-11-20}, {@code 2026-W47},
 *               {@code 2026-11}, {@code 2026}), or empty
 */
public record Decision(BackupRecord backup, String place, RetentionPolicy policy, boolean keep, Reason reason,
		String period) {

	public Decision {
		Objects.requireNonNull(backup, "backup");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(period, "period");
		if (keep != reason.keeps()) {
			throw new IllegalArgumentException(reason + (keep ? " does not keep" : " does not delete"));
		}
	}

	/** Why a backup is kept or deleted. */
	public enum Reason {
		/** The newest good backup of its slot on its target: never deleted. */
		NEWEST_GOOD(true),
		/** Among the newest {@code keepLast} good backups. */
		KEEP_LAST(true),
		/** The newest good backup of one of the last {@code daily} days. */
		DAILY(true),
		/** The newest good backup of one of the last {@code weekly} ISO weeks. */
		WEEKLY(true),
		/** The newest good backup of one of the last {@code monthly} months. */
		MONTHLY(true),
		/** The newest good backup of one of the last {@code yearly} years. */
		YEARLY(true),
		/** Taken in the current month (Buleleng: every one is kept). */
		CURRENT_MONTH(true),
		/** The newest good backup of a past month (Buleleng: one per month). */
		PAST_MONTH(true),
		/** Its slot has no retention policy: nothing is deleted. */
		NO_POLICY(true),
		/** Still being written. */
		RUNNING(true),
		/** Dated after now (a clock that was ahead): kept until the clocks agree. */
		DATED_AFTER_NOW(true),
		/** Failed after the newest good backup: evidence of a problem not yet solved. */
		FAILED_UNRESOLVED(true),
		/** Good, but no rule keeps it. */
		NOT_KEPT(false),
		/** Failed, and a good backup came after it. */
		FAILED_LEFTOVER(false);

		private final boolean keeps;

		Reason(boolean keeps) {
			this.keeps = keeps;
		}

		public boolean keeps() {
			return keeps;
		}
	}
}
