package id.cadang.sop.trenggalek.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.cadang.model.Form;
import id.cadang.model.Procedure;
import id.cadang.model.Schedule;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.sop.contract.SopPluginContractTest;

/** The Trenggalek plug-in keeps the contract and says what the signed sheet SOP/06/406.020/2019 says. */
class TrenggalekSopTest extends SopPluginContractTest {

	@Override
	protected String sopId() {
		return "trenggalek";
	}

	@Override
	protected String bundleSymbolicName() {
		return "id.cadang.sop.trenggalek";
	}

	@Test
	void theHeaderIsTheSignedOne() {
		SopDocument sop = document();
		assertAll(
				() -> assertEquals("SOP/06/406.020/2019", sop.getNumber()),
				() -> assertEquals("SOP Back Up/Restore Data", sop.getTitle()),
				() -> assertEquals("Edi Hayunan Siswanto, S.Sos, M.Si", sop.getApprover().getName()),
				() -> assertEquals(2, sop.getLegalBases().size()),
				() -> assertEquals(List.of("Formulir Pelaksanaan Back Up", "Formulir Permohonan Restore Data"),
						sop.getEquipment()),
				() -> assertEquals(List.of("Mengisi Formulir Pelaksanaan Back Up", "Mengisi Formulir Permohonan Restore Data"),
						sop.getRecordKeeping()));
	}

	@Test
	void threeProceduresInPrintedOrder() {
		List<Procedure> procedures = document().getProcedures();
		assertEquals(List.of("pengumpulan-data", "restore", "backup"), procedures.stream().map(Procedure::getId).toList());
		assertEquals(List.of("1", "2", "3", "4", "5"), stepNumbers(procedures.get(0)));
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), stepNumbers(procedures.get(1)));
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), stepNumbers(procedures.get(2)));
	}

	@Test
	void dataCollectionKeepsItsDurationsAndFrequencies() {
		Procedure collection = procedure("pengumpulan-data");
		assertEquals("P3D", step(collection, "1").getTimeStandard().getDuration());
		assertEquals("setiap 6 bulan", step(collection, "4").getTimeStandard().getFrequency());
		assertEquals("2 kali dalam 1 tahun", step(collection, "5").getTimeStandard().getFrequency());
		assertTrue(collection.getSteps().stream().allMatch(s -> s.getAction() == null), "human steps only");
	}

	@Test
	void restoreStartsFromTheRequestFormAndItsServerStepsAreTasksNamingTheirLaterActionType() {
		Procedure restore = procedure("restore");
		Form request = step(restore, "1").getForm();
		assertEquals("Formulir Permohonan Restore Data", request.getTitle());
		List<String> later = List.of("stop-service", "restore", "start-service");
		for (int i = 0; i < later.size(); i++) {
			Step step = step(restore, String.valueOf(i + 2));
			assertNull(step.getAction(), "step " + step.getNumber() + " stays a human task for now");
			assertTrue(step.getRemark().contains(later.get(i)), "step " + step.getNumber() + " names " + later.get(i));
		}
	}

	@Test
	void backupRunsMonthlyAndItsFormIsFilledInAtStep5() {
		Procedure backup = procedure("backup");
		assertEquals("database-dump", step(backup, "1").getAction().getType());
		Form form = step(backup, "5").getForm();
		assertEquals("Formulir Pelaksanaan Back Up", form.getTitle());
		assertSame(form, step(backup, "6").getForm(), "the Kasi receives, checks and signs the same form at step 6");
		assertEquals(false, form.getFields().stream().filter(f -> "diperiksa".equals(f.getName())).findFirst()
				.orElseThrow().isRequired(), "the Kasi's signature is not asked of the staff at step 5");
		Schedule monthly = document().getSchedules().get(0);
		assertSame(backup, monthly.getProcedure());
		assertEquals("0 1 1 * *", monthly.getCron());
		assertEquals("Proses back up dilakukan setiap sebulan sekali", monthly.getDescription());
		assertEquals("Memberi nama file backup sesuai dengan ketentuan", document().getNamingRule().getDescription());
	}
}
