package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;
	H2Catalog catalog;

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	@Test
	void aRunAndItsStepsComeBackAsRecorded() {
		long runId = catalog.startRun("sop.lumajang", "backup", "simpeg", T0);
		assertEquals(new RunRecord(runId, "sop.lumajang", "backup", "simpeg", RunStatus.RUNNING, T0, null, null, null,
				null, null),
				catalog.run(runId).orElseThrow());

		long dump = catalog.startStep(runId, new StepStart("s1", "1", "Melakukan dump database", "cadang.dump.database",
				"Admin", Duration.ofMinutes(30), T0));
		long check = catalog.startStep(runId, new StepStart("s2", "2", "Memeriksa hasil dump di NAS", null,
				"Admin,Kasi", Duration.ofMinutes(5), T0.plusSeconds(60)));
		catalog.finishStep(dump, StepStatus.DONE, T0.plusSeconds(45), "simpeg.sql.zst 12 MB");
		catalog.finishStep(check, StepStatus.TASK_OPEN, T0.plusSeconds(60 + 600), null);
		catalog.finishRun(runId, RunStatus.SUCCEEDED, T0.plusSeconds(700), null);

		List<StepRecord> steps = catalog.steps(runId);
		assertEquals(2, steps.size());
		StepRecord first = steps.get(0);
		assertEquals(new StepRecord(dump, runId, "s1", "1", "Melakukan dump database", "cadang.dump.database", "Admin",
				StepStatus.DONE, Duration.ofMinutes(30), T0, T0.plusSeconds(45), "simpeg.sql.zst 12 MB", null, null), first);
		assertFalse(first.overStandard());
		StepRecord second = steps.get(1);
		assertNull(second.actionType());
		assertEquals(StepStatus.TASK_OPEN, second.status());
		assertTrue(second.overStandard(), "10 minutes against a standard of 5");
		RunRecord run = catalog.run(runId).orElseThrow();
		assertEquals(RunStatus.SUCCEEDED, run.status());
		assertEquals(T0.plusSeconds(700), run.finished());
	}

	@Test
	void runsAreListedNewestFirstAllOrOfOneSop() {
		long first = catalog.startRun("sop.lumajang", "backup", "simpeg", T0);
		long kudus = catalog.startRun("sop.kudus", "backup", "eoffice", T0.plusSeconds(10));
		long third = catalog.startRun("sop.lumajang", "restore", "simpeg", T0.plusSeconds(20));

		assertEquals(List.of(third, kudus, first), catalog.runs(null).stream().map(RunRecord::id).toList());
		assertEquals(List.of(third, first), catalog.runs("sop.lumajang").stream().map(RunRecord::id).toList());
	}

	@Test
	void stepsOfAnUnknownRunAndUnknownRecordsAreRefused() {
		IllegalArgumentException noRun = assertThrows(IllegalArgumentException.class,
				() -> catalog.startStep(99, new StepStart("s1", "1", "x", null, "Admin", null, T0)));
		assertTrue(noRun.getMessage().contains("no run 99"), noRun.getMessage());
		assertThrows(IllegalArgumentException.class, () -> catalog.finishRun(99, RunStatus.FAILED, T0, "x"));
		assertThrows(IllegalArgumentException.class, () -> catalog.finishStep(99, StepStatus.DONE, T0, "x"));
	}
}
