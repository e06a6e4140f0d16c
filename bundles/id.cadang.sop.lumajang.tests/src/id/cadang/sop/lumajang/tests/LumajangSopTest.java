package id.cadang.sop.lumajang.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.util.Steps;
import id.cadang.sop.contract.SopPluginContractTest;

/** The Lumajang plug-in keeps the contract and says what the signed sheet 427.53/4/2.02/2021 says. */
class LumajangSopTest extends SopPluginContractTest {

	@Override
	protected String sopId() {
		return "lumajang";
	}

	@Override
	protected String bundleSymbolicName() {
		return "id.cadang.sop.lumajang";
	}

	private Procedure backup() {
		return procedure("backup");
	}

	@Test
	void theHeaderIsTheSignedOne() {
		SopDocument sop = document();
		assertAll(
				() -> assertEquals("427.53/4/2.02/2021", sop.getNumber()),
				() -> assertEquals("SOP Backup Server", sop.getTitle()),
				() -> assertEquals("Dinas Komunikasi dan Informatika Kabupaten Lumajang", sop.getAgency()),
				() -> assertEquals("2021-05-23", sop.getDateMade()),
				() -> assertEquals("2021-05-30", sop.getDateEffective()),
				() -> assertEquals("Yoga Pratomo, S.STP", sop.getApprover().getName()),
				() -> assertEquals("197809101998021001", sop.getApprover().getNip()),
				() -> assertEquals(8, sop.getLegalBases().size()),
				() -> assertEquals(List.of("Pencatatan Backup melalui log mingguan", "Pencatatan melalui aplikasi office"),
						sop.getRecordKeeping()),
				() -> assertEquals(List.of("Admin Server",
						"Kepala Seksi Pengembangan dan Pengelolaan Infrastruktur Sistem Pemerintahan Berbasis Elektronik"),
						sop.getRoles().stream().map(r -> r.getName()).toList()));
	}

	@Test
	void theStepsAreNumberedAsPrintedWithoutStep4() {
		assertEquals(List.of("1", "2", "3", "5", "6", "7", "8"), stepNumbers(backup()));
		assertEquals(1, document().getProcedures().size(), "the sheet has one procedure table");
	}

	@Test
	void step5IsTheOnlyDecisionAndItsNoBranchLoopsBackToStep3() {
		List<Step> decisions = backup().getSteps().stream().filter(s -> s.getShape() == StepShape.DECISION).toList();
		assertEquals(List.of("5"), decisions.stream().map(Step::getNumber).toList(), "one decision, step 5");
		Step decision = decisions.get(0);
		assertEquals("Apakah ada dump file hasil backup pada NAS ?", decision.getActivity());
		assertSame(step(backup(), "6"), decision.getYes(), "yes: copy the backup to the admin's computer");
		assertSame(step(backup(), "3"), decision.getNo(), "no: check the NAS again");
		assertSame(decision, Steps.successor(step(backup(), "3")).orElseThrow(),
				"after checking the NAS (3) comes the question (5): the loop 3 -> 5 -> 3 is closed");
	}

	@Test
	void theAutomatedStepsAreTheDumpTheNasCheckAndTheSecondCopy() {
		Map<String, String> actions = backup().getSteps().stream().filter(s -> s.getAction() != null)
				.collect(Collectors.toMap(Step::getNumber, s -> s.getAction().getType()));
		assertEquals(Map.of("2", "database-dump", "5", "verify-exists", "6", "copy-to-target"), actions);
		Step dump = step(backup(), "2");
		assertEquals("db", Steps.parameter(dump, "source").orElseThrow());
		assertEquals("target", Steps.parameter(dump, "target").orElseThrow());
		assertEquals("target", Steps.parameter(step(backup(), "5"), "target").orElseThrow(),
				"the decision checks the NAS the dump went to");
		assertEquals("admin", Steps.parameter(step(backup(), "6"), "target").orElseThrow(),
				"step 6 copies to the admin's computer");
	}

	@Test
	void theTimeStandardsAndOutputsAreThoseOfTheSheet() {
		assertAll(
				() -> assertEquals("PT10M", step(backup(), "1").getTimeStandard().getDuration()),
				() -> assertEquals("PT1H", step(backup(), "2").getTimeStandard().getDuration()),
				() -> assertEquals("PT10M", step(backup(), "3").getTimeStandard().getDuration()),
				() -> assertEquals("PT1H", step(backup(), "6").getTimeStandard().getDuration()),
				() -> assertEquals("PT30M", step(backup(), "7").getTimeStandard().getDuration()),
				() -> assertEquals("PT5M", step(backup(), "8").getTimeStandard().getDuration()),
				() -> assertEquals("Dump file backup pada server NAS", step(backup(), "2").getOutput()),
				() -> assertEquals("Arsip Log Backup menggunakan Aplikasi Proxmox Backup Manager",
						step(backup(), "8").getOutput()),
				() -> assertEquals(StepShape.END, step(backup(), "8").getShape()));
	}

	@Test
	void recordAndArchiveStayHumanTasksNamingTheirLaterActionType() {
		assertTrue(step(backup(), "7").getRemark().contains("record-log"));
		assertTrue(step(backup(), "8").getRemark().contains("archive-log"));
	}
}
