package id.cadang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import id.cadang.model.Role;
import id.cadang.model.Step;
import id.cadang.model.TimeStandard;

/** Reading model values generically, so header features added to the model later show up too. */
final class Outlines {

	private Outlines() {
	}

	/** The non-blank text values of the attribute {@code feature} of {@code object}; empty when it has none. */
	static List<String> values(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		if (f == null) {
			return List.of();
		}
		Object value = object.eGet(f);
		List<String> values = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream().filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank()).forEach(values::add);
		} else if (value != null && !value.toString().isBlank()) {
			values.add(value.toString());
		}
		return values;
	}

	/** {@code recordKeeping} as {@code record keeping}. */
	static String words(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The printed time standard: its text (or the ISO duration) and its frequency, one per line. */
	static String time(Step step) {
		TimeStandard t = step.getTimeStandard();
		if (t == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (t.getText() != null && !t.getText().isBlank()) {
			parts.add(t.getText());
		} else if (t.getDuration() != null && !t.getDuration().isBlank()) {
			parts.add(t.getDuration());
		}
		if (t.getFrequency() != null && !t.getFrequency().isBlank()) {
			parts.add(t.getFrequency());
		}
		return String.join("\n", parts);
	}

	/** The names of the roles performing {@code step}. */
	static List<String> roles(Step step) {
		return step.getPerformers().stream().map(Outlines::name).toList();
	}

	static String name(Role role) {
		return role.getName() == null || role.getName().isBlank() ? String.valueOf(role.getId()) : role.getName();
	}
}
