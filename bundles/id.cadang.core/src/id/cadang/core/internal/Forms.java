package id.cadang.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.cadang.core.CadangException;
import id.cadang.model.Form;
import id.cadang.model.FormField;

/** Fills in an SOP form: every value checked against its field's type, every required field present. */
final class Forms {

	private Forms() {
	}

	/**
	 * The form as saved after {@code given} is put over {@code saved}.
	 *
	 * @throws CadangException naming each field that is unknown, of the wrong type, or required and missing
	 */
	static Map<String, String> fill(Form form, Map<String, String> saved, Map<String, String> given) {
		List<String> problems = new ArrayList<>();
		Map<String, String> merged = new LinkedHashMap<>();
		for (FormField field : form.getFields()) {
			if (saved.containsKey(field.getName())) {
				merged.put(field.getName(), saved.get(field.getName()));
			}
		}
		given.forEach((name, value) -> {
			FormField field = form.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
			if (field == null) {
				problems.add("form '" + form.getId() + "' has no field '" + name + "' (its fields: "
						+ form.getFields().stream().map(FormField::getName).collect(Collectors.joining(", ")) + ")");
			} else if (value == null || value.isBlank()) {
				merged.remove(name);
			} else {
				try {
					merged.put(name, check(field, value.strip()));
				} catch (IllegalArgumentException e) {
					problems.add("field '" + name + "' (" + field.getLabel() + "): " + e.getMessage());
				}
			}
		});
		List<String> missing = form.getFields().stream().filter(FormField::isRequired)
				.filter(f -> !merged.containsKey(f.getName())).map(f -> f.getName() + " (" + f.getLabel() + ")").toList();
		if (!missing.isEmpty()) {
			problems.add("required field(s) missing: " + String.join(", ", missing) + "; give each with --field name=value");
		}
		if (!problems.isEmpty()) {
			throw new CadangException("form '" + form.getId() + "' (" + form.getTitle() + ") is not complete: "
					+ String.join("; ", problems));
		}
		// keep the form's own order
		Map<String, String> ordered = new LinkedHashMap<>();
		form.getFields().stream().filter(f -> merged.containsKey(f.getName()))
				.forEach(f -> ordered.put(f.getName(), merged.get(f.getName())));
		return ordered;
	}

	/** The value as stored; throws with what a value of this type looks like. */
	private static String check(FormField field, String value) {
		switch (field.getType()) {
			case NUMBER -> {
				try {
					return new BigDecimal(value.replace(',', '.')).toPlainString();
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("'" + value + "' is not a number: write it as 12 or 12.5");
				}
			}
			case DATE -> {
				try {
					return LocalDate.parse(value).toString();
				} catch (DateTimeParseException e) {
					throw new IllegalArgumentException("'" + value + "' is not a date: write it as 2026-03-02");
				}
			}
			case DATETIME -> {
				try {
					return LocalDateTime.parse(value.replace(' ', 'T')).toString();
				} catch (DateTimeParseException e) {
					throw new IllegalArgumentException("'" + value
							+ "' is not a date and time: write it as 2026-03-02T10:30 or '2026-03-02 10:30'");
				}
			}
			case BOOLEAN -> {
				return switch (value.toLowerCase(Locale.ROOT)) {
					case "ya", "yes", "true", "y" -> "true";
					case "tidak", "no", "false", "t", "n" -> "false";
					default -> throw new IllegalArgumentException("'" + value + "' is not yes or no: write ya or tidak");
				};
			}
			case CHOICE -> {
				return field.getChoices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of the choices: "
								+ String.join(", ", field.getChoices())));
			}
			default -> {
				return value;
			}
		}
	}
}
