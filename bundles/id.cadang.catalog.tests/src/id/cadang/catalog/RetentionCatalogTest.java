package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 7: deleted backups keep their row; a binding's own retention policy. */
class RetentionCatalogTest {
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

	private long start(String path) {
		return catalog.startBackup(new BackupStart(null, "buleleng", "simpeg", "db", "postgresql", "pg", path, T0));
	}

	@Test
	void aDeletedBackupKeepsItsRowWithWhoWhenAndTheStatusItHad() throws Exception {
		long good = start("/nas/a.dump.zst");
		catalog.markGood(good, new GoodBackup(10, 20, SHA, "/nas/a.dump.zst.manifest.json", T0.plusSeconds(5)));
		long failed = start("/nas/b.dump.zst");
		catalog.markFailed(failed, T0.plusSeconds(9), "pg_dump: connection refused");

		catalog.markDeleted(good, T0.plusSeconds(60), "budi");
		catalog.markDeleted(failed, T0.plusSeconds(61), "cadang");

		assertEquals(BackupStatus.DELETED, catalog.backup(good).orElseThrow().status());
		assertEquals(SHA, catalog.backup(good).orElseThrow().sha256(), "what it was stays readable");
		assertEquals("pg_dump: connection refused", catalog.backup(failed).orElseThrow().error());
		assertEquals(List.of(List.of("GOOD", "budi"), List.of("FAILED", "cadang")), Sql.query(home,
				"SELECT status_before_delete, deleted_by FROM backups WHERE status = 'DELETED' ORDER BY id"));
		assertEquals(List.of(), catalog.backups(new BackupQuery(null, "simpeg", BackupStatus.GOOD)),
				"a deleted backup is no good backup any more");
	}

	@Test
	void aRunningOrDeletedBackupCannotBeMarkedDeleted() {
		long running = start("/nas/c.dump.zst");
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> catalog.markDeleted(running, T0, "cadang"));
		assertTrue(e.getMessage().contains("backup " + running), e.getMessage());
		catalog.markFailed(running, T0, "cut");
		catalog.markDeleted(running, T0, "cadang");
		assertThrows(IllegalStateException.class, () -> catalog.markDeleted(running, T0, "cadang"));
	}

	@Test
	void aBindingsOwnPolicyIsSetReplacedListedAndRemoved() {
		RetentionOverride all = new RetentionOverride("simpeg", RetentionOverride.ALL_SLOTS, "GRANDFATHER_FATHER_SON", 3,
				7, 4, 12, 0, T0, "budi");
		RetentionOverride app = new RetentionOverride("simpeg", "app", "CURRENT_MONTH_ALL_PAST_MONTHS_ONE", 0, 0, 0, 6,
				0, T0, "budi");
		catalog.saveRetentionOverride(all);
		catalog.saveRetentionOverride(app);
		catalog.saveRetentionOverride(new RetentionOverride("sipd", "db", "GRANDFATHER_FATHER_SON", 1, 0, 0, 0, 0, T0,
				"sari"));
		RetentionOverride replaced = new RetentionOverride("simpeg", "app", "CURRENT_MONTH_ALL_PAST_MONTHS_ONE", 2, 0, 0,
				0, 0, T0.plusSeconds(1), "sari");
		catalog.saveRetentionOverride(replaced);

		assertEquals(List.of(all, replaced), catalog.retentionOverrides("simpeg"));
		assertTrue(catalog.removeRetentionOverride("simpeg", "app"));
		assertFalse(catalog.removeRetentionOverride("simpeg", "app"));
		assertEquals(List.of(all), catalog.retentionOverrides("simpeg"));
		assertThrows(IllegalArgumentException.class, () -> new RetentionOverride("simpeg", "db",
				"GRANDFATHER_FATHER_SON", -1, 0, 0, 0, 0, T0, "budi"));
	}
}
