package id.cadang.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.H2Catalog;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.PostgresSource;
import id.cadang.dump.Tools;
import id.cadang.testing.PostgresServer;

/** Restores real pg_dump backups of Sakila into a throwaway PostgreSQL. */
class PostgresRestoreTest {
	@TempDir
	static Path temp;
	private static PostgresServer server;
	private static H2Catalog catalog;
	private static BackupRecord sakila;

	@BeforeAll
	static void start() throws Exception {
		Path scripts = PostgresServer.sakila().orElse(null);
		Assumptions.assumeTrue(scripts != null, "shared/testdata/sakila is not beside this checkout");
		server = PostgresServer.start();
		server.createDatabase("sakila");
		server.psqlFile("sakila", scripts.resolve("postgres-sakila-schema.sql"));
		server.psqlFile("sakila", scripts.resolve("postgres-sakila-insert-data-using-copy.sql"));
		catalog = H2Catalog.open(temp.resolve("home"));
		sakila = Stored.backup(catalog, temp.resolve("target"), "trenggalek", "sakila", "db",
				new PostgresSource(DatabaseUrl.parse(server.url("sakila")), Tools.system()));
	}

	@AfterAll
	static void stop() {
		if (catalog != null) {
			catalog.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aBackupRestoresIntoANewDatabaseWithTheManifestsRowCounts() throws Exception {
		BackupFile backup = BackupFile.verified(sakila);
		SortedMap<String, Long> expected = backup.rowCounts().orElseThrow();
		assertEquals(16044L, expected.get("public.rental"), expected.toString());
		List<Long> seen = new ArrayList<>();
		Restorer restorer = Restorers.forValue(server.url("sakila_copy"), false);

		restorer.restore(backup, (read, total, rate, left) -> seen.add(read));

		assertEquals(List.of(), RowCheck.differences(expected, restorer.countRows().orElseThrow()));
		String rows = "copy (select * from rental order by rental_id) to stdout";
		assertEquals(server.psql("sakila", rows), server.psql("sakila_copy", rows));
		assertEquals(backup.file().toFile().length(), seen.get(seen.size() - 1), "progress ends at the file's size");
		RestoreException twice = assertThrows(RestoreException.class, () -> restorer.restore(backup, RestoreProgress.NONE));
		assertTrue(twice.getMessage().contains("exists already"), twice.getMessage());
		restorer.drop();
	}

	@Test
	void restoringOverTheOriginalSwapsTheRestoredDatabaseIn() throws Exception {
		server.createDatabase("app");
		server.psql("app", "create table note(id int primary key, text text); insert into note values (1, 'before')");
		BackupRecord before = Stored.backup(catalog, temp.resolve("target"), "trenggalek", "app", "db",
				new PostgresSource(DatabaseUrl.parse(server.url("app")), Tools.system()));
		server.psql("app", "delete from note; insert into note values (2, 'damaged'), (3, 'damaged')");

		Restorers.forValue(server.url("app"), true).restore(BackupFile.verified(before), RestoreProgress.NONE);

		assertEquals("1\tbefore", server.psql("app", "copy note to stdout").strip());
		assertFalse(server.psql("postgres", "select datname from pg_database").contains("app_cadang_"),
				"neither the new nor the old database is left beside it");
	}

	@Test
	void aBackupChangedByOneByteIsRefusedAndNothingIsTouched() throws Exception {
		server.createDatabase("small");
		server.psql("small", "create table t(id int); insert into t select generate_series(1, 1000)");
		BackupRecord backup = Stored.backup(catalog, temp.resolve("target"), "trenggalek", "small", "db",
				new PostgresSource(DatabaseUrl.parse(server.url("small")), Tools.system()));
		Stored.flipByte(Path.of(backup.path()));

		RestoreException refused = assertThrows(RestoreException.class, () -> BackupFile.verified(backup));

		assertTrue(refused.getMessage().contains("refused, nothing was touched"), refused.getMessage());
		assertTrue(refused.getMessage().contains("sha256"), refused.getMessage());
	}

	@Test
	void aBackupChangedAfterItWasVerifiedStopsTheRestoreAndLeavesTheOriginal() throws Exception {
		server.createDatabase("late");
		server.psql("late", "create table t(id int, pad text); insert into t select g, repeat('x', 200) from generate_series(1, 50000) g");
		BackupRecord record = Stored.backup(catalog, temp.resolve("target"), "trenggalek", "late", "db",
				new PostgresSource(DatabaseUrl.parse(server.url("late")), Tools.system()));
		BackupFile verified = BackupFile.verified(record);
		Stored.flipByte(verified.file());

		RestoreException failed = assertThrows(RestoreException.class,
				() -> Restorers.forValue(server.url("late"), true).restore(verified, RestoreProgress.NONE));

		assertTrue(failed.getMessage().contains("was not touched"), failed.getMessage());
		assertEquals("50000", server.psql("late", "select count(*) from t").strip());
		assertFalse(server.psql("postgres", "select datname from pg_database").contains("late_cadang_"));
	}

	@Test
	void aRestoreTestRestoresTheLatestGoodBackupIntoAScratchDatabaseAndDropsIt() {
		RestoreTest.Result result = RestoreTest.run(catalog, "sakila", "db", server.url("sakila"), "cadang");

		assertTrue(result.ok(), result.message());
		assertEquals(sakila.id(), result.backupId());
		assertTrue(result.message().contains("rows, as the manifest recorded"), result.message());
		assertFalse(server.psql("postgres", "select datname from pg_database").contains("cadang_restoretest"));
		AuditEntry audit = catalog.auditTrail("backup:" + sakila.id()).get(0);
		assertEquals("restore.test.passed", audit.action());
	}
}
