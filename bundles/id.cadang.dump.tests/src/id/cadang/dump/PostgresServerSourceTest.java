package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.dump.internal.RowCounts;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/**
 * A whole PostgreSQL server (pg_dumpall) restored into a fresh one; row counts of single-database dumps
 * taken in pg_dump's own snapshot; a pg_dump older than the server refused.
 */
class PostgresServerSourceTest {
	private static PostgresServer server;

	@BeforeAll
	static void startServer() {
		server = PostgresServer.start();
		server.psql("postgres", "create role pegawai login password 'rahasia'");
		server.createDatabase("simpeg");
		server.psql("simpeg", """
				create table agency(id serial primary key, name text not null);
				insert into agency(name) select 'Dinas ' || g || ' – Buleleng ✓' from generate_series(1, 1500) g;
				create schema arsip;
				create table arsip.surat(id int primary key, isi bytea);
				insert into arsip.surat select g, decode(md5(g::text), 'hex') from generate_series(1, 321) g;
				grant select on agency to pegawai;
				""");
		server.createDatabase("sipd");
		server.psql("sipd", """
				create table anggaran(id bigint primary key, nilai numeric(16,2));
				insert into anggaran select g, g * 1.5 from generate_series(1, 777) g;
				alter table anggaran owner to pegawai;
				""");
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aWholeServerDumpRestoresBothDatabasesAndTheRole(@TempDir Path nas) throws IOException {
		PostgresServerSource source = new PostgresServerSource(DatabaseUrl.parse(server.url("*")), Tools.system());
		WrittenBackup backup = new LocalFolderTarget(nas).write(PostgresSourceTest.request("kudus/server/db/all.sql.zst"), source,
				ProgressListener.NONE);
		Map<String, String> facts = backup.manifestData().facts();
		assertEquals("postgresql-server", backup.manifestData().sourceKind());
		assertEquals("pg_dumpall", facts.get("tool"));
		assertEquals("postgres,simpeg,sipd", facts.get("databases"));
		assertEquals(Map.of("simpeg/arsip.surat", 321L, "simpeg/public.agency", 1500L, "sipd/public.anggaran", 777L),
				RowCounts.fromJson(facts.get("rowCounts")));

		try (PostgresServer fresh = PostgresServer.start()) {
			Processes.shell(Duration.ofMinutes(5), "zstd -q -dc '" + backup.file() + "' | '" + fresh.bin().resolve("psql")
					+ "' -X -q -h 127.0.0.1 -p " + fresh.port() + " -U postgres -d postgres > /dev/null");
			assertEquals("pegawai|t", fresh.psql("postgres", "select rolname, rolcanlogin from pg_roles where rolname = 'pegawai'").strip());
			assertEquals("pegawai", fresh.psql("sipd", "select tableowner from pg_tables where tablename = 'anggaran'").strip());
			assertEquals("t", fresh.psql("simpeg", "select has_table_privilege('pegawai', 'agency', 'select')").strip());
			for (String[] table : new String[][] { { "simpeg", "agency" }, { "simpeg", "arsip.surat" }, { "sipd", "anggaran" } }) {
				String copy = "copy (select * from " + table[1] + " order by id) to stdout";
				assertEquals(server.psql(table[0], copy), fresh.psql(table[0], copy), "rows of " + table[0] + "/" + table[1]);
			}
			assertEquals(server.psql("simpeg", "select last_value from agency_id_seq"), fresh.psql("simpeg", "select last_value from agency_id_seq"));
		}
	}

	@Test
	void aSingleDatabaseDumpRecordsTheRealRowCountsOfEveryTable(@TempDir Path nas) throws IOException {
		WrittenBackup backup = new LocalFolderTarget(nas).write(PostgresSourceTest.request("a/simpeg/db/simpeg.dump.zst"),
				new PostgresSource(DatabaseUrl.parse(server.url("simpeg")), Tools.system()), ProgressListener.NONE);
		Map<String, Long> real = new TreeMap<>();
		for (String table : List.of("public.agency", "arsip.surat")) {
			real.put(table, Long.parseLong(server.psql("simpeg", "select count(*) from " + table).strip()));
		}
		assertEquals(real, RowCounts.fromJson(backup.manifestData().facts().get("rowCounts")));
		assertTrue(backup.manifestData().facts().get("rowCountsNote").contains("--snapshot"));
		assertEquals(List.of(), backup.manifestData().warnings());
	}

	@Test
	void aPgDumpOlderThanTheServerIsRefusedWithTheFix(@TempDir Path work) throws IOException {
		Path bin = Files.createDirectories(work.resolve("bin"));
		MariaDbSourceTest.wrapper(bin.resolve("pg_dump"), """
				if [ "$1" = --version ]; then echo 'pg_dump (PostgreSQL) 9.6.24'; exit 0; fi
				echo "old pg_dump must not run" >&2; exit 1
				""");
		Tools tools = new Tools(bin + ":" + System.getenv("PATH"), Path.of("/usr/lib/postgresql"));
		String major = server.psql("postgres", "select current_setting('server_version_num')::int / 10000").strip();
		Path nas = Files.createDirectories(work.resolve("nas"));
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> new LocalFolderTarget(nas)
				.write(PostgresSourceTest.request("a/simpeg/db/simpeg.dump.zst"), new PostgresSource(DatabaseUrl.parse(server.url("simpeg")), tools),
						ProgressListener.NONE));
		assertEquals("pg_dump 9.6 (" + bin.resolve("pg_dump") + ") is older than the PostgreSQL " + major + " server at 127.0.0.1:"
				+ server.port() + " and cannot dump it: install postgresql-client-" + major
				+ " (or newer) on this machine, or run the dump on the server itself over SSH", e.getMessage());
		assertEquals(List.of(), PostgresSourceTest.filesUnder(nas));
	}

	@Test
	void aWholeServerNeedsASuperuser() {
		String url = "postgresql://pegawai:rahasia@127.0.0.1:" + server.port() + "/*";
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new PostgresServerSource(DatabaseUrl.parse(url), Tools.system()).preflight());
		assertTrue(e.getMessage().startsWith("user 'pegawai' is no superuser on PostgreSQL at 127.0.0.1:" + server.port()), e.getMessage());
	}
}
