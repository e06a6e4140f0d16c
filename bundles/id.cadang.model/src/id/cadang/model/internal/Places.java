package id.cadang.model.internal;

import org.eclipse.emf.ecore.EObject;

import id.cadang.model.ActionBinding;
import id.cadang.model.Form;
import id.cadang.model.FormField;
import id.cadang.model.NamingRule;
import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.RetentionRule;
import id.cadang.model.Role;
import id.cadang.model.Schedule;
import id.cadang.model.Slot;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;

/**
 * Names a model object the way a person finds it on the SOP sheet, from the SOP down:
 * "SOP lumajang, procedure backup, step 5". Validation messages start with it.
 */
public final class Places {

	private Places() {
	}

	public static String of(EObject object) {
		if (object instanceof SopDocument document) {
			return "SOP " + name(document.getId());
		}
		String inside = object.eContainer() == null ? "" : of(object.eContainer()) + ", ";
		if (object instanceof Procedure procedure) {
			return inside + "procedure " + name(procedure.getId());
		}
		if (object instanceof Step step) {
			return inside + step(step);
		}
		if (object instanceof ActionBinding || object instanceof Parameter) {
			return object.eContainer() == null ? object.eClass().getName() : of(object.eContainer());
		}
		if (object instanceof Role role) {
			return inside + "role " + name(role.getId());
		}
		if (object instanceof Slot slot) {
			return inside + "slot " + name(slot.getName());
		}
		if (object instanceof Form form) {
			return inside + "form " + name(form.getId());
		}
		if (object instanceof FormField field) {
			return inside + "field " + name(field.getName());
		}
		if (object instanceof Schedule schedule) {
			return inside + "schedule " + name(schedule.getId());
		}
		if (object instanceof RetentionRule rule) {
			return inside + "retention rule " + name(rule.getId());
		}
		if (object instanceof NamingRule) {
			return inside + "naming rule";
		}
		return inside + object.eClass().getName();
	}

	/** "step 5" by its printed number, or "step 'cek-nas'" by id when it has no number. */
	public static String step(Step step) {
		String number = step.getNumber();
		return number == null || number.isBlank() ? "step " + name(step.getId()) : "step " + number.strip();
	}

	private static String name(String id) {
		return id == null || id.isBlank() ? "(without id)" : id;
	}
}
