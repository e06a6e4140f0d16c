package id.cadang.model.io;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.Slot;
import id.cadang.model.SopDocument;
import id.cadang.model.SopPackage;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.util.Steps;

/** One validation of one document: EMF's constraints first, then the SOP rules. */
final class SopValidator {

	/** Action parameter keys whose value is the name of one of the document's slots. */
	private static final Set<String> SLOT_KEYS = Set.of("source", "target");

	private static final Set<EReference> STEP_FLOW = Set.of(SopPackage.Literals.STEP__NEXT, SopPackage.Literals.STEP__YES,
			SopPackage.Literals.STEP__NO);

	private final SopDocument document;

	SopValidator(SopDocument document) {
		this.document = document;
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		modelConstraints(problems);
		timeZone(problems);
		Set<String> procedureIds = new HashSet<>();
		for (Procedure procedure : document.getProcedures()) {
			if (procedure.getId() != null && !procedureIds.add(procedure.getId())) {
				problems.add("The SOP has more than one procedure with id '" + procedure.getId()
						+ "': give each procedure its own id.");
			}
			procedure(procedure, problems);
		}
		Set<String> slotNames = slotNames(problems);
		for (Procedure procedure : document.getProcedures()) {
			for (Step step : procedure.getSteps()) {
				actionSlots(step, slotNames, problems);
			}
		}
		return List.copyOf(problems);
	}

	private void modelConstraints(List<String> problems) {
		Diagnostician diagnostician = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject object) {
				return Labels.of(object);
			}
		};
		Diagnostic result = diagnostician.validate(document);
		collect(result, problems);
	}

	private static void collect(Diagnostic diagnostic, List<String> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING && !isStepFlow(diagnostic) && !isUniqueId(diagnostic)) {
				problems.add(diagnostic.getMessage());
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	/** EMF's duplicate-id finding, which {@link #procedure} reports with its fix. */
	private static boolean isUniqueId(Diagnostic diagnostic) {
		return EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID;
	}

	/** EMF's dangling-reference finding on next/yes/no, which {@link #target} reports with its fix. */
	private static boolean isStepFlow(Diagnostic diagnostic) {
		return EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED
				&& diagnostic.getData().size() > 1
				&& STEP_FLOW.contains(diagnostic.getData().get(1));
	}

	private void timeZone(List<String> problems) {
		String zone = document.getTimeZone();
		try {
			ZoneId.of(zone == null ? "" : zone);
		} catch (DateTimeException e) {
			problems.add("The SOP's time zone '" + zone + "' is not a time zone id: use one such as Asia/Jakarta,"
					+ " Asia/Makassar or Asia/Jayapura.");
		}
	}

	private void procedure(Procedure procedure, List<String> problems) {
		Set<String> stepIds = new HashSet<>();
		for (Step step : procedure.getSteps()) {
			if (step.getId() != null && !stepIds.add(step.getId())) {
				problems.add(Labels.of(procedure) + " has more than one step with id '" + step.getId()
						+ "': give each step its own id.");
			}
			target(procedure, step, "next", step.getNext(), problems);
			target(procedure, step, "yes", step.getYes(), problems);
			target(procedure, step, "no", step.getNo(), problems);
			if (step.getShape() == StepShape.DECISION) {
				if (step.getYes() == null) {
					problems.add(Labels.of(step) + " is a DECISION without a 'yes' step: set both yes and no.");
				}
				if (step.getNo() == null) {
					problems.add(Labels.of(step) + " is a DECISION without a 'no' step: set both yes and no.");
				}
			}
			try {
				Steps.duration(step.getTimeStandard());
			} catch (IllegalArgumentException e) {
				problems.add(Labels.of(step) + ": " + e.getMessage() + ".");
			}
		}
	}

	private static void target(Procedure procedure, Step step, String feature, Step target, List<String> problems) {
		if (target == null || target.eContainer() == procedure) {
			return;
		}
		String where;
		if (target.eIsProxy()) {
			where = "points to " + EcoreUtil.getURI(target) + ", which does not exist";
		} else if (target.eContainer() instanceof Procedure) {
			where = "points to " + Labels.of(target) + ", outside " + Labels.of(procedure);
		} else {
			where = "points to step '" + target.getId() + "', which is in no procedure of this SOP";
		}
		problems.add(Labels.of(step) + ": its '" + feature + "' step " + where + ": point '" + feature
				+ "' at a step of " + Labels.of(procedure) + ".");
	}

	private Set<String> slotNames(List<String> problems) {
		Set<String> names = new TreeSet<>();
		for (Slot slot : document.getSlots()) {
			if (slot.getName() != null && !names.add(slot.getName())) {
				problems.add("The SOP declares slot '" + slot.getName() + "' more than once: give each slot its own name.");
			}
		}
		return names;
	}

	private static void actionSlots(Step step, Set<String> slotNames, List<String> problems) {
		if (step.getAction() == null) {
			return;
		}
		Map<String, List<Parameter>> byKey = step.getAction().getParameters().stream()
				.filter(p -> SLOT_KEYS.contains(p.getKey()))
				.collect(Collectors.groupingBy(Parameter::getKey));
		byKey.values().stream().flatMap(List::stream)
				.filter(p -> !slotNames.contains(p.getValue()))
				.forEach(p -> problems.add(Labels.of(step) + ": action '" + step.getAction().getType()
						+ "' parameter '" + p.getKey() + "' names slot '" + p.getValue()
						+ "', which the SOP does not declare: declare it under slots or use one of "
						+ (slotNames.isEmpty() ? "(no slots declared)" : String.join(", ", slotNames)) + "."));
	}
}
