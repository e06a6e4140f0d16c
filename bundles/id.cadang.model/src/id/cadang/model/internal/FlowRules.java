package id.cadang.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import id.cadang.model.Procedure;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.util.Steps;

/** The rules on a procedure's flow: where it starts, that it ends, and how its steps point at each other. */
public final class FlowRules {

	private FlowRules() {
	}

	/** The first step is the procedure's START, and no other step is. */
	public static List<String> hasStart(Procedure procedure) {
		List<Step> steps = procedure.getSteps();
		if (steps.isEmpty()) {
			return List.of(Places.of(procedure) + ": the procedure has no steps; add its steps, the first with shape=\"START\" and the last with shape=\"END\"");
		}
		List<String> problems = new ArrayList<>();
		Step first = steps.get(0);
		if (first.getShape() != StepShape.START) {
			problems.add(Places.of(first) + ": the first step of a procedure is its start, but this one is "
					+ first.getShape() + "; set shape=\"START\" on it");
		}
		for (Step step : steps.subList(1, steps.size())) {
			if (step.getShape() == StepShape.START) {
				problems.add(Places.of(step) + ": only the first step of a procedure can be a START, and " + Places.step(first)
						+ " is the first; move this step to the top or set shape=\"ACTIVITY\" on it");
			}
		}
		return problems;
	}

	/**
	 * From the first step an END step can be reached, the flow never stops at a step that is not an END, and
	 * from every step reached there is still a way to an END.
	 */
	public static List<String> reachesEnd(Procedure procedure) {
		List<Step> reached = Steps.reachable(procedure);
		if (reached.isEmpty()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (Step step : reached) {
			if (step.getShape() != StepShape.END && step.getShape() != StepShape.DECISION && Steps.successors(step).isEmpty()) {
				problems.add(Places.of(step) + ": the flow stops here, but this is not an END step; set shape=\"END\" on it"
						+ " or point next= at the step that follows");
			}
		}
		if (!problems.isEmpty() || reached.stream().anyMatch(s -> brokenBranch(procedure, s))) {
			// a missing branch or a target elsewhere cuts the flow: decisionHasBothBranches and
			// targetsInProcedure name the step that does it
			return problems;
		}
		Step first = reached.get(0);
		if (reached.stream().noneMatch(s -> s.getShape() == StepShape.END)) {
			return List.of(Places.of(procedure) + ": no END step can be reached from its first step, " + Places.step(first)
					+ "; set shape=\"END\" on the last step and point next=, yes= or no= towards it");
		}
		Set<Step> toEnd = leadingToEnd(reached);
		reached.stream().filter(s -> !toEnd.contains(s)).findFirst()
				.ifPresent(trapped -> problems.add(Places.of(trapped) + ": no END step can be reached from this step, the flow"
						+ " only goes round; point next=, yes= or no= of one of its steps at a step that leads to an END"));
		return problems;
	}

	/** Every cycle of the flow passes through a DECISION, the only way out of a loop. */
	public static List<String> loopsPassDecision(Procedure procedure) {
		List<String> problems = new ArrayList<>();
		Set<Step> reported = new HashSet<>();
		for (List<Step> loop : loopsWithoutDecision(procedure)) {
			if (reported.addAll(loop)) {
				String path = loop.stream().map(FlowRules::number).collect(Collectors.joining(" -> "))
						+ " -> " + number(loop.get(0));
				problems.add(Places.of(loop.get(0)) + ": steps " + path
						+ " form a loop without a decision, so the run can never leave it; make one of them a DECISION with yes= and no=,"
						+ " or point next= out of the loop");
			}
		}
		return problems;
	}

	/** A DECISION has both a yes and a no branch. */
	public static List<String> decisionHasBothBranches(Step step) {
		if (step.getShape() != StepShape.DECISION) {
			return List.of();
		}
		if (step.getYes() == null && step.getNo() == null) {
			return List.of(Places.of(step) + ": a decision needs both a yes and a no branch; set yes= and no= on the step");
		}
		if (step.getYes() == null) {
			return List.of(Places.of(step) + ": a decision needs both a yes and a no branch, this one has no yes branch; set yes= on the step");
		}
		if (step.getNo() == null) {
			return List.of(Places.of(step) + ": a decision needs both a yes and a no branch, this one has no no branch; set no= on the step");
		}
		return List.of();
	}

	/** next=, yes= and no= point at steps of the step's own procedure. */
	public static List<String> targetsInProcedure(Step step) {
		List<String> problems = new ArrayList<>();
		target(step, "next", step.getNext(), problems);
		target(step, "yes", step.getYes(), problems);
		target(step, "no", step.getNo(), problems);
		return problems;
	}

	private static void target(Step step, String feature, Step target, List<String> problems) {
		if (target == null || target.eContainer() == step.eContainer()) {
			return;
		}
		String procedure = step.eContainer() instanceof Procedure p ? "procedure " + p.getId() : "its procedure";
		String what;
		if (target.eIsProxy()) {
			what = "names step '" + EcoreUtil.getURI(target).fragment() + "', which does not exist";
		} else if (target.eContainer() instanceof Procedure other) {
			what = "points into another procedure, at " + Places.step(target) + " of procedure " + other.getId();
		} else {
			what = "names step '" + target.getId() + "', which is in no procedure of this SOP";
		}
		problems.add(Places.of(step) + ": " + feature + "= " + what + "; point " + feature + "= at the id of a step of "
				+ procedure);
	}

	private static boolean brokenBranch(Procedure procedure, Step step) {
		boolean halfDecision = step.getShape() == StepShape.DECISION && (step.getYes() == null || step.getNo() == null);
		return halfDecision || Steps.successors(step).stream().anyMatch(next -> next.eContainer() != procedure);
	}

	private static Set<Step> leadingToEnd(List<Step> reached) {
		Set<Step> toEnd = new HashSet<>();
		reached.stream().filter(s -> s.getShape() == StepShape.END).forEach(toEnd::add);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Step step : reached) {
				if (!toEnd.contains(step) && Steps.successors(step).stream().anyMatch(toEnd::contains)) {
					grew = toEnd.add(step);
				}
			}
		}
		return toEnd;
	}

	/** Cycles among the procedure's non-DECISION steps, each in flow order from its first step in the list. */
	private static List<List<Step>> loopsWithoutDecision(Procedure procedure) {
		Map<Step, Integer> state = new HashMap<>();
		List<List<Step>> loops = new ArrayList<>();
		for (Step step : procedure.getSteps()) {
			visit(procedure, step, state, new ArrayList<>(), loops);
		}
		return loops;
	}

	private static void visit(Procedure procedure, Step step, Map<Step, Integer> state, List<Step> path, List<List<Step>> loops) {
		if (step.getShape() == StepShape.DECISION || step.eContainer() != procedure) {
			return;
		}
		Integer seen = state.get(step);
		if (seen != null) {
			if (seen == 1) {
				loops.add(List.copyOf(path.subList(path.indexOf(step), path.size())));
			}
			return;
		}
		state.put(step, 1);
		path.add(step);
		for (Step next : Steps.successors(step)) {
			visit(procedure, next, state, path, loops);
		}
		path.remove(path.size() - 1);
		state.put(step, 2);
	}

	private static String number(Step step) {
		return Places.step(step).substring("step ".length());
	}
}
