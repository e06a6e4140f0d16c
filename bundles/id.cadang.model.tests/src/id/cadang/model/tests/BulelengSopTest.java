package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;
import id.cadang.model.util.Steps;

class BulelengSopTest {

	private SopDocument sop;

	@BeforeEach
	void load() throws Exception {
		sop = BulelengSop.load();
	}

	@Test
	void headerIsTheSignedSheet() {
		assertEquals("buleleng", sop.getId());
		assertEquals("800/0015-12/Kominfosanti/2020", sop.getNumber());
		assertEquals("Back Up Data Base dan Aplikasi", sop.getTitle());
		assertEquals("Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Buleleng", sop.getAgency());
		assertEquals("2020-01-10", sop.getDateMade());
		assertEquals("2020-01-10", sop.getDateRevised());
		assertEquals("2020-01-10", sop.getDateEffective());
		assertEquals("Asia/Jakarta", sop.getTimeZone(), "the default time zone");
		assertEquals("Dr. Drs. I Ketut Suweca, M.Si", sop.getApprover().getName());
		assertEquals("196206081982031008", sop.getApprover().getNip());
		assertEquals(3, sop.getLegalBases().size());
		assertTrue(sop.getLegalBases().get(0).startsWith("Undang-undang Nomor 14 tahun 2008"));
		assertEquals(List.of("S1 - Teknik Informatika (Serumpun)", "D3 - Manajemen Informatika (Serumpun)"), sop.getQualifications());
		assertEquals(List.of("SOP Akses Aplikasi"), sop.getRelatedSops());
		assertEquals(6, sop.getEquipment().size());
		assertEquals("Database dan Aplikasi", sop.getEquipment().get(5));
		assertEquals(1, sop.getWarnings().size());
		assertTrue(sop.getWarnings().get(0).contains("tidak tersedianya data cadangan"));
	}

	@Test
	void rolesAreTheThreeSwimlanes() {
		assertEquals(List.of("staf-it", "kasi", "kabid"), sop.getRoles().stream().map(Role::getId).toList());
		assertEquals(List.of("Staf IT", "Kasi", "Kabid"), sop.getRoles().stream().map(Role::getName).toList());
	}

	@Test
	void oneProcedureOfFiveStepsWithTheirStandards() {
		assertEquals(1, sop.getProcedures().size());
		Procedure backup = sop.getProcedures().get(0);
		assertEquals("backup", backup.getId());
		List<Step> steps = backup.getSteps();
		assertEquals(List.of("1", "2", "3", "4", "5"), steps.stream().map(Step::getNumber).toList());
		assertEquals(List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofMinutes(5)),
				steps.stream().map(s -> Steps.duration(s.getTimeStandard()).orElseThrow()).toList());
		assertEquals("1 jam", steps.get(2).getTimeStandard().getText());
		assertEquals(List.of("Komputer dan koneksi internet aktif", "File Backup Database", "File Backup Aplikasi",
				"Kegiatan Backup Diketahui Oleh Kasi", "Backup Selesai"), steps.stream().map(Step::getOutput).toList());
		assertEquals(List.of(StepShape.START, StepShape.ACTIVITY, StepShape.ACTIVITY, StepShape.ACTIVITY, StepShape.END),
				steps.stream().map(Step::getShape).toList());
		assertEquals(List.of("staf-it", "kasi"), steps.get(3).getPerformers().stream().map(Role::getId).toList(),
				"performers are references to the declared roles");
		assertTrue(steps.get(1).getRemark().contains("setiap hari"));
	}

	@Test
	void theFlowRunsOneToFiveAndEnds() {
		Step step = sop.getProcedures().get(0).getSteps().get(0);
		StringBuilder walked = new StringBuilder(step.getNumber());
		for (Optional<Step> next = Steps.successor(step); next.isPresent(); next = Steps.successor(next.get())) {
			walked.append(' ').append(next.get().getNumber());
		}
		assertEquals("1 2 3 4 5", walked.toString());
	}

	@Test
	void databaseAndApplicationStepsAreBoundToActionsAndSlots() {
		List<Step> steps = sop.getProcedures().get(0).getSteps();
		assertNull(steps.get(0).getAction(), "preparing is a human task");
		assertEquals("database-dump", steps.get(1).getAction().getType());
		assertEquals(Optional.of("db"), Steps.parameter(steps.get(1), "source"));
		assertEquals(Optional.of("target"), Steps.parameter(steps.get(1), "target"));
		assertEquals("folder-archive", steps.get(2).getAction().getType());
		assertEquals(Optional.of("app"), Steps.parameter(steps.get(2), "source"));
		assertEquals(Optional.of("target"), Steps.parameter(steps.get(2), "target"));

		assertEquals(List.of("db", "app", "target"), sop.getSlots().stream().map(Slot::getName).toList());
		assertEquals(List.of(SlotKind.DATABASE, SlotKind.FOLDER, SlotKind.TARGET), sop.getSlots().stream().map(Slot::getKind).toList());
		assertTrue(sop.getSlots().stream().allMatch(Slot::isRequired), "slots are required unless the SOP says otherwise");
		assertNotNull(sop.getSlots().get(0).getLabel());
		assertTrue(sop.getSlots().get(0).getLabel().contains("postgresql://"));
	}

	@Test
	void isValid() {
		assertEquals(List.of(), SopResources.validate(sop));
	}
}
