package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 6: schedule overrides, the lease of an expected run shared by two handles, alerts. */
class SchedulesCatalogTest {
	private static final Instant DUE = Instant.parse("2026-03-02T18:00:00Z");
	private static final Duration LEASE = Duration.ofMinutes(2);

	@TempDir
	Path home;

	@Test
	void theFirstRuntimeTakesAScheduledRunAndAnotherOnlyAfterItsLeaseRanOutWithoutARun() {
		try (H2Catalog a = H2Catalog.open(home); H2Catalog b = H2Catalog.open(home)) {
			assertTrue(a.claimScheduledRun("simpeg", "database-harian", DUE, "a:1:x", DUE.plus(LEASE), DUE, false));
			assertFalse(b.claimScheduledRun("simpeg", "database-harian", DUE, "b:2:y", DUE.plus(LEASE), DUE, false),
					"a holds it");
			assertTrue(a.claimScheduledRun("simpeg", "database-harian", DUE, "a:1:x", DUE.plus(LEASE), DUE, false),
					"the holder renews");
			Instant later = DUE.plus(LEASE).plusSeconds(1);
			assertTrue(b.claimScheduledRun("simpeg", "database-harian", DUE, "b:2:y", later.plus(LEASE), later, true),
					"a died before starting its run: b takes over");
			assertFalse(a.updateScheduledRun("simpeg", "database-harian", DUE, "a:1:x", FireStatus.STARTED, 7L,
					later.plus(LEASE), later), "a lost the lease and cannot move it");
			assertTrue(b.updateScheduledRun("simpeg", "database-harian", DUE, "b:2:y", FireStatus.STARTED, 7L,
					later.plus(LEASE), later));
			Instant muchLater = later.plus(Duration.ofHours(1));
			assertFalse(a.claimScheduledRun("simpeg", "database-harian", DUE, "a:1:x", muchLater.plus(LEASE), muchLater,
					true), "a run was started: the engine resumes it, the schedule never starts it again");
			FireRecord fire = a.scheduledRuns("simpeg", "database-harian", 5).get(0);
			assertEquals(FireStatus.STARTED, fire.status());
			assertEquals(7L, fire.runId());
			assertTrue(fire.late());
			assertFalse(a.recordMissedRun("simpeg", "database-harian", DUE, muchLater));
			assertTrue(a.recordMissedRun("simpeg", "database-harian", DUE.minus(Duration.ofDays(1)), muchLater));
			assertEquals(List.of(FireStatus.STARTED, FireStatus.MISSED),
					b.scheduledRuns(null, null, 10).stream().map(FireRecord::status).toList());
		}
	}

	@Test
	void overridesAndAlerts() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			catalog.saveScheduleOverride(new ScheduleOverride("web", "harian", "backup", "30 2 * * *", "Europe/Berlin",
					List.of("db"), DUE));
			catalog.saveScheduleOverride(new ScheduleOverride("web", "harian", null, "0 3 * * *", null, List.of(), DUE));
			catalog.saveScheduleOverride(new ScheduleOverride("web", "mingguan", null, null, null, List.of(), DUE));
			List<ScheduleOverride> overrides = catalog.scheduleOverrides("web");
			assertEquals(2, overrides.size());
			assertEquals("0 3 * * *", overrides.get(0).cron());
			assertTrue(overrides.get(1).off());
			assertTrue(catalog.removeScheduleOverride("web", "mingguan"));
			assertFalse(catalog.removeScheduleOverride("web", "mingguan"));

			long first = catalog.raiseAlert("slot.stale", "web/db", "no fresh backup", DUE);
			assertEquals(first, catalog.raiseAlert("slot.stale", "web/db", "still none", DUE.plusSeconds(60)),
					"one open alert per kind and subject");
			assertEquals(1, catalog.openAlerts().size());
			assertEquals(1, catalog.closeAlerts("slot.stale", "web/db", DUE.plusSeconds(120)));
			assertTrue(catalog.openAlerts().isEmpty());
			assertTrue(catalog.raiseAlert("slot.stale", "web/db", "again", DUE.plusSeconds(180)) > first);
		}
	}
}
