package id.cadang.retention;

import java.util.Objects;

import id.cadang.model.RetentionKind;

/**
 * Which backups of one slot are kept. {@link RetentionKind#GRANDFATHER_FATHER_SON}: the newest {@code keepLast}, plus
 * the newest backup of each of the last {@code daily} days, {@code weekly} ISO weeks, {@code monthly} months and
 * {@code yearly} years that have a good backup. {@link RetentionKind#CURRENT_MONTH_ALL_PAST_MONTHS_ONE} (Buleleng):
 * every backup of the current month and the newest of each past month, of the last {@code monthly} past months when
 * that is not 0, plus the newest {@code keepLast}.
 *
 * @param origin where it comes from: {@code sop:<rule id>}, {@code binding:<binding>/<slot or *>} or {@code none}
 */
public record RetentionPolicy(String origin, RetentionKind kind, int keepLast, int daily, int weekly, int monthly,
		int yearly) {

	/** No policy: keeps everything. */
	public static final RetentionPolicy NONE = new RetentionPolicy("none", RetentionKind.GRANDFATHER_FATHER_SON, 0, 0, 0,
			0, 0);

	public RetentionPolicy {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(kind, "kind");
		if (keepLast < 0 || daily < 0 || weekly < 0 || monthly < 0 || yearly < 0) {
			throw new IllegalArgumentException("retention policy " + origin + " has a negative count: give 0 for a "
					+ "count that is not used");
		}
	}

	/** Whether it keeps everything, because it says nothing: then nothing is ever deleted. */
	public boolean isEmpty() {
		return kind == RetentionKind.GRANDFATHER_FATHER_SON && keepLast == 0 && daily == 0 && weekly == 0
				&& monthly == 0 && yearly == 0;
	}

	/** A short form for a table: {@code keep-last=3 daily=7 weekly=4 monthly=12} or {@code current-month+monthly}. */
	public String summary() {
		if (isEmpty()) {
			return "-";
		}
		StringBuilder s = new StringBuilder(kind == RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE ? "current-month "
				: "");
		append(s, "keep-last", keepLast);
		append(s, "daily", daily);
		append(s, "weekly", weekly);
		append(s, "monthly", monthly);
		append(s, "yearly", yearly);
		return s.toString().strip();
	}

	private static void append(StringBuilder s, String name, int count) {
		if (count > 0) {
			s.append(name).append('=').append(count).append(' ');
		}
	}
}
