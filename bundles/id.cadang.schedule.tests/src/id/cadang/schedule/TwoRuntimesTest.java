package id.cadang.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Binding;
import id.cadang.catalog.FireRecord;
import id.cadang.catalog.FireStatus;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.testing.TestClock;

/**
 * Two runtimes on one H2 catalog (each its own handle, AUTO_SERVER): racing for the same schedules they start each
 * expected run exactly once; when the holder dies between claiming a run and starting it, the other takes it over
 * once the lease has run out, and only then.
 */
class TwoRuntimesTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@TempDir
	Path home;

	private final SeedSops sops = new SeedSops("buleleng");
	private final TestClock clock = new TestClock(at("2026-03-02T00:00"));

	private static Instant at(String jakarta) {
		return LocalDateTime.parse(jakarta).atZone(JAKARTA).toInstant();
	}

	/** Thrown by a starter to stop the way a killed process stops: nothing after it is written. */
	static final class Killed extends Error {
		private static final long serialVersionUID = 1L;
	}

	@Test
	void racingForTheSameSchedulesTheyStartEachRunExactlyOnce() throws Exception {
		try (H2Catalog a = H2Catalog.open(home); H2Catalog b = H2Catalog.open(home)) {
			a.saveBinding(new Binding("simpeg", "buleleng", Map.of("db", "postgresql://backup@10.0.0.5/simpeg", "app",
					"/srv/simpeg", "target", "/mnt/nas"), clock.instant()));
			a.saveBinding(new Binding("sipd", "buleleng", Map.of("db", "postgresql://backup@10.0.0.6/sipd", "app",
					"/srv/sipd", "target", "/mnt/nas"), clock.instant()));
			RecordingStarter startsA = new RecordingStarter(a, clock, "db", "app");
			RecordingStarter startsB = new RecordingStarter(b, clock, "db", "app");
			SchedulerSettings settings = SchedulerSettings.DEFAULT.withLimits(8, 8);
			Scheduler one = new Scheduler(a, sops, startsA, clock, settings, "host-a:1:x", Runnable::run);
			Scheduler two = new Scheduler(b, sops, startsB, clock, settings, "host-b:2:y", Runnable::run);
			CyclicBarrier together = new CyclicBarrier(2);
			while (clock.instant().isBefore(at("2026-03-05T00:00"))) {
				clock.advance(Duration.ofMinutes(30));
				CompletableFuture<Scheduler.Tick> first = CompletableFuture.supplyAsync(() -> tickTogether(one, together));
				CompletableFuture<Scheduler.Tick> second = CompletableFuture.supplyAsync(() -> tickTogether(two, together));
				first.get();
				second.get();
			}
			// Mon-Wed: the database daily (3 x 2 bindings), the application Monday and Wednesday (2 x 2)
			assertEquals(10, startsA.started.size() + startsB.started.size());
			List<RunRecord> runs = a.runs(null);
			assertEquals(10, runs.size());
			List<FireRecord> fires = b.scheduledRuns(null, null, 100);
			assertEquals(10, fires.size());
			assertTrue(fires.stream().allMatch(f -> f.status() == FireStatus.DONE), fires.toString());
		}
	}

	private static Scheduler.Tick tickTogether(Scheduler scheduler, CyclicBarrier together) {
		try {
			together.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return scheduler.tick();
	}

	@Test
	void whenTheHolderDiesBeforeStartingItsRunTheOtherTakesItOverAfterTheLease() {
		try (H2Catalog a = H2Catalog.open(home); H2Catalog b = H2Catalog.open(home)) {
			a.saveBinding(new Binding("simpeg", "buleleng", Map.of("db", "postgresql://backup@10.0.0.5/simpeg", "app",
					"/srv/simpeg", "target", "/mnt/nas"), clock.instant()));
			RunStarter dies = (entry, started) -> {
				throw new Killed();
			};
			Scheduler holder = new Scheduler(a, sops, dies, clock, SchedulerSettings.DEFAULT, "host-a:1:x",
					Runnable::run);
			RecordingStarter startsB = new RecordingStarter(b, clock, "db", "app");
			Scheduler other = new Scheduler(b, sops, startsB, clock, SchedulerSettings.DEFAULT, "host-b:2:y",
					Runnable::run);

			clock.set(at("2026-03-02T01:00"));
			assertThrows(Killed.class, holder::tick);
			FireRecord claimed = b.scheduledRuns("simpeg", "database-harian", 1).get(0);
			assertEquals(FireStatus.CLAIMED, claimed.status());
			assertEquals("host-a:1:x", claimed.owner());

			clock.advance(Duration.ofMinutes(1));
			assertEquals(List.of(), other.tick().started(), "the lease has not run out yet");
			clock.advance(SchedulerSettings.DEFAULT.lease());
			Scheduler.Tick takeOver = other.tick();
			assertEquals(List.of(new Scheduler.Fired("simpeg", "database-harian", at("2026-03-02T01:00"), false)),
					takeOver.started());
			FireRecord done = a.scheduledRuns("simpeg", "database-harian", 1).get(0);
			assertEquals(FireStatus.DONE, done.status());
			assertEquals("host-b:2:y", done.owner());
			assertEquals(1, a.runs(null).size(), "one run for the one expected run");

			clock.advance(Duration.ofMinutes(5));
			assertEquals(List.of(), other.tick().started());
			assertEquals(List.of(), new Scheduler(a, sops, (e, s) -> {
				throw new AssertionError("started twice");
			}, clock, SchedulerSettings.DEFAULT, "host-c:3:z", Runnable::run).tick().started());
		}
	}

}
