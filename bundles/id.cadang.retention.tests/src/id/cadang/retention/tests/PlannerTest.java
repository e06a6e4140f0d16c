package id.cadang.retention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.model.RetentionKind;
import id.cadang.retention.Decision;
import id.cadang.retention.Decision.Reason;
import id.cadang.retention.RetentionPlanner;
import id.cadang.retention.RetentionPolicy;

/** The planner alone: each invariant with its own test, GFS and Buleleng's monthly rule on known histories. */
class PlannerTest {
	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
	static final Instant NOW = at("2026-11-21T22:00");

	private final List<BackupRecord> history = new ArrayList<>();
	private long nextId = 1;

	static Instant at(String localJakarta) {
		return LocalDateTime.parse(localJakarta).atZone(JAKARTA).toInstant();
	}

	static RetentionPolicy gfs(int keepLast, int daily, int weekly, int monthly, int yearly) {
		return new RetentionPolicy("test", RetentionKind.GRANDFATHER_FATHER_SON, keepLast, daily, weekly, monthly, yearly);
	}

	static final RetentionPolicy BULELENG = new RetentionPolicy("sop:aplikasi-bulanan",
			RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE, 0, 0, 0, 0, 0);

	long add(String binding, String slot, BackupStatus status, Instant started) {
		long id = nextId++;
		history.add(new BackupRecord(id, null, "buleleng", binding, slot, "folder", "/srv/app", status,
				"/nas/" + binding + "/" + slot + "/" + id + ".tar.zst", status == BackupStatus.GOOD ? 100L : null, null,
				status == BackupStatus.GOOD ? "0".repeat(64) : null, null, started, null, null));
		return id;
	}

	long good(String local) {
		return add("simpeg", "app", BackupStatus.GOOD, at(local));
	}

	List<Decision> plan(RetentionPolicy policy) {
		return RetentionPlanner.plan(history, "simpeg", slot -> policy, b -> "/nas", NOW, JAKARTA);
	}

	static Map<Long, Reason> reasons(List<Decision> plan) {
		return plan.stream().collect(Collectors.toMap(d -> d.backup().id(), Decision::reason));
	}

	static List<Long> deleted(List<Decision> plan) {
		return plan.stream().filter(d -> !d.keep()).map(d -> d.backup().id()).sorted().toList();
	}

	@Test
	void theNewestGoodBackupIsKeptEvenWhenNoRuleWouldKeepItAndNewerOnesFailed() {
		long older = good("2026-11-01T02:00");
		long newest = good("2026-11-10T02:00");
		long failed = add("simpeg", "app", BackupStatus.FAILED, at("2026-11-20T02:00"));
		long running = add("simpeg", "app", BackupStatus.RUNNING, at("2026-11-21T21:59"));

		// keep the newest 1 per year: only by being the newest good is a backup kept here
		Map<Long, Reason> reasons = reasons(plan(gfs(0, 0, 0, 0, 1)));

		assertEquals(Map.of(newest, Reason.NEWEST_GOOD, older, Reason.NOT_KEPT, failed, Reason.FAILED_UNRESOLVED,
				running, Reason.RUNNING), reasons);
	}

	@Test
	void anEmptyPolicyDeletesNothingNotEvenFailedLeftovers() {
		good("2025-01-01T02:00");
		good("2026-11-01T02:00");
		add("simpeg", "app", BackupStatus.FAILED, at("2025-06-01T02:00"));

		List<Decision> plan = plan(RetentionPolicy.NONE);

		assertEquals(List.of(), deleted(plan));
		assertTrue(plan.stream().allMatch(d -> d.reason() == Reason.NO_POLICY), plan.toString());
	}

	@Test
	void onlyTheBindingItIsAppliedToIsPlanned() {
		long own = good("2026-01-01T02:00");
		good("2026-11-01T02:00");
		long other = add("sipd", "app", BackupStatus.GOOD, at("2025-01-01T02:00"));
		long otherFailed = add("sipd", "app", BackupStatus.FAILED, at("2025-01-02T02:00"));

		List<Decision> plan = plan(gfs(1, 0, 0, 0, 0));

		assertEquals(List.of(own), deleted(plan));
		assertTrue(plan.stream().noneMatch(d -> d.backup().id() == other || d.backup().id() == otherFailed),
				"another binding's backups are not even in the plan");
	}

	@Test
	void failedAndRunningBackupsNeverCountAsKeptCopies() {
		long a = good("2026-11-18T02:00");
		long b = good("2026-11-19T02:00");
		long c = good("2026-11-17T02:00");
		long failed = add("simpeg", "app", BackupStatus.FAILED, at("2026-11-21T02:00"));
		long running = add("simpeg", "app", BackupStatus.RUNNING, at("2026-11-21T21:00"));

		Map<Long, Reason> reasons = reasons(plan(gfs(2, 0, 0, 0, 0)));

		assertEquals(Map.of(b, Reason.NEWEST_GOOD, a, Reason.KEEP_LAST, c, Reason.NOT_KEPT, failed,
				Reason.FAILED_UNRESOLVED, running, Reason.RUNNING), reasons,
				"keep-last 2 keeps two good ones, whatever failed or runs after them");
	}

	@Test
	void failedLeftoversOlderThanTheNewestGoodAreDropped() {
		long failedOld = add("simpeg", "app", BackupStatus.FAILED, at("2026-11-02T02:00"));
		long goodNew = good("2026-11-03T02:00");

		Map<Long, Reason> reasons = reasons(plan(gfs(5, 0, 0, 0, 0)));

		assertEquals(Map.of(goodNew, Reason.NEWEST_GOOD, failedOld, Reason.FAILED_LEFTOVER), reasons);
	}

	@Test
	void grandfatherFatherSonKeepsTheNewestOfEachDayWeekMonthAndYear() {
		// daily 7, weekly 4 (ISO weeks), monthly 11, yearly 2; one backup a day at 01:00 from 2025-01-01 to today, and a second one on each of the last three days
		List<Long> all = new ArrayList<>();
		for (LocalDateTime t = LocalDateTime.parse("2025-01-01T01:00"); !t.isAfter(LocalDateTime.parse("2026-11-21T01:00"));
				t = t.plusDays(1)) {
			all.add(good(t.toString()));
		}
		long extra = good("2026-11-21T13:00");
		good("2026-11-20T13:00");
		good("2026-11-19T13:00");

		List<Decision> plan = plan(gfs(0, 7, 4, 11, 2));

		List<String> kept = plan.stream().filter(Decision::keep)
				.map(d -> d.reason() + " " + d.period() + " " + d.backup().started().atZone(JAKARTA).toLocalDateTime())
				.toList();
		assertEquals(List.of(
				"NEWEST_GOOD  2026-11-21T13:00",
				"DAILY 2026-11-20 2026-11-20T13:00",
				"DAILY 2026-11-19 2026-11-19T13:00",
				"DAILY 2026-11-18 2026-11-18T01:00",
				"DAILY 2026-11-17 2026-11-17T01:00",
				"DAILY 2026-11-16 2026-11-16T01:00",
				"DAILY 2026-11-15 2026-11-15T01:00",
				"WEEKLY 2026-W45 2026-11-08T01:00",
				"WEEKLY 2026-W44 2026-11-01T01:00",
				"MONTHLY 2026-10 2026-10-31T01:00",
				"MONTHLY 2026-09 2026-09-30T01:00",
				"MONTHLY 2026-08 2026-08-31T01:00",
				"MONTHLY 2026-07 2026-07-31T01:00",
				"MONTHLY 2026-06 2026-06-30T01:00",
				"MONTHLY 2026-05 2026-05-31T01:00",
				"MONTHLY 2026-04 2026-04-30T01:00",
				"MONTHLY 2026-03 2026-03-31T01:00",
				"MONTHLY 2026-02 2026-02-28T01:00",
				"MONTHLY 2026-01 2026-01-31T01:00",
				"YEARLY 2025 2025-12-31T01:00"), kept);
		assertEquals(extra, plan.get(0).backup().id());
		assertEquals(all.size() + 3 - kept.size(), deleted(plan).size());
	}

	@Test
	void bulelengKeepsEveryBackupOfTheCurrentMonthAndTheNewestOfEachPastMonth() {
		long sep1 = good("2026-09-07T02:00");
		long sep2 = good("2026-09-30T02:00");
		long oct1 = good("2026-10-05T02:00");
		long oct2 = good("2026-10-28T02:00");
		long oct3 = good("2026-10-30T02:00");
		long nov1 = good("2026-11-02T02:00");
		long nov2 = good("2026-11-04T02:00");
		long nov3 = good("2026-11-20T02:00");
		// 2026-10-31T17:30Z is 1 November 00:30 in Jakarta: the current month there
		long novByZone = add("simpeg", "app", BackupStatus.GOOD, Instant.parse("2026-10-31T17:30:00Z"));

		Map<Long, Reason> reasons = reasons(plan(BULELENG));

		assertEquals(Map.of(nov3, Reason.NEWEST_GOOD, nov2, Reason.CURRENT_MONTH, nov1, Reason.CURRENT_MONTH,
				novByZone, Reason.CURRENT_MONTH, oct3, Reason.PAST_MONTH, sep2, Reason.PAST_MONTH, oct2, Reason.NOT_KEPT,
				oct1, Reason.NOT_KEPT, sep1, Reason.NOT_KEPT), reasons);
	}

	@Test
	void bulelengWithAMonthlyCountKeepsOnlyThatManyPastMonths() {
		good("2026-08-07T02:00");
		long sep = good("2026-09-07T02:00");
		long oct = good("2026-10-07T02:00");
		long nov = good("2026-11-07T02:00");
		RetentionPolicy twoMonths = new RetentionPolicy("binding:simpeg/app",
				RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE, 0, 0, 0, 2, 0);

		Map<Long, Reason> reasons = reasons(plan(twoMonths));

		assertEquals(List.of(nov, oct, sep), reasons.entrySet().stream().filter(e -> e.getValue().keeps())
				.map(Map.Entry::getKey).sorted((x, y) -> Long.compare(y, x)).toList());
	}

	@Test
	void aBackupDatedAfterNowIsKeptAndTheNewestGoodBeforeNowToo() {
		long future = good("2026-12-25T02:00");
		long newest = good("2026-11-21T02:00");
		long old = good("2026-11-01T02:00");

		Map<Long, Reason> reasons = reasons(plan(gfs(1, 0, 0, 0, 0)));

		assertEquals(Map.of(future, Reason.DATED_AFTER_NOW, newest, Reason.NEWEST_GOOD, old, Reason.NOT_KEPT), reasons);
	}

	@Test
	void eachSlotAndEachTargetKeepsItsOwnNewestGoodBackup() {
		long app = good("2026-11-01T02:00");
		long db = add("simpeg", "db", BackupStatus.GOOD, at("2026-10-01T02:00"));
		long copy = add("simpeg", "app", BackupStatus.GOOD, at("2026-09-01T02:00"));

		List<Decision> plan = RetentionPlanner.plan(history, "simpeg", slot -> gfs(1, 0, 0, 0, 0),
				b -> b.id() == copy ? "sftp://nas" : "/nas", NOW, JAKARTA);

		assertEquals(Map.of(app, Reason.NEWEST_GOOD, db, Reason.NEWEST_GOOD, copy, Reason.NEWEST_GOOD), reasons(plan));
	}
}
