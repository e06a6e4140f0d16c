package id.cadang.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Alert;
import id.cadang.catalog.Binding;
import id.cadang.catalog.FireRecord;
import id.cadang.catalog.FireStatus;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.ScheduleOverride;
import id.cadang.testing.TestClock;

/**
 * The scheduler on a real H2 catalog with the signed seed SOPs and a test clock: a week of Buleleng, catch-up after
 * downtime, the never-ran alert, stale slots, the run limits, a site's own schedule across a DST change.
 */
class SchedulerTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
	private static final Executor NOW = Runnable::run;

	@TempDir
	Path home;

	private H2Catalog catalog;
	private final SeedSops sops = new SeedSops("buleleng", "trenggalek", "lumajang");
	private final TestClock clock = new TestClock(at("2026-03-02T00:00"));

	private static Instant at(String jakarta) {
		return LocalDateTime.parse(jakarta).atZone(JAKARTA).toInstant();
	}

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	private void bind(String name, String sop, Map<String, String> slots) {
		catalog.saveBinding(new Binding(name, sop, slots, clock.instant()));
	}

	private void bindBuleleng() {
		bind("simpeg", "buleleng", Map.of("db", "postgresql://backup@10.0.0.5:5432/simpeg", "app", "/srv/simpeg",
				"target", "/mnt/nas"));
	}

	private Scheduler scheduler(RunStarter starter, SchedulerSettings settings, Executor executor) {
		return new Scheduler(catalog, sops, starter, clock, settings, "test:1:a", executor);
	}

	/** Ticks every {@code step} until {@code until}, as cadang serve does. */
	private List<Scheduler.Tick> run(Scheduler scheduler, Duration step, Instant until) {
		List<Scheduler.Tick> ticks = new ArrayList<>();
		while (clock.instant().isBefore(until)) {
			clock.advance(step);
			ticks.add(scheduler.tick());
		}
		return ticks;
	}

	@Test
	void aWeekOfBulelengRunsTheDatabaseDailyAndTheApplicationOnMondayWednesdayAndFriday() {
		bindBuleleng();
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db", "app");
		Scheduler scheduler = scheduler(starter, SchedulerSettings.DEFAULT.withLimits(4, 4), NOW);
		List<Scheduler.Tick> ticks = run(scheduler, Duration.ofMinutes(5), at("2026-03-09T00:00"));

		assertEquals(Collections.nCopies(7, "simpeg/database-harian"),
				starter.keys().stream().filter(k -> k.endsWith("harian")).toList());
		assertEquals(List.of(at("2026-03-02T02:00"), at("2026-03-04T02:00"), at("2026-03-06T02:00")),
				starter.started.stream().filter(s -> s.key().endsWith("seminggu")).map(RecordingStarter.Started::at)
						.toList());
		assertEquals(at("2026-03-08T01:00"), starter.started.stream().filter(s -> s.key().endsWith("harian"))
				.map(RecordingStarter.Started::at).reduce((a, b) -> b).get(), "each run starts on the minute it is due");
		assertTrue(ticks.stream().allMatch(t -> t.missed().isEmpty() && t.heldBack().isEmpty() && t.stale().isEmpty()));
		assertTrue(catalog.scheduledRuns(null, null, 100).stream()
				.allMatch(f -> f.status() == FireStatus.DONE && !f.late() && f.runId() != null));
		assertEquals(List.of(), catalog.openAlerts());
	}

	@Test
	void afterDowntimeTheNewestMissedRunStartsOnceLateAndTheOthersRaiseAnAlert() {
		bindBuleleng();
		catalog.saveScheduleOverride(new ScheduleOverride("simpeg", "aplikasi-3x-seminggu", null, null, null, List.of(),
				clock.instant()));
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db", "app");
		run(scheduler(starter, SchedulerSettings.DEFAULT, NOW), Duration.ofMinutes(10), at("2026-03-02T02:00"));
		assertEquals(1, starter.started.size());

		clock.set(at("2026-03-05T09:30")); // down for three days; a new process starts
		Scheduler.Tick tick = scheduler(starter, SchedulerSettings.DEFAULT, NOW).tick();

		assertEquals(List.of(new Scheduler.Fired("simpeg", "database-harian", at("2026-03-05T01:00"), true)),
				tick.started());
		assertEquals(List.of(at("2026-03-03T01:00"), at("2026-03-04T01:00")),
				tick.missed().stream().map(Scheduler.Fired::due).toList());
		assertEquals(2, starter.started.size(), "caught up once, not three times");
		FireRecord late = catalog.scheduledRuns("simpeg", "database-harian", 1).get(0);
		assertTrue(late.late());
		assertEquals(FireStatus.DONE, late.status());
		Alert missed = catalog.openAlerts().stream().filter(a -> a.kind().equals(Scheduler.MISSED)).findFirst()
				.orElseThrow();
		assertEquals("simpeg/database-harian", missed.subject());
		assertTrue(missed.message().contains("2 scheduled run(s)"), missed.message());
		assertTrue(scheduler(starter, SchedulerSettings.DEFAULT, NOW).tick().started().isEmpty(),
				"the next start finds nothing more to do");
	}

	@Test
	void withoutCatchUpARunThatShouldHaveHappenedIsOnlyReported() {
		bind("sikd", "trenggalek", Map.of("db", "postgresql://backup@db.trenggalek:5432/sikd", "target", "/mnt/nas"));
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db");
		clock.set(at("2026-04-01T03:00")); // the monthly run at 01:00 on the 1st was not started: nobody was up
		Scheduler.Tick tick = scheduler(starter, SchedulerSettings.DEFAULT.withCatchUp(false), NOW).tick();

		assertEquals(List.of(), starter.started);
		assertEquals(List.of(at("2026-04-01T01:00")), tick.missed().stream().map(Scheduler.Fired::due).toList());
		assertEquals(List.of("schedule.missed sikd/backup-bulanan", "slot.stale sikd/db"),
				catalog.openAlerts().stream().map(a -> a.kind() + " " + a.subject()).toList(),
				"the never-ran alert, and the slot has no good backup although one was due");
	}

	@Test
	void aSlotWhoseNewestGoodBackupIsOlderThanItsScheduleAllowsIsFlaggedUntilAFreshOneExists() {
		bindBuleleng();
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db", "app");
		run(scheduler(starter, SchedulerSettings.DEFAULT, NOW), Duration.ofMinutes(5), at("2026-03-02T03:00"));
		assertEquals(List.of(), catalog.openAlerts());

		RecordingStarter noBackup = new RecordingStarter(catalog, clock);
		RunStarter failing = (entry, tell) -> {
			noBackup.run(entry, tell);
			return "pg_dump: connection refused";
		};
		Scheduler broken = scheduler(failing, SchedulerSettings.DEFAULT, NOW);
		List<Scheduler.Tick> ticks = run(broken, Duration.ofMinutes(5), at("2026-03-03T03:00"));
		assertEquals(List.of("simpeg/db"), ticks.get(ticks.size() - 1).stale().stream().map(SlotFreshness::key).toList(),
				"the database runs daily: its backup of Monday 01:01 is older than a day and the grace at Tuesday 03:00;"
						+ " the application's (Monday, Wednesday, Friday) is not");
		assertEquals(List.of("schedule.failed simpeg/database-harian", "slot.stale simpeg/db"),
				catalog.openAlerts().stream().map(a -> a.kind() + " " + a.subject()).toList());

		run(scheduler(starter, SchedulerSettings.DEFAULT, NOW), Duration.ofMinutes(5), at("2026-03-04T03:00"));
		assertEquals(List.of(), catalog.openAlerts(), "a good run closes both");
	}

	@Test
	void runsAgainstOneServerWaitForEachOtherAndTheOverallLimitHolds() {
		clock.set(at("2026-03-02T22:59"));
		bindBuleleng();
		bind("sipd", "buleleng", Map.of("db", "postgresql://backup@10.0.0.5:5432/sipd", "app", "/srv/sipd", "target",
				"/mnt/nas"));
		bind("sikd", "trenggalek", Map.of("db", "postgresql://backup@10.0.0.9:5432/sikd", "target", "/mnt/nas"));
		for (String binding : List.of("simpeg", "sipd", "sikd")) {
			catalog.saveScheduleOverride(new ScheduleOverride(binding, "malam", null, "0 23 * * *", null, List.of(),
					clock.instant()));
		}
		List<Runnable> queued = new ArrayList<>();
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db");
		Scheduler scheduler = scheduler(starter, SchedulerSettings.DEFAULT.withLimits(4, 1), queued::add);
		clock.set(at("2026-03-02T23:00"));
		Scheduler.Tick first = scheduler.tick();
		assertEquals(List.of("sikd/malam", "simpeg/malam"),
				first.started().stream().map(f -> f.binding() + "/" + f.schedule()).toList());
		assertEquals(List.of("sipd/malam"), first.heldBack().stream().map(f -> f.binding() + "/" + f.schedule()).toList(),
				"sipd's database is on 10.0.0.5 too, where simpeg's backup is running");

		clock.advance(Duration.ofMinutes(1));
		assertTrue(scheduler.tick().started().isEmpty(), "still running");
		queued.forEach(Runnable::run);
		clock.advance(Duration.ofMinutes(1));
		assertEquals(List.of(new Scheduler.Fired("sipd", "malam", at("2026-03-02T23:00"), false)),
				scheduler.tick().started());

		Scheduler one = new Scheduler(catalog, sops, starter, clock, SchedulerSettings.DEFAULT.withLimits(1, 4), "test:2:b",
				r -> {
				});
		clock.set(at("2026-03-03T23:00"));
		assertEquals(1, one.tick().started().size(), "one run at a time overall");
	}

	@Test
	void lumajangsScheduleIsTheAdminsAndASiteScheduleRunsOnceAcrossBerlinsDstChange() {
		bind("lmj", "lumajang", Map.of("db", "postgresql://backup@127.0.0.1/simpeg", "target", "/mnt/nas", "admin",
				"/home/admin"));
		ScheduleBook book = new ScheduleBook(catalog, sops);
		assertEquals(List.of(), book.entries(), "Lumajang's step 1 leaves the schedule to the admin");

		clock.set(at("2026-03-27T12:00"));
		catalog.saveScheduleOverride(new ScheduleOverride("lmj", "harian", "backup", "30 2 * * *", "Europe/Berlin",
				List.of(), clock.instant()));
		ScheduleEntry entry = book.entries().get(0);
		assertEquals(ZoneId.of("Europe/Berlin"), entry.zone());
		assertTrue(entry.site());
		RecordingStarter starter = new RecordingStarter(catalog, clock, "db");
		run(scheduler(starter, SchedulerSettings.DEFAULT, NOW), Duration.ofMinutes(10),
				LocalDateTime.parse("2026-03-31T00:00").atZone(ZoneId.of("Europe/Berlin")).toInstant());
		assertEquals(List.of("2026-03-28T02:30+01:00", "2026-03-29T03:30+02:00", "2026-03-30T02:30+02:00"),
				starter.started.stream()
						.map(s -> s.at().atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime().toString()).toList());
	}

	@Test
	void aScheduleThatCannotRunSaysWhyAndStartsNothing() {
		bindBuleleng();
		catalog.saveScheduleOverride(new ScheduleOverride("simpeg", "database-harian", null, "0 1 * *", null, List.of(),
				clock.instant()));
		ScheduleEntry entry = new ScheduleBook(catalog, sops).entries().get(0);
		assertFalse(entry.active());
		assertTrue(entry.problem().contains("5 fields"), entry.problem());
	}
}
