package id.cadang.model.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import id.cadang.model.Form;
import id.cadang.model.NamingRule;
import id.cadang.model.Parameter;
import id.cadang.model.ParameterType;
import id.cadang.model.Procedure;
import id.cadang.model.RetentionKind;
import id.cadang.model.RetentionRule;
import id.cadang.model.Schedule;
import id.cadang.model.Slot;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.util.Parameters;
import id.cadang.model.util.Steps;

/** The rules on what a document declares and what its steps, schedules and rules name. */
public final class DocumentRules {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

	private static final Set<String> PLACEHOLDERS = Set.of("sop", "binding", "slot", "ext");

	private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*?/,\\-]+");

	private DocumentRules() {
	}

	/**
	 * Ids of procedures, steps, roles and forms are unique in the document (they are its XMI ids); names of
	 * slots and ids of schedules and retention rules are unique among their kind.
	 */
	public static List<String> uniqueIds(SopDocument document) {
		List<String> problems = new ArrayList<>();
		Map<String, List<EObject>> byId = new LinkedHashMap<>();
		EcoreUtil.<EObject>getAllProperContents(document, false).forEachRemaining(object -> {
			String id = EcoreUtil.getID(object);
			if (id != null) {
				byId.computeIfAbsent(id, k -> new ArrayList<>()).add(object);
			}
		});
		byId.forEach((id, owners) -> {
			if (owners.size() > 1) {
				problems.add(Places.of(document) + ": id '" + id + "' is used by "
						+ owners.stream().map(o -> Places.of(o).substring(Places.of(document).length() + 2)).collect(Collectors.joining(" and "))
						+ "; procedures, steps, roles and forms share one id space in an SOP: give each its own id");
			}
		});
		duplicates(document, "slot name", document.getSlots(), Slot::getName, problems);
		duplicates(document, "schedule id", document.getSchedules(), Schedule::getId, problems);
		duplicates(document, "retention rule id", document.getRetentionRules(), RetentionRule::getId, problems);
		return problems;
	}

	private static <T> void duplicates(SopDocument document, String what, Collection<T> items, Function<T, String> name,
			List<String> problems) {
		items.stream().map(name).filter(n -> n != null).collect(Collectors.groupingBy(n -> n, LinkedHashMap::new, Collectors.counting()))
				.forEach((n, count) -> {
					if (count > 1) {
						problems.add(Places.of(document) + ": " + what + " '" + n + "' is declared " + count
								+ " times; give each its own");
					}
				});
	}

	/** The document's time zone is a time zone id. */
	public static List<String> validTimeZone(SopDocument document) {
		return zone(document.getTimeZone()).map(zone -> List.of(Places.of(document) + ": time zone '" + zone
				+ "' is not a time zone id; use one such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura")).orElse(List.of());
	}

	/** The time standard's duration is ISO-8601. */
	public static List<String> validDuration(Step step) {
		try {
			Steps.duration(step.getTimeStandard());
			return List.of();
		} catch (IllegalArgumentException e) {
			return List.of(Places.of(step) + ": " + lowerFirst(e.getMessage()));
		}
	}

	/** The step's form is one of the document's forms. */
	public static List<String> formDeclared(Step step) {
		Form form = step.getForm();
		Optional<SopDocument> document = document(step);
		if (form == null || document.isEmpty() || document.get().getForms().contains(form)) {
			return List.of();
		}
		String name = form.eIsProxy() ? EcoreUtil.getURI(form).fragment() : form.getId();
		return List.of(Places.of(step) + ": form= names form '" + name + "', which is not one of the SOP's forms; declare it"
				+ " under forms or point form= at one of: " + names(document.get().getForms().stream().map(Form::getId).toList()));
	}

	/** The step's action type is one of {@code installed}; no finding when {@code installed} is null. */
	public static List<String> actionTypeInstalled(Step step, Set<String> installed) {
		if (installed == null || step.getAction() == null || step.getAction().getType() == null) {
			return List.of();
		}
		String type = step.getAction().getType();
		if (installed.contains(type)) {
			return List.of();
		}
		return List.of(Places.of(step) + ": action type '" + type + "' is not installed; install the plug-in that provides it,"
				+ " or bind the step to one of: " + names(installed));
	}

	/** A parameter's value is what its type says: a declared slot, an ISO-8601 duration, a number or a boolean. */
	public static List<String> validValue(Parameter parameter) {
		String value = parameter.getValue() == null ? "" : parameter.getValue().strip();
		ParameterType type = Parameters.type(parameter);
		String head = Places.of(parameter) + ": parameter " + parameter.getKey() + "=";
		switch (type) {
		case SLOT -> {
			Set<String> slots = document(parameter).map(DocumentRules::slotNames).orElse(Set.of());
			if (!slots.contains(value)) {
				return List.of(head + " names slot '" + value + "', which the SOP does not declare; declare it under slots"
						+ " or use one of: " + names(slots));
			}
		}
		case DURATION -> {
			try {
				Duration.parse(value);
			} catch (DateTimeParseException e) {
				return List.of(head + " '" + value + "' is not an ISO-8601 duration; write it as PT30M, PT1H or P1D");
			}
		}
		case NUMBER -> {
			try {
				new BigDecimal(value);
			} catch (NumberFormatException e) {
				return List.of(head + " '" + value + "' is not a number; write digits such as 3 or 2.5");
			}
		}
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				return List.of(head + " '" + value + "' is not a boolean; write true or false");
			}
		}
		case STRING -> {
			// any text
		}
		}
		return List.of();
	}

	/** A schedule's cron expression has five fields. */
	public static List<String> validCron(Schedule schedule) {
		String cron = schedule.getCron() == null ? "" : schedule.getCron().strip();
		String[] fields = cron.isEmpty() ? new String[0] : cron.split("\\s+");
		String fix = "; write minute hour day-of-month month day-of-week, e.g. cron=\"0 1 * * *\" for every day at 01:00";
		if (fields.length != 5) {
			return List.of(Places.of(schedule) + ": cron '" + cron + "' has " + fields.length + " fields, a cron expression has 5" + fix);
		}
		for (String field : fields) {
			if (!CRON_FIELD.matcher(field).matches()) {
				return List.of(Places.of(schedule) + ": cron '" + cron + "' has a field '" + field
						+ "' that is not numbers, names, *, ranges, lists or steps" + fix);
			}
		}
		return List.of();
	}

	/** A schedule runs a procedure of its own document. */
	public static List<String> procedureDeclared(Schedule schedule) {
		Procedure procedure = schedule.getProcedure();
		Optional<SopDocument> document = document(schedule);
		if (procedure != null && document.isPresent() && document.get().getProcedures().contains(procedure)) {
			return List.of();
		}
		String ids = names(document.map(d -> d.getProcedures().stream().map(Procedure::getId).toList()).orElse(List.of()));
		if (procedure == null) {
			return List.of(Places.of(schedule) + ": the schedule names no procedure; set procedure= to one of: " + ids);
		}
		String name = procedure.eIsProxy() ? EcoreUtil.getURI(procedure).fragment() : procedure.getId();
		return List.of(Places.of(schedule) + ": procedure= names '" + name + "', which is not a procedure of this SOP;"
				+ " set procedure= to one of: " + ids);
	}

	/** A schedule's own time zone, when it has one, is a time zone id. */
	public static List<String> validTimeZone(Schedule schedule) {
		String zone = schedule.getTimeZone();
		if (zone == null || zone.isBlank()) {
			return List.of();
		}
		return zone(zone).map(z -> List.of(Places.of(schedule) + ": time zone '" + z + "' is not a time zone id;"
				+ " use one such as Asia/Jakarta, or leave timeZone= out for the SOP's own")).orElse(List.of());
	}

	/** The slots a schedule or a retention rule names are declared. */
	public static List<String> slotsDeclared(EObject owner, List<String> slots) {
		Set<String> declared = document(owner).map(DocumentRules::slotNames).orElse(Set.of());
		return slots.stream().filter(s -> !declared.contains(s))
				.map(s -> Places.of(owner) + ": slots names '" + s + "', which the SOP does not declare; declare it under"
						+ " slots or use one of: " + names(declared))
				.toList();
	}

	/** No retention count is negative. */
	public static List<String> countsNotNegative(RetentionRule rule) {
		Map<String, Integer> counts = counts(rule);
		return counts.entrySet().stream().filter(e -> e.getValue() < 0)
				.map(e -> Places.of(rule) + ": " + e.getKey() + "=" + e.getValue() + " is negative; use 0 to leave it out"
						+ " or a count of backups to keep")
				.toList();
	}

	/** A grandfather-father-son rule keeps at least one backup. */
	public static List<String> keepsSomething(RetentionRule rule) {
		if (rule.getKind() != RetentionKind.GRANDFATHER_FATHER_SON || counts(rule).values().stream().anyMatch(c -> c > 0)) {
			return List.of();
		}
		return List.of(Places.of(rule) + ": a GRANDFATHER_FATHER_SON rule that keeps nothing would delete every backup;"
				+ " set keepLast=, daily=, weekly=, monthly= or yearly= above 0");
	}

	/** The naming rule has a pattern, and its placeholders are {sop} {binding} {slot} {date:...} {ext}. */
	public static List<String> knownPlaceholders(NamingRule rule) {
		String pattern = rule.getPattern() == null ? "" : rule.getPattern();
		String example = "e.g. pattern=\"{sop}-{binding}-{slot}-{date:yyyyMMdd-HHmmss}.{ext}\"";
		if (pattern.isBlank()) {
			return List.of(Places.of(rule) + ": it has no pattern; set one, " + example);
		}
		List<String> problems = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (name.startsWith("date:")) {
				try {
					DateTimeFormatter.ofPattern(name.substring("date:".length()));
				} catch (IllegalArgumentException e) {
					problems.add(Places.of(rule) + ": {" + name + "} is not a date pattern (" + e.getMessage()
							+ "); write it like {date:yyyyMMdd-HHmmss}");
				}
			} else if (!PLACEHOLDERS.contains(name)) {
				problems.add(Places.of(rule) + ": {" + name + "} is not a placeholder; use {sop}, {binding}, {slot},"
						+ " {date:yyyyMMdd-HHmmss} or {ext}");
			}
		}
		if (PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
			problems.add(Places.of(rule) + ": pattern '" + pattern + "' has an unmatched { or }; " + example);
		}
		return problems;
	}

	private static Map<String, Integer> counts(RetentionRule rule) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("keepLast", rule.getKeepLast());
		counts.put("daily", rule.getDaily());
		counts.put("weekly", rule.getWeekly());
		counts.put("monthly", rule.getMonthly());
		counts.put("yearly", rule.getYearly());
		return counts;
	}

	private static Optional<String> zone(String zone) {
		try {
			ZoneId.of(zone == null ? "" : zone);
			return Optional.empty();
		} catch (DateTimeException e) {
			return Optional.of(String.valueOf(zone));
		}
	}

	private static Optional<SopDocument> document(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof SopDocument document) {
				return Optional.of(document);
			}
		}
		return Optional.empty();
	}

	private static Set<String> slotNames(SopDocument document) {
		return document.getSlots().stream().map(Slot::getName).filter(n -> n != null).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String names(Collection<String> names) {
		Set<String> sorted = names.stream().filter(n -> n != null).collect(Collectors.toCollection(TreeSet::new));
		return sorted.isEmpty() ? "(none declared)" : String.join(", ", sorted);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
