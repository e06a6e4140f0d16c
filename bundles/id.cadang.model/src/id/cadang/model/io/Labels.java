package id.cadang.model.io;

import org.eclipse.emf.ecore.EObject;

import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.Slot;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;

/** Names a model object the way a person finds it on the SOP sheet, for validation messages. */
final class Labels {

	private Labels() {
	}

	static String of(EObject object) {
		if (object instanceof SopDocument document) {
			return "SOP '" + document.getId() + "'";
		}
		if (object instanceof Procedure procedure) {
			return "Procedure '" + procedure.getId() + "'";
		}
		if (object instanceof Step step) {
			String place = step.eContainer() instanceof Procedure procedure ? " of procedure '" + procedure.getId() + "'" : "";
			String id = step.getId() == null ? "(without id)" : "'" + step.getId() + "'";
			return "Step " + (step.getNumber() == null ? "" : step.getNumber() + " ") + id + place;
		}
		if (object instanceof Role role) {
			return "Role '" + role.getId() + "'";
		}
		if (object instanceof Slot slot) {
			return "Slot '" + slot.getName() + "'";
		}
		String name = object.eClass().getName();
		return object.eContainer() == null ? name : name + " of " + of(object.eContainer());
	}
}
