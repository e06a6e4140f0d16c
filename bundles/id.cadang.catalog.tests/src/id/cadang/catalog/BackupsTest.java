package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
	private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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

	private long start(String sop, String binding, String slot, Instant started) {
		return catalog.startBackup(new BackupStart(null, sop, binding, slot, "postgresql", "postgresql://db/" + binding,
				"/mnt/nas/" + binding + "-" + started.getEpochSecond() + ".sql.zst", started));
	}

	@Test
	void aBackupStartsRunningAndTurnsGoodWithEveryField() {
		long runId = catalog.startRun("sop.lumajang", "backup", "simpeg", T0);
		long id = catalog.startBackup(new BackupStart(runId, "sop.lumajang", "simpeg", "database", "postgresql",
				"postgresql://10.0.0.5:5432/simpeg", "/mnt/nas/simpeg-20260302-0100.sql.zst", T0));
		assertEquals(new BackupRecord(id, runId, "sop.lumajang", "simpeg", "database", "postgresql",
				"postgresql://10.0.0.5:5432/simpeg", BackupStatus.RUNNING, "/mnt/nas/simpeg-20260302-0100.sql.zst",
				null, null, null, null, T0, null, null), catalog.backup(id).orElseThrow());

		catalog.markGood(id, new GoodBackup(12_345_678L, 98_765_432L, SHA,
				"/mnt/nas/simpeg-20260302-0100.sql.zst.manifest.json", T0.plusSeconds(95)));

		assertEquals(new BackupRecord(id, runId, "sop.lumajang", "simpeg", "database", "postgresql",
				"postgresql://10.0.0.5:5432/simpeg", BackupStatus.GOOD, "/mnt/nas/simpeg-20260302-0100.sql.zst",
				12_345_678L, 98_765_432L, SHA, "/mnt/nas/simpeg-20260302-0100.sql.zst.manifest.json", T0,
				T0.plusSeconds(95), null), catalog.backup(id).orElseThrow());
	}

	@Test
	void aFailedBackupNeverTurnsGood() {
		long id = start("sop.lumajang", "simpeg", "database", T0);
		catalog.markFailed(id, T0.plusSeconds(5), "pg_dump: connection refused");

		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> catalog.markGood(id, new GoodBackup(1, 1, SHA, null, T0.plusSeconds(6))));
		assertTrue(refused.getMessage().contains("is FAILED, not RUNNING"), refused.getMessage());
		BackupRecord still = catalog.backup(id).orElseThrow();
		assertEquals(BackupStatus.FAILED, still.status());
		assertEquals("pg_dump: connection refused", still.error());
		assertEquals(null, still.sha256());
	}

	@Test
	void aGoodBackupCannotBeFailedNorMadeGoodTwice() {
		long id = start("sop.lumajang", "simpeg", "database", T0);
		catalog.markGood(id, new GoodBackup(1, 1, SHA, null, T0.plusSeconds(6)));

		assertThrows(IllegalStateException.class, () -> catalog.markFailed(id, T0.plusSeconds(7), "late"));
		assertThrows(IllegalStateException.class,
				() -> catalog.markGood(id, new GoodBackup(2, 2, SHA, null, T0.plusSeconds(8))));
		assertEquals(1L, catalog.backup(id).orElseThrow().size());
		assertThrows(IllegalStateException.class, () -> catalog.markFailed(404, T0, "none"));
	}

	@Test
	void backupsAreListedNewestFirstAndFilteredBySopSourceAndStatus() {
		long a = start("sop.lumajang", "simpeg", "database", T0);
		long b = start("sop.lumajang", "simpeg", "uploads", T0.plusSeconds(60));
		long c = start("sop.kudus", "eoffice", "database", T0.plusSeconds(120));
		long d = start("sop.lumajang", "sikd", "database", T0.plusSeconds(180));
		catalog.markGood(a, new GoodBackup(1, 1, SHA, null, T0.plusSeconds(30)));
		catalog.markFailed(b, T0.plusSeconds(70), "tar: file changed as we read it");

		assertEquals(List.of(d, c, b, a), ids(BackupQuery.all()));
		assertEquals(List.of(d, b, a), ids(new BackupQuery("sop.lumajang", null, null)));
		assertEquals(List.of(b, a), ids(new BackupQuery(null, "simpeg", null)), "by binding");
		assertEquals(List.of(d, c, a), ids(new BackupQuery(null, "database", null)), "by slot");
		assertEquals(List.of(d, a), ids(new BackupQuery("sop.lumajang", "database", null)));
		assertEquals(List.of(a), ids(new BackupQuery(null, null, BackupStatus.GOOD)));
		assertEquals(List.of(d, c), ids(new BackupQuery(null, null, BackupStatus.RUNNING)));
		assertEquals(List.of(b), ids(new BackupQuery("sop.lumajang", "uploads", BackupStatus.FAILED)));
		assertEquals(List.of(), ids(new BackupQuery("sop.kudus", "simpeg", null)));
	}

	@Test
	void recoverInterruptedFailsWhatWasLeftRunningAndNothingElse() {
		long runId = catalog.startRun("sop.lumajang", "backup", "simpeg", T0);
		long stepId = catalog.startStep(runId, new StepStart("s1", "1", "dump", "cadang.dump.database", "Admin",
				Duration.ofMinutes(30), T0));
		long running = start("sop.lumajang", "simpeg", "database", T0);
		long good = start("sop.lumajang", "simpeg", "uploads", T0);
		catalog.markGood(good, new GoodBackup(1, 1, SHA, null, T0.plusSeconds(5)));
		long finishedRun = catalog.startRun("sop.kudus", "backup", "eoffice", T0);
		catalog.finishRun(finishedRun, RunStatus.SUCCEEDED, T0.plusSeconds(9), null);

		assertEquals(2, catalog.recoverInterrupted("Cadang stopped during the backup"));

		BackupRecord failed = catalog.backup(running).orElseThrow();
		assertEquals(BackupStatus.FAILED, failed.status());
		assertEquals("Cadang stopped during the backup", failed.error());
		assertTrue(failed.finished() != null);
		assertEquals(BackupStatus.GOOD, catalog.backup(good).orElseThrow().status());
		assertEquals(RunStatus.FAILED, catalog.run(runId).orElseThrow().status());
		assertEquals(RunStatus.SUCCEEDED, catalog.run(finishedRun).orElseThrow().status());
		StepRecord step = catalog.steps(runId).get(0);
		assertEquals(stepId, step.id());
		assertEquals(StepStatus.FAILED, step.status());
		AuditEntry audit = catalog.auditTrail("catalog").get(0);
		assertEquals("catalog.recover-interrupted", audit.action());
		assertTrue(audit.detail().startsWith("1 backups, 1 runs, 1 steps marked FAILED"), audit.detail());

		assertEquals(0, catalog.recoverInterrupted("again"));
	}

	@Test
	void manyThreadsRecordingAtOnceEachGetTheirOwnBackup() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Long>> started = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				Instant at = T0.plusSeconds(i);
				started.add(pool.submit(() -> {
					long id = start("sop.lumajang", "simpeg", "database", at);
					catalog.markGood(id, new GoodBackup(1, 1, SHA, null, at.plusSeconds(1)));
					return id;
				}));
			}
			var ids = new HashSet<Long>();
			for (Future<Long> future : started) {
				ids.add(future.get());
			}
			assertEquals(200, ids.size());
			assertEquals(200, catalog.backups(new BackupQuery(null, null, BackupStatus.GOOD)).size());
		} finally {
			pool.shutdownNow();
		}
	}

	private List<Long> ids(BackupQuery query) {
		return catalog.backups(query).stream().map(BackupRecord::id).toList();
	}
}
