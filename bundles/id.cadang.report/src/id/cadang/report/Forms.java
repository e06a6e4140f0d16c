package id.cadang.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;
import id.cadang.model.Form;
import id.cadang.model.FormField;

/**
 * The forms of a run as filled in its tasks (Trenggalek's backup execution form, IAIN's checklist, Kudus's
 * request letter): each form with its title from the SOP, every field's label and the value entered, who filled
 * it and when, and a signature block for the roles of the step.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * @param step one step's number, or every form of the run (each form as last filled)
	 * @throws IllegalArgumentException when the run (or the step) has no filled form
	 */
	static byte[] render(RunFacts facts, Optional<String> step, int revision, Instant generated) {
		List<TaskRecord> filled = filled(facts, step);
		var run = facts.run();
		try (PdfDocument pdf = new PdfDocument(Labels.get("form.title"), Labels.get("form.footer", run.id(), revision,
				WeeklyLog.TIME.format(generated.atZone(facts.zone()))))) {
			boolean first = true;
			for (TaskRecord task : filled) {
				Optional<Form> form = facts.sop().flatMap(d -> d.getForms().stream()
						.filter(f -> f.getId().equals(task.formId())).findFirst());
				if (!first) {
					pdf.heading(" ");
				}
				first = false;
				pdf.title(form.map(Form::getTitle).filter(t -> t != null && !t.isBlank()).orElse(task.formId()));
				pdf.centered(facts.sop().map(d -> Labels.get("minutes.sop", Minutes.text(d.getNumber()),
						Minutes.text(d.getTitle()), Minutes.text(d.getAgency()))).orElse(Labels.get("minutes.sopId", run.sop())));
				pdf.fields(List.of(Labels.get("form.run"), run.id() + " (" + run.procedure() + ", " + run.binding() + ")",
						Labels.get("form.step"), task.stepNumber() + ": " + Minutes.text(task.activity()),
						Labels.get("form.filledBy"), task.doneBy() == null ? "-" : facts.person(task.doneBy()),
						Labels.get("form.filledAt"), task.doneAt() == null ? "-"
								: WeeklyLog.TIME.format(task.doneAt().atZone(facts.zone())),
						Labels.get("form.revision"), String.valueOf(revision)));
				ReportTable fields = new ReportTable("fields", List.of(Labels.get("col.no"), Labels.get("form.field"),
						Labels.get("form.value")));
				int no = 1;
				for (Map.Entry<String, String> field : labelled(form, task.formData()).entrySet()) {
					fields.row(no++, field.getKey(), field.getValue());
				}
				pdf.table(fields, 0.5f, 3.5f, 6f);
				List<PdfDocument.Signature> signatures = new ArrayList<>();
				for (String role : task.roles()) {
					String person = task.doneBy() != null && facts.grants().stream().anyMatch(g -> g.user()
							.equals(task.doneBy()) && g.covers(run.sop(), run.binding(), role)) ? facts.person(task.doneBy())
									: facts.holderOf(role).map(facts::person).orElse(null);
					signatures.add(new PdfDocument.Signature(facts.roleName(role), person));
				}
				pdf.signatures(null, signatures);
			}
			return pdf.toBytes();
		}
	}

	/** The DONE form tasks to print: the one of {@code step}, or the last filled of each form. */
	static List<TaskRecord> filled(RunFacts facts, Optional<String> step) {
		Map<String, TaskRecord> byForm = new LinkedHashMap<>();
		for (TaskRecord t : facts.tasks()) {
			if (t.formId() == null || t.status() != TaskStatus.DONE || t.formData().isEmpty()) {
				continue;
			}
			if (step.isPresent() ? step.get().equals(t.stepNumber()) : true) {
				byForm.remove(step.isPresent() ? t.formId() + "@" + t.stepNumber() : t.formId());
				byForm.put(step.isPresent() ? t.formId() + "@" + t.stepNumber() : t.formId(), t);
			}
		}
		if (byForm.isEmpty()) {
			throw new IllegalArgumentException(step.map(s -> Labels.get("error.noFormAtStep", facts.run().id(), s))
					.orElse(Labels.get("error.noForm", facts.run().id())));
		}
		return new ArrayList<>(byForm.values());
	}

	/** Field label (from the SOP's form) to value, in the form's order, then any field the form does not name. */
	private static Map<String, String> labelled(Optional<Form> form, Map<String, String> data) {
		Map<String, String> out = new LinkedHashMap<>();
		Map<String, String> rest = new LinkedHashMap<>(data);
		form.ifPresent(f -> {
			for (FormField field : f.getFields()) {
				String label = field.getLabel() == null || field.getLabel().isBlank() ? field.getName() : field.getLabel();
				out.put(label, rest.containsKey(field.getName()) ? rest.remove(field.getName()) : "");
			}
		});
		out.putAll(rest);
		return out;
	}
}
