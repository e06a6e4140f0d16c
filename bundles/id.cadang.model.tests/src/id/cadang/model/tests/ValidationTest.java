package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;

/** Each test breaks the valid Buleleng SOP in one place and expects exactly that problem. */
class ValidationTest {

	private SopDocument sop;
	private Procedure backup;

	@BeforeEach
	void load() throws Exception {
		sop = BulelengSop.load();
		backup = sop.getProcedures().get(0);
	}

	@Test
	void aDanglingNextIsReported() {
		Step removed = SopFactory.eINSTANCE.createStep();
		removed.setId("hilang");
		step(1).setNext(removed);

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("Step 2 'backup-database'"), problems.get(0));
		assertTrue(problems.get(0).contains("'next'"), problems.get(0));
		assertTrue(problems.get(0).contains("hilang"), problems.get(0));
	}

	@Test
	void aNextIntoAnotherProcedureIsReported() {
		Procedure restore = SopFactory.eINSTANCE.createProcedure();
		restore.setId("restore");
		Step first = SopFactory.eINSTANCE.createStep();
		first.setId("mulai");
		first.setNumber("1");
		restore.getSteps().add(first);
		sop.getProcedures().add(restore);
		step(0).setNext(first);

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("outside Procedure 'backup'"), problems.get(0));
	}

	@Test
	void anUndeclaredSlotIsReported() {
		Parameter source = step(1).getAction().getParameters().get(0);
		source.setValue("dbx");

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("'source' names slot 'dbx'"), problems.get(0));
		assertTrue(problems.get(0).contains("app, db, target"), "the message lists the declared slots: " + problems.get(0));
	}

	@Test
	void aDecisionNeedsBothBranches() {
		step(3).setShape(StepShape.DECISION);
		step(3).setYes(step(4));

		List<String> problems = SopResources.validate(sop);

		assertEquals(List.of("Step 4 'laporan' of procedure 'backup' is a DECISION without a 'no' step: set both yes and no."), problems);
	}

	@Test
	void stepIdsAreUniqueWithinAProcedure() {
		step(4).setId("laporan");

		List<String> problems = SopResources.validate(sop);

		assertEquals(List.of("Procedure 'backup' has more than one step with id 'laporan': give each step its own id."), problems);
	}

	@Test
	void aMissingRequiredIdIsReportedByTheModelConstraints() {
		step(2).setId(null);

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("'id'"), problems.get(0));
		assertTrue(problems.get(0).contains("Step 3"), "names the step as printed: " + problems.get(0));
	}

	@Test
	void aDurationThatIsNoIsoDurationIsReported() {
		step(0).getTimeStandard().setDuration("15 menit");

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("'15 menit' is not an ISO-8601 duration"), problems.get(0));
	}

	private Step step(int index) {
		return backup.getSteps().get(index);
	}
}
