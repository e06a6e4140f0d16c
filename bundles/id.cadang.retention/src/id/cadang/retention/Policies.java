package id.cadang.retention;

import java.util.List;
import java.util.Optional;

import id.cadang.catalog.RetentionOverride;
import id.cadang.model.RetentionKind;
import id.cadang.model.RetentionRule;
import id.cadang.model.SopDocument;

/**
 * The policy that applies to a slot of a binding: the binding's own policy for that slot, else its own policy for
 * every slot, else the SOP's rule naming the slot, else the SOP's rule for all slots, else none.
 */
public final class Policies {

	private Policies() {
	}

	public static RetentionPolicy forSlot(SopDocument sop, List<RetentionOverride> overrides, String slot) {
		Optional<RetentionOverride> own = overrides.stream().filter(o -> o.slot().equals(slot)).findFirst()
				.or(() -> overrides.stream().filter(o -> o.slot().equals(RetentionOverride.ALL_SLOTS)).findFirst());
		if (own.isPresent()) {
			return of(own.get());
		}
		List<RetentionRule> rules = sop == null ? List.of() : sop.getRetentionRules();
		return rules.stream().filter(r -> r.getSlots().contains(slot)).findFirst()
				.or(() -> rules.stream().filter(r -> r.getSlots().isEmpty()).findFirst()).map(Policies::of)
				.orElse(RetentionPolicy.NONE);
	}

	public static RetentionPolicy of(RetentionRule rule) {
		return new RetentionPolicy("sop:" + rule.getId(), rule.getKind(), rule.getKeepLast(), rule.getDaily(),
				rule.getWeekly(), rule.getMonthly(), rule.getYearly());
	}

	public static RetentionPolicy of(RetentionOverride own) {
		return new RetentionPolicy("binding:" + own.binding() + "/" + own.slot(), kind(own.kind()), own.keepLast(),
				own.daily(), own.weekly(), own.monthly(), own.yearly());
	}

	/**
	 * A kind by its name: the model's literals, or {@code gfs} and {@code current-month} as typed on the command line.
	 *
	 * @throws IllegalArgumentException naming the kinds there are
	 */
	public static RetentionKind kind(String name) {
		String n = name.strip();
		if (n.equalsIgnoreCase("gfs")) {
			return RetentionKind.GRANDFATHER_FATHER_SON;
		}
		if (n.equalsIgnoreCase("current-month") || n.equalsIgnoreCase("bulan-berjalan")) {
			return RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE;
		}
		for (RetentionKind k : RetentionKind.VALUES) {
			if (k.getName().equalsIgnoreCase(n)) {
				return k;
			}
		}
		throw new IllegalArgumentException("retention kind '" + name + "' is unknown: use gfs (keep-last, daily, "
				+ "weekly, monthly, yearly) or current-month (every backup of this month, one per past month)");
	}
}
