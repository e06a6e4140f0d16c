package id.cadang.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.H2Catalog;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.MariaDbSource;
import id.cadang.dump.SourceHost;
import id.cadang.dump.Tools;
import id.cadang.testing.MariaDbServer;

/** Restores real mariadb-dump backups into a throwaway MariaDB, into a new database and over the original. */
class MariaDbRestoreTest {
	@TempDir
	static Path temp;
	private static MariaDbServer server;
	private static H2Catalog catalog;

	@BeforeAll
	static void start() {
		server = MariaDbServer.start();
		catalog = H2Catalog.open(temp.resolve("home"));
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
	void aDumpRestoresIntoANewDatabaseAndOverTheOriginalRowForRow() throws Exception {
		server.createDatabase("siskeudes");
		server.sql("siskeudes", """
				create table kegiatan(id int primary key, nama varchar(200), anggaran decimal(14,2), catatan text);
				insert into kegiatan select seq, concat('Kegiatan ', seq, ' – Desa ✓'), seq * 1000.5,
				  if(seq % 7 = 0, null, 'baris\\ttab') from seq_1_to_3000;
				create table desa(id int primary key, nama varchar(100));
				insert into desa values (1, 'Sukorejo'), (2, 'Karangan');
				create view besar as select id from kegiatan where anggaran > 1000000;
				""");
		BackupRecord record = Stored.backup(catalog, temp.resolve("target"), "kudus", "siskeudes", "db",
				new MariaDbSource(DatabaseUrl.parse(server.url("siskeudes")), SourceHost.local(Tools.system())));
		BackupFile backup = BackupFile.verified(record);
		Restorer copy = Restorers.forValue(server.url("siskeudes_copy"), false);

		copy.restore(backup, RestoreProgress.NONE);

		assertEquals(java.util.List.of(), RowCheck.differences(backup.rowCounts().orElseThrow(), copy.countRows().orElseThrow()));
		String rows = "select * from kegiatan order by id";
		assertEquals(server.sql("siskeudes", rows), server.sql("siskeudes_copy", rows));
		assertEquals(server.sql("siskeudes", "select count(*) from besar"), server.sql("siskeudes_copy", "select count(*) from besar"));

		server.sql("siskeudes", "delete from kegiatan where id > 10; insert into desa values (3, 'rusak')");
		Restorers.forValue(server.url("siskeudes"), true).restore(backup, RestoreProgress.NONE);

		assertEquals(server.sql("siskeudes_copy", rows), server.sql("siskeudes", rows));
		assertEquals("1\tSukorejo\n2\tKarangan", server.sql("siskeudes", "select * from desa order by id").strip());
		assertFalse(server.sql("mysql", "show databases").contains("_cadang_try_"), "the trial database is gone");
		copy.drop();
		assertTrue(!server.sql("mysql", "show databases").contains("siskeudes_copy"));
	}
}
