package id.cadang.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A site's own retention policy for one binding, which wins over the retention rules of the binding's SOP.
 *
 * @param binding  the binding name
 * @param slot     the slot it applies to, or {@value #ALL_SLOTS} for every slot of the binding
 * @param kind     {@code GRANDFATHER_FATHER_SON} or {@code CURRENT_MONTH_ALL_PAST_MONTHS_ONE} (the SOP model's
 *                 RetentionKind literals)
 * @param keepLast keep the newest N; 0 = not used
 * @param daily    one per day for the last N days with a backup; 0 = not used
 * @param weekly   one per ISO week, likewise
 * @param monthly  one per month, likewise
 * @param yearly   one per year, likewise
 * @param setAt    when it was set
 * @param setBy    who set it
 */
public record RetentionOverride(String binding, String slot, String kind, int keepLast, int daily, int weekly,
		int monthly, int yearly, Instant setAt, String setBy) {

	/** The slot value that makes an override apply to every slot of its binding. */
	public static final String ALL_SLOTS = "*";

	public RetentionOverride {
		Objects.requireNonNull(binding, "binding");
		Objects.requireNonNull(slot, "slot");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(setAt, "setAt");
		Objects.requireNonNull(setBy, "setBy");
		if (keepLast < 0 || daily < 0 || weekly < 0 || monthly < 0 || yearly < 0) {
			throw new IllegalArgumentException("retention counts for binding " + binding
					+ " must not be negative: give 0 for a count that is not used");
		}
	}
}
