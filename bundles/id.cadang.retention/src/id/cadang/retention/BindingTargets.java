package id.cadang.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import id.cadang.catalog.Binding;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.storage.BackupTarget;

/** The targets a binding stores its backups on: the values of its SOP's TARGET slots, in the SOP's order. */
public record BindingTargets(List<Bound> targets) {

	/** One target slot and the target its value names. */
	public record Bound(String slot, String value, BackupTarget target) {
	}

	/**
	 * @param resolve makes a target of a bound value ({@code Targets.forBinding} in the product)
	 * @throws IllegalArgumentException when a bound value names no target
	 */
	public static BindingTargets of(Binding binding, SopDocument sop, Function<String, BackupTarget> resolve) {
		List<Bound> targets = new ArrayList<>();
		for (Slot slot : sop.getSlots()) {
			String value = binding.slots().get(slot.getName());
			if (slot.getKind() == SlotKind.TARGET && value != null && !value.isBlank()) {
				targets.add(new Bound(slot.getName(), value, resolve.apply(value)));
			}
		}
		return new BindingTargets(List.copyOf(targets));
	}

	/** The target a catalogued location lies on, or empty when it lies on none of them. */
	public Optional<Bound> holding(String location) {
		return targets.stream().filter(t -> t.target().relativePathOf(location).isPresent()).findFirst();
	}

	/** The target's location a catalogued location lies on, or {@link RetentionPlanner#UNKNOWN_PLACE}. */
	public String placeOf(String location) {
		return holding(location).map(t -> t.target().location()).orElse(RetentionPlanner.UNKNOWN_PLACE);
	}
}
