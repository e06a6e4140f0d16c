package id.cadang.sop.buleleng.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.util.Steps;
import id.cadang.sop.contract.SopPluginContractTest;

/** The Buleleng plug-in keeps the contract and says what the signed sheet 800/0015-12/Kominfosanti/2020 says. */
class BulelengSopTest extends SopPluginContractTest {

	@Override
	protected String sopId() {
		return "buleleng";
	}

	@Override
	protected String bundleSymbolicName() {
		return "id.cadang.sop.buleleng";
	}

	@Test
	void theHeaderIsTheSignedOne() {
		SopDocument sop = document();
		assertAll(
				() -> assertEquals("800/0015-12/Kominfosanti/2020", sop.getNumber()),
				() -> assertEquals("Back Up Data Base dan Aplikasi", sop.getTitle()),
				() -> assertEquals("196206081982031008", sop.getApprover().getNip()),
				() -> assertEquals(List.of("SOP Akses Aplikasi"), sop.getRelatedSops()),
				() -> assertEquals(List.of("Staf IT", "Kasi", "Kabid"),
						sop.getRoles().stream().map(r -> r.getName()).toList()));
	}

	@Test
	void fiveStepsWhereTheDatabaseAndTheApplicationAreBackedUpByActions() {
		Procedure backup = procedure("backup");
		assertEquals(List.of("1", "2", "3", "4", "5"), stepNumbers(backup));
		Map<String, String> actions = backup.getSteps().stream().filter(s -> s.getAction() != null)
				.collect(Collectors.toMap(Step::getNumber, s -> s.getAction().getType()));
		assertEquals(Map.of("2", "database-dump", "3", "folder-archive"), actions);
		assertEquals("db", Steps.parameter(step(backup, "2"), "source").orElseThrow());
		assertEquals("app", Steps.parameter(step(backup, "3"), "source").orElseThrow());
		assertEquals("PT30M", step(backup, "2").getTimeStandard().getDuration());
		assertEquals("PT1H", step(backup, "3").getTimeStandard().getDuration());
	}
}
