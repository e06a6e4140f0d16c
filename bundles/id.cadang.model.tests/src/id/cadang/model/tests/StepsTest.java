package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.cadang.model.Procedure;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;
import id.cadang.model.util.Steps;

/** The flow of Lumajang's procedure: no step 4, and a decision that loops back to the NAS check. */
class StepsTest {

	private final Procedure procedure = SopFactory.eINSTANCE.createProcedure();

	@Test
	void aDecisionLoopsBackUntilTheDumpIsThere() {
		Step check = step("3", StepShape.ACTIVITY);
		Step decide = step("5", StepShape.DECISION);
		Step copy = step("6", StepShape.ACTIVITY);
		Step archive = step("8", StepShape.END);
		decide.setYes(copy);
		decide.setNo(check);

		assertEquals(Optional.of(decide), Steps.successor(check), "the printed numbers skip 4; the list order holds");
		assertEquals(Optional.of(copy), Steps.successor(decide, true));
		assertEquals(Optional.of(check), Steps.successor(decide, false));
		assertEquals(Optional.of(archive), Steps.successor(copy));
		assertEquals(Optional.empty(), Steps.successor(archive));
	}

	@Test
	void nextOverridesTheListOrder() {
		Step first = step("1", StepShape.START);
		step("2", StepShape.ACTIVITY);
		Step third = step("3", StepShape.ACTIVITY);
		first.setNext(third);

		assertEquals(Optional.of(third), Steps.successor(first));
		assertEquals(Optional.empty(), Steps.successor(third), "nothing after the last step");
	}

	@Test
	void anEndStepEndsEvenWithANext() {
		Step end = step("1", StepShape.END);
		Step after = step("2", StepShape.ACTIVITY);
		end.setNext(after);

		assertEquals(Optional.empty(), Steps.successor(end));
	}

	@Test
	void durationsAreReadAsIso8601() {
		assertEquals(Optional.of(Duration.ofDays(1)), Steps.duration(standard("P1D", "1 Hari", null)));
		assertEquals(Optional.of(Duration.ofMinutes(10)), Steps.duration(standard("PT10M", "10 Menit", null)));
		assertEquals(Optional.empty(), Steps.duration(standard("", null, "setiap 6 bulan")), "a frequency has no duration");
		assertEquals(Optional.empty(), Steps.duration(null));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Steps.duration(standard("1 jam", "1 jam", null)));
		assertEquals(true, e.getMessage().contains("PT1H"), e.getMessage());
	}

	private Step step(String number, StepShape shape) {
		Step step = SopFactory.eINSTANCE.createStep();
		step.setId("s" + number);
		step.setNumber(number);
		step.setShape(shape);
		procedure.getSteps().add(step);
		return step;
	}

	private static TimeStandard standard(String duration, String text, String frequency) {
		TimeStandard standard = SopFactory.eINSTANCE.createTimeStandard();
		standard.setDuration(duration);
		standard.setText(text);
		standard.setFrequency(frequency);
		return standard;
	}
}
