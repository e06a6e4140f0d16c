package id.cadang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import id.cadang.model.ActionBinding;
import id.cadang.model.Approver;
import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;
import id.cadang.model.util.Steps;

/**
 * What {@code cadang sop show} prints: the header fields of an SOP (every attribute the model has, so new
 * header features appear without a change here) and each procedure's steps as rows. {@link #toMap()} gives
 * the same data for JSON.
 */
public final class SopOutline {

	/** A header field: the model feature's name and its values (one for a single value, empty when unset). */
	public record Field(String name, List<String> values) {
	}

	/**
	 * A step as a row: official number, activity, role names, printed time standard, output, action type
	 * (empty for a human task), and the number of the step that follows ({@code next}) or of a decision's
	 * branches ({@code yes}, {@code no}).
	 */
	public record Row(String number, String activity, List<String> roles, String time, String output,
			Optional<String> action, Optional<String> next, Optional<String> yes, Optional<String> no) {
	}

	/** A procedure and its steps in their printed order. */
	public record Section(String id, String title, List<Row> steps) {
	}

	private final SopDocument document;

	private SopOutline(SopDocument document) {
		this.document = document;
	}

	public static SopOutline of(SopDocument document) {
		return new SopOutline(Objects.requireNonNull(document, "document"));
	}

	public String id() {
		return document.getId();
	}

	/** The header fields in the model's order, the approver after the dates; the id is left out. */
	public List<Field> header() {
		List<Field> fields = new ArrayList<>();
		for (EAttribute attribute : document.eClass().getEAllAttributes()) {
			if (attribute.getName().equals("id")) {
				continue;
			}
			fields.add(new Field(attribute.getName(), Outlines.values(document, attribute.getName())));
			if (attribute.getName().equals("dateEffective")) {
				fields.add(new Field("approver", approver().map(List::of).orElse(List.of())));
			}
		}
		fields.add(new Field("roles", document.getRoles().stream().map(Outlines::name).toList()));
		fields.add(new Field("slots", document.getSlots().stream()
				.map(s -> s.getName() + " (" + s.getKind() + (s.getLabel() == null ? "" : ": " + s.getLabel()) + ")").toList()));
		return fields;
	}

	public List<Section> procedures() {
		return document.getProcedures().stream()
				.map(p -> new Section(p.getId(), p.getTitle(), p.getSteps().stream().map(SopOutline::row).toList()))
				.toList();
	}

	private Optional<String> approver() {
		Approver a = document.getApprover();
		if (a == null) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		if (a.getName() != null) {
			parts.add(a.getName());
		}
		if (a.getNip() != null) {
			parts.add("NIP " + a.getNip());
		}
		if (a.getPosition() != null) {
			parts.add(a.getPosition());
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
	}

	private static Row row(Step step) {
		boolean decision = step.getShape() == StepShape.DECISION;
		return new Row(step.getNumber(), step.getActivity(), Outlines.roles(step), Outlines.time(step), step.getOutput(),
				Optional.ofNullable(step.getAction()).map(ActionBinding::getType),
				decision ? Optional.empty() : Steps.successor(step).map(Step::getNumber),
				decision ? Optional.ofNullable(step.getYes()).map(Step::getNumber) : Optional.empty(),
				decision ? Optional.ofNullable(step.getNo()).map(Step::getNumber) : Optional.empty());
	}

	/** The whole document as maps, lists and strings, ready for a JSON writer. */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		for (EAttribute attribute : document.eClass().getEAllAttributes()) {
			List<String> values = Outlines.values(document, attribute.getName());
			map.put(attribute.getName(), attribute.isMany() ? values : values.stream().findFirst().orElse(null));
			if (attribute.getName().equals("dateEffective")) {
				Approver a = document.getApprover();
				map.put("approver", a == null ? null : map("name", a.getName(), "nip", a.getNip(), "position", a.getPosition()));
			}
		}
		map.put("roles", document.getRoles().stream().map(r -> map("id", r.getId(), "name", r.getName())).toList());
		map.put("slots", document.getSlots().stream().map(s -> map("name", s.getName(), "kind",
				s.getKind() == null ? null : s.getKind().getLiteral(), "label", s.getLabel(), "required", s.isRequired())).toList());
		map.put("procedures", document.getProcedures().stream().map(SopOutline::procedureMap).toList());
		return map;
	}

	private static Map<String, Object> procedureMap(Procedure p) {
		return map("id", p.getId(), "title", p.getTitle(), "steps", p.getSteps().stream().map(SopOutline::stepMap).toList());
	}

	private static Map<String, Object> stepMap(Step s) {
		Row row = row(s);
		TimeStandard t = s.getTimeStandard();
		ActionBinding action = s.getAction();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (action != null) {
			for (Parameter p : action.getParameters()) {
				parameters.put(p.getKey(), p.getValue());
			}
		}
		return map("number", s.getNumber(), "id", s.getId(), "shape", s.getShape().getLiteral(), "activity",
				s.getActivity(), "roles", row.roles(), "requirements", List.copyOf(s.getRequirements()), "time",
				t == null ? null : map("text", t.getText(), "duration", t.getDuration(), "frequency", t.getFrequency()),
				"output", s.getOutput(), "remark", s.getRemark(), "action",
				action == null ? null : map("type", action.getType(), "parameters", parameters), "next",
				row.next().orElse(null), "yes", row.yes().orElse(null), "no", row.no().orElse(null));
	}

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}
}
