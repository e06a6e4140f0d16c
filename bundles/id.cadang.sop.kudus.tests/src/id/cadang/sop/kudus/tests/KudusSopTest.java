package id.cadang.sop.kudus.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.cadang.model.FieldType;
import id.cadang.model.Form;
import id.cadang.model.FormField;
import id.cadang.model.FormKind;
import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.util.Steps;
import id.cadang.sop.contract.SopPluginContractTest;

/** The Kudus plug-in keeps the contract and says what the signed sheet 067/ /18.01/2020 says. */
class KudusSopTest extends SopPluginContractTest {

	@Override
	protected String sopId() {
		return "kudus";
	}

	@Override
	protected String bundleSymbolicName() {
		return "id.cadang.sop.kudus";
	}

	@Test
	void theHeaderIsTheSignedOneWithTheBlankInItsNumber() {
		SopDocument sop = document();
		assertAll(
				() -> assertEquals("067/ /18.01/2020", sop.getNumber()),
				() -> assertEquals("Back-up dan Restore Database Server", sop.getTitle()),
				() -> assertEquals("Drs. Kholid, MM", sop.getApprover().getName()),
				() -> assertEquals("196501301992031005", sop.getApprover().getNip()),
				() -> assertEquals(4, sop.getLegalBases().size()),
				() -> assertEquals(List.of("SOP Penempatan Server dan Hosting Aplikasi"), sop.getRelatedSops()),
				() -> assertEquals(2, sop.getRecordKeeping().size()),
				() -> assertEquals(List.of("OPD", "Bidang Informatika", "Seksi Sistem Informasi dan Statistik",
						"Personil (Staf)"), sop.getRoles().stream().map(r -> r.getName()).toList()));
	}

	@Test
	void sixStepsFromTheRequestLetterToTheConfirmationWithTheBackupAtStep4() {
		Procedure procedure = procedure("backup-restore");
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), stepNumbers(procedure));
		assertEquals(List.of("4"), procedure.getSteps().stream().filter(s -> s.getAction() != null).map(Step::getNumber)
				.toList(), "the backup on schedule is automated, every other step is a task for its role");
		Step run = step(procedure, "4");
		assertEquals("database-dump", run.getAction().getType());
		assertEquals("db", Steps.parameter(run, "source").orElseThrow());
		assertEquals("target", Steps.parameter(run, "target").orElseThrow());
		assertEquals("P1D", run.getTimeStandard().getDuration());
		assertTrue(run.getRemark().contains("restore"), "step 4 names the action type a later issue binds");
		assertEquals(List.of("PT15M", "PT1H", "P1D", "PT15M", "PT15M"), procedure.getSteps().subList(1, 6).stream()
				.map(s -> s.getTimeStandard().getDuration()).toList());
	}

	@Test
	void theRequestLetterIsTheFormOfStep1() {
		Form letter = step(procedure("backup-restore"), "1").getForm();
		assertEquals("Surat Permohonan Back-up/Restore Database Server", letter.getTitle());
		assertEquals(FormKind.LETTER, letter.getKind());
		FormField kind = letter.getFields().stream().filter(f -> "jenis".equals(f.getName())).findFirst().orElseThrow();
		assertEquals(FieldType.CHOICE, kind.getType());
		assertEquals(List.of("Back-up", "Restore"), kind.getChoices());
		assertSame(letter, document().getForms().get(0));
	}
}
