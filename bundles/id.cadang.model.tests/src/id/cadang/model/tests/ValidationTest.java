package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.cadang.model.Form;
import id.cadang.model.Parameter;
import id.cadang.model.ParameterType;
import id.cadang.model.Procedure;
import id.cadang.model.RetentionKind;
import id.cadang.model.RetentionRule;
import id.cadang.model.Schedule;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;

/**
 * Each test breaks the valid Buleleng SOP in one place and expects the message a person needs: the SOP, the
 * procedure, the step number as printed, what is wrong and how to fix it.
 */
class ValidationTest {

	private static final SopFactory MAKE = SopFactory.eINSTANCE;

	private SopDocument sop;
	private Procedure backup;

	@BeforeEach
	void load() throws Exception {
		sop = BulelengSop.load();
		backup = sop.getProcedures().get(0);
		assertEquals(List.of(), SopResources.validate(sop), "the Buleleng SOP is valid before each test breaks it");
	}

	@Test
	void theFirstStepMustBeTheStart() {
		step(0).setShape(StepShape.ACTIVITY);

		assertEquals(List.of("SOP buleleng, procedure backup, step 1: the first step of a procedure is its start, but this one is"
				+ " ACTIVITY; set shape=\"START\" on it"), SopResources.validate(sop));
	}

	@Test
	void onlyTheFirstStepMayBeAStart() {
		step(3).setShape(StepShape.START);

		assertOnly("SOP buleleng, procedure backup, step 4: only the first step of a procedure can be a START",
				"move this step to the top or set shape=\"ACTIVITY\" on it");
	}

	@Test
	void aProcedureWithoutStepsIsReported() {
		backup.getSteps().clear();

		assertOnly("SOP buleleng, procedure backup: the procedure has no steps", "add its steps");
	}

	@Test
	void aFlowThatStopsBeforeAnEndIsReported() {
		step(4).setShape(StepShape.ACTIVITY);

		assertOnly("SOP buleleng, procedure backup, step 5: the flow stops here, but this is not an END step",
				"set shape=\"END\" on it or point next= at the step that follows");
	}

	@Test
	void aProcedureWhoseEndCannotBeReachedIsReported() {
		step(3).setShape(StepShape.DECISION);
		step(3).setYes(step(1));
		step(3).setNo(step(2));

		assertOnly("SOP buleleng, procedure backup: no END step can be reached from its first step, step 1",
				"set shape=\"END\" on the last step");
	}

	@Test
	void aLoopWithoutADecisionIsReported() {
		step(3).setNext(step(1));

		List<String> problems = SopResources.validate(sop);

		assertTrue(problems.contains("SOP buleleng, procedure backup, step 2: steps 2 -> 3 -> 4 -> 2 form a loop without a"
				+ " decision, so the run can never leave it; make one of them a DECISION with yes= and no=, or point next= out"
				+ " of the loop"), problems.toString());
	}

	@Test
	void aLoopThroughADecisionIsFine() {
		// Lumajang's shape: check again until the dump is there
		step(3).setShape(StepShape.DECISION);
		step(3).setYes(step(4));
		step(3).setNo(step(2));

		assertEquals(List.of(), SopResources.validate(sop));
	}

	@Test
	void aDecisionNeedsBothBranches() {
		step(3).setShape(StepShape.DECISION);

		assertEquals(List.of("SOP buleleng, procedure backup, step 4: a decision needs both a yes and a no branch; set yes= and"
				+ " no= on the step"), SopResources.validate(sop));

		step(3).setYes(step(4));
		assertEquals(List.of("SOP buleleng, procedure backup, step 4: a decision needs both a yes and a no branch, this one has"
				+ " no no branch; set no= on the step"), SopResources.validate(sop));
	}

	@Test
	void aNextToAStepThatIsNotInTheSopIsReported() {
		Step removed = MAKE.createStep();
		removed.setId("hilang");
		step(1).setNext(removed);

		assertEquals(List.of("SOP buleleng, procedure backup, step 2: next= names step 'hilang', which is in no procedure of"
				+ " this SOP; point next= at the id of a step of procedure backup"), SopResources.validate(sop));
	}

	@Test
	void aBranchIntoAnotherProcedureIsReported() {
		Procedure restore = MAKE.createProcedure();
		restore.setId("restore");
		restore.getSteps().add(step("mulai", "1", StepShape.START));
		restore.getSteps().add(step("akhir", "2", StepShape.END));
		sop.getProcedures().add(restore);
		step(3).setShape(StepShape.DECISION);
		step(3).setYes(step(4));
		step(3).setNo(restore.getSteps().get(0));

		assertEquals(List.of("SOP buleleng, procedure backup, step 4: no= points into another procedure, at step 1 of procedure"
				+ " restore; point no= at the id of a step of procedure backup"), SopResources.validate(sop));
	}

	@Test
	void idsAreUniqueAcrossProcedures() {
		Procedure restore = MAKE.createProcedure();
		restore.setId("restore");
		restore.getSteps().add(step("persiapan", "1", StepShape.START));
		restore.getSteps().add(step("akhir", "2", StepShape.END));
		sop.getProcedures().add(restore);

		assertEquals(List.of("SOP buleleng: id 'persiapan' is used by procedure backup, step 1 and procedure restore, step 1;"
				+ " procedures, steps, roles and forms share one id space in an SOP: give each its own id"),
				SopResources.validate(sop));
	}

	@Test
	void aSlotParameterMustNameADeclaredSlot() {
		Parameter source = step(1).getAction().getParameters().get(0);
		source.setValue("dbx");

		assertEquals(List.of("SOP buleleng, procedure backup, step 2: parameter source= names slot 'dbx', which the SOP does"
				+ " not declare; declare it under slots or use one of: app, db, target"), SopResources.validate(sop));
	}

	@Test
	void sourceAndTargetWithoutATypeAreStillSlots() {
		Parameter source = step(1).getAction().getParameters().get(0);
		source.unsetType();
		source.setValue("dbx");

		assertOnly("step 2: parameter source= names slot 'dbx'", "declare it under slots");

		source.setType(ParameterType.STRING);
		assertEquals(List.of(), SopResources.validate(sop), "a source explicitly typed STRING is plain text");
	}

	@Test
	void typedParameterValuesAreChecked() {
		step(1).getAction().getParameters().add(parameter("timeout", "30 menit", ParameterType.DURATION));
		step(1).getAction().getParameters().add(parameter("retries", "tiga", ParameterType.NUMBER));
		step(1).getAction().getParameters().add(parameter("verify", "ya", ParameterType.BOOLEAN));

		assertEquals(List.of(
				"SOP buleleng, procedure backup, step 2: parameter timeout= '30 menit' is not an ISO-8601 duration; write it as PT30M, PT1H or P1D",
				"SOP buleleng, procedure backup, step 2: parameter retries= 'tiga' is not a number; write digits such as 3 or 2.5",
				"SOP buleleng, procedure backup, step 2: parameter verify= 'ya' is not a boolean; write true or false"),
				SopResources.validate(sop));
	}

	@Test
	void actionTypesAreCheckedOnlyAgainstWhatIsInstalled() {
		assertEquals(List.of(), SopResources.validate(sop, Set.of("database-dump", "folder-archive")));

		assertEquals(List.of("SOP buleleng, procedure backup, step 3: action type 'folder-archive' is not installed; install the"
				+ " plug-in that provides it, or bind the step to one of: database-dump, verify-exists"),
				SopResources.validate(sop, Set.of("database-dump", "verify-exists")));
		assertEquals(List.of(), SopResources.validate(sop), "without the installed types the rule is skipped");
	}

	@Test
	void aStepsFormMustBeOneOfTheSopsForms() {
		Form declared = form("formulir-backup");
		sop.getForms().add(declared);
		step(3).setForm(declared);
		assertEquals(List.of(), SopResources.validate(sop));

		step(3).setForm(form("formulir-lain"));

		assertEquals(List.of("SOP buleleng, procedure backup, step 4: form= names form 'formulir-lain', which is not one of the"
				+ " SOP's forms; declare it under forms or point form= at one of: formulir-backup"), SopResources.validate(sop));
	}

	@Test
	void aCronExpressionHasFiveFields() {
		schedule(0).setCron("0 1 * *");

		assertEquals(List.of("SOP buleleng, schedule database-harian: cron '0 1 * *' has 4 fields, a cron expression has 5; write"
				+ " minute hour day-of-month month day-of-week, e.g. cron=\"0 1 * * *\" for every day at 01:00"),
				SopResources.validate(sop));
	}

	@Test
	void aScheduleNamesDeclaredSlotsAndAProcedure() {
		schedule(1).getSlots().add("aplikasi");
		schedule(0).setProcedure(null);

		assertEquals(List.of(
				"SOP buleleng, schedule database-harian: the schedule names no procedure; set procedure= to one of: backup",
				"SOP buleleng, schedule aplikasi-3x-seminggu: slots names 'aplikasi', which the SOP does not declare; declare it"
						+ " under slots or use one of: app, db, target"),
				SopResources.validate(sop));
	}

	@Test
	void aScheduleTimeZoneMustBeAZone() {
		schedule(0).setTimeZone("WITA");

		assertOnly("SOP buleleng, schedule database-harian: time zone 'WITA' is not a time zone id", "Asia/Jakarta");
	}

	@Test
	void retentionCountsAreNotNegative() {
		retention(1).setWeekly(-1);

		assertEquals(List.of("SOP buleleng, retention rule database-gfs: weekly=-1 is negative; use 0 to leave it out or a count"
				+ " of backups to keep"), SopResources.validate(sop));
	}

	@Test
	void aGrandfatherFatherSonRuleKeepsSomething() {
		RetentionRule rule = retention(1);
		rule.setDaily(0);
		rule.setWeekly(0);
		rule.setMonthly(0);

		assertEquals(List.of("SOP buleleng, retention rule database-gfs: a GRANDFATHER_FATHER_SON rule that keeps nothing would"
				+ " delete every backup; set keepLast=, daily=, weekly=, monthly= or yearly= above 0"), SopResources.validate(sop));

		rule.setKind(RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE);
		assertEquals(List.of(), SopResources.validate(sop), "the monthly kind needs no counts");
	}

	@Test
	void aRetentionRuleNamesDeclaredSlots() {
		retention(0).getSlots().add("arsip");

		assertOnly("SOP buleleng, retention rule aplikasi-bulanan: slots names 'arsip', which the SOP does not declare",
				"use one of: app, db, target");
	}

	@Test
	void theNamingRuleUsesKnownPlaceholders() {
		sop.getNamingRule().setPattern("{sop}-{host}-{date:yyyyMMdd-HHmmss}.{ext}");

		assertEquals(List.of("SOP buleleng, naming rule: {host} is not a placeholder; use {sop}, {binding}, {slot},"
				+ " {date:yyyyMMdd-HHmmss} or {ext}"), SopResources.validate(sop));
	}

	@Test
	void aMissingRequiredIdIsReportedByTheModelConstraints() {
		step(2).setId(null);

		List<String> problems = SopResources.validate(sop);

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("'id'"), problems.get(0));
		assertTrue(problems.get(0).contains("SOP buleleng, procedure backup, step 3"), "names the step as printed: " + problems.get(0));
	}

	@Test
	void aDurationThatIsNoIsoDurationIsReported() {
		step(0).getTimeStandard().setDuration("15 menit");

		assertOnly("SOP buleleng, procedure backup, step 1: time standard duration '15 menit' is not an ISO-8601 duration",
				"PT30M");
	}

	private void assertOnly(String start, String fix) {
		List<String> problems = SopResources.validate(sop);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains(start), problems.get(0));
		assertTrue(problems.get(0).contains(fix), "the message says how to fix it: " + problems.get(0));
	}

	private Step step(int index) {
		return backup.getSteps().get(index);
	}

	private Schedule schedule(int index) {
		return sop.getSchedules().get(index);
	}

	private RetentionRule retention(int index) {
		return sop.getRetentionRules().get(index);
	}

	private static Step step(String id, String number, StepShape shape) {
		Step step = MAKE.createStep();
		step.setId(id);
		step.setNumber(number);
		step.setShape(shape);
		return step;
	}

	private static Parameter parameter(String key, String value, ParameterType type) {
		Parameter parameter = MAKE.createParameter();
		parameter.setKey(key);
		parameter.setValue(value);
		parameter.setType(type);
		return parameter;
	}

	private static Form form(String id) {
		Form form = MAKE.createForm();
		form.setId(id);
		return form;
	}
}
