package id.cadang.model.util;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import id.cadang.model.ActionBinding;
import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;

/** The flow of a procedure and the reading of a step's standards, kept out of the generated code. */
public final class Steps {

	private Steps() {
	}

	/**
	 * The step that follows {@code step}: its {@code next} step if set, otherwise the following step in
	 * its procedure's list; empty for an END step and after the last step. A DECISION step's branches are
	 * read with {@link #successor(Step, boolean)}.
	 */
	public static Optional<Step> successor(Step step) {
		Objects.requireNonNull(step, "step");
		if (step.getShape() == StepShape.END) {
			return Optional.empty();
		}
		if (step.getNext() != null) {
			return Optional.of(step.getNext());
		}
		if (!(step.eContainer() instanceof Procedure procedure)) {
			return Optional.empty();
		}
		List<Step> steps = procedure.getSteps();
		int index = steps.indexOf(step);
		return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
	}

	/**
	 * The step taken after {@code step} given the answer to its question: {@code yes} or {@code no} for a
	 * DECISION step (empty when that branch is not set), {@link #successor(Step)} for any other step.
	 */
	public static Optional<Step> successor(Step step, boolean answer) {
		Objects.requireNonNull(step, "step");
		if (step.getShape() != StepShape.DECISION) {
			return successor(step);
		}
		return Optional.ofNullable(answer ? step.getYes() : step.getNo());
	}

	/**
	 * Every step the flow may take after {@code step}: a DECISION step's {@code yes} and {@code no} branches
	 * (those that are set), nothing after an END step, otherwise {@link #successor(Step)}.
	 */
	public static List<Step> successors(Step step) {
		Objects.requireNonNull(step, "step");
		if (step.getShape() != StepShape.DECISION) {
			return successor(step).map(List::of).orElse(List.of());
		}
		return Stream.of(step.getYes(), step.getNo()).filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * The steps of {@code procedure} that its first step leads to, the first step included, in the order
	 * of the procedure; only steps of the procedure itself are followed. Empty for a procedure without steps.
	 */
	public static List<Step> reachable(Procedure procedure) {
		Objects.requireNonNull(procedure, "procedure");
		List<Step> steps = procedure.getSteps();
		if (steps.isEmpty()) {
			return List.of();
		}
		Set<Step> seen = new HashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(steps.get(0)));
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (seen.add(step)) {
				successors(step).stream().filter(s -> s.eContainer() == procedure).forEach(todo::push);
			}
		}
		return steps.stream().filter(seen::contains).toList();
	}

	/**
	 * The time standard as a duration; empty when there is no standard or it gives only a frequency.
	 *
	 * @throws IllegalArgumentException when the duration is not ISO-8601 (PT30M, PT1H, P1D)
	 */
	public static Optional<Duration> duration(TimeStandard standard) {
		if (standard == null || standard.getDuration() == null || standard.getDuration().isBlank()) {
			return Optional.empty();
		}
		String text = standard.getDuration().strip();
		try {
			return Optional.of(Duration.parse(text));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Time standard duration '" + text
					+ "' is not an ISO-8601 duration: write it as PT30M, PT1H or P1D (printed text: '"
					+ standard.getText() + "')", e);
		}
	}

	/** The value of the action parameter {@code key} of {@code step}; empty without an action or that key. */
	public static Optional<String> parameter(Step step, String key) {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(key, "key");
		ActionBinding action = step.getAction();
		if (action == null) {
			return Optional.empty();
		}
		return action.getParameters().stream()
				.filter(p -> key.equals(p.getKey()))
				.map(Parameter::getValue)
				.filter(Objects::nonNull)
				.findFirst();
	}
}
