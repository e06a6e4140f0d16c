package id.cadang.sop.iainptk.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cadang.model.Definition;
import id.cadang.model.FieldType;
import id.cadang.model.Form;
import id.cadang.model.FormKind;
import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.util.Steps;
import id.cadang.sop.contract.SopPluginContractTest;

/** The IAIN Pontianak plug-in keeps the contract and says what document LPM.In.15/SOP/12/10 says. */
class IainPontianakSopTest extends SopPluginContractTest {

	@Override
	protected String sopId() {
		return "iainptk";
	}

	@Override
	protected String bundleSymbolicName() {
		return "id.cadang.sop.iainptk";
	}

	private Procedure backup() {
		return procedure("backup");
	}

	@Test
	void theHeaderHasPurposeDefinitionsAndScope() {
		SopDocument sop = document();
		assertAll(
				() -> assertEquals("LPM.In.15/SOP/12/10", sop.getNumber()),
				() -> assertEquals("02", sop.getRevision()),
				() -> assertEquals("2022-01-01", sop.getDateEffective()),
				() -> assertEquals("Institut Agama Islam Negeri (IAIN) Pontianak", sop.getAgency()),
				() -> assertEquals(true, sop.getPurpose().startsWith("Dokumen ini dibuat sebagai pedoman")),
				() -> assertEquals("Backup server ini hanya pada lingkungan Institut Agama Islam Negeri Pontianak",
						sop.getScope()),
				() -> assertEquals(List.of("Backup internal", "Backup eksternal"),
						sop.getDefinitions().stream().map(Definition::getTerm).toList()),
				() -> assertEquals(6, sop.getLegalBases().size()),
				() -> assertEquals(List.of("Kepala PTID", "Petugas Backup Data", "Kasub Bag Umum Dan Keu"),
						sop.getRoles().stream().map(r -> r.getName()).toList()));
	}

	@Test
	void elevenStepsWhereStep4AsksForMediaAndWaitsForItThroughSteps5And6() {
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), stepNumbers(backup()));
		Step media = step(backup(), "4");
		assertEquals(StepShape.DECISION, media.getShape());
		assertSame(step(backup(), "7"), media.getYes(), "media available: copy the data");
		assertSame(step(backup(), "5"), media.getNo(), "no media: report it");
		assertSame(media, Steps.successor(step(backup(), "6")).orElseThrow(),
				"after requesting media (6) the officer prepares the media again (4)");
		assertEquals(StepShape.END, step(backup(), "11").getShape());
	}

	@Test
	void step7ArchivesTheServerDataOntoTheStorageMediaAndTheRestAreTasks() {
		Map<String, String> actions = backup().getSteps().stream().filter(s -> s.getAction() != null)
				.collect(Collectors.toMap(Step::getNumber, s -> s.getAction().getType()));
		// nothing before step 7 takes a backup: step 7 is the backup, from the data folder onto the media
		assertEquals(Map.of("7", "folder-archive"), actions);
		assertEquals("data", Steps.parameter(step(backup(), "7"), "source").orElseThrow());
		assertEquals("media", Steps.parameter(step(backup(), "7"), "target").orElseThrow());
		assertEquals(List.of("data:FOLDER", "media:TARGET"),
				document().getSlots().stream().map(s -> s.getName() + ":" + s.getKind()).toList());
		assertEquals("P1D", step(backup(), "1").getTimeStandard().getDuration());
		assertEquals("P1D", step(backup(), "9").getTimeStandard().getDuration());
	}

	@Test
	void theChecklistIsPreparedCorrectedAndFilledIn() {
		Form checklist = step(backup(), "8").getForm();
		assertEquals(FormKind.CHECKLIST, checklist.getKind());
		assertSame(checklist, step(backup(), "2").getForm());
		assertSame(checklist, step(backup(), "3").getForm());
		assertEquals(FieldType.CHOICE, checklist.getFields().stream().filter(f -> "jenis".equals(f.getName()))
				.findFirst().orElseThrow().getType());
		assertEquals(List.of("Backup internal", "Backup eksternal"), checklist.getFields().stream()
				.filter(f -> "jenis".equals(f.getName())).findFirst().orElseThrow().getChoices(),
				"internal or external, as the document defines them");
	}
}
