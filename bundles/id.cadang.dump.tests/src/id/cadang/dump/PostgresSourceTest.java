package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/** Dumps real databases of a throwaway PostgreSQL through the storage pipeline and restores them. */
class PostgresSourceTest {
	static final Duration LONG = Duration.ofMinutes(5);
	private static PostgresServer server;

	@BeforeAll
	static void startServer() {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aDumpRestoresToTheSameRowsAndSequences(@TempDir Path targetRoot) throws IOException {
		server.createDatabase("simpeg");
		server.psql("simpeg", """
				create table agency(id serial primary key, name text not null, budget numeric(14,2), created date not null);
				insert into agency(name, budget, created)
				  select 'Dinas Kominfo – Buleleng ✓ ñ 日本 #' || g, g * 1000.5, date '2020-01-01' + g % 900
				  from generate_series(1, 5000) g;
				create table attachment(id int primary key, agency_id int not null references agency(id), data bytea not null);
				insert into attachment
				  select g, 1 + g % 5000, decode(string_agg(md5(random()::text || g || x), ''), 'hex')
				  from generate_series(1, 300) g, generate_series(1, 64) x group by g;
				create table visit(id bigint primary key, agency_id int references agency(id), note text, flags boolean[], meta jsonb);
				insert into visit
				  select g, 1 + g % 5000, case when g % 7 = 0 then null else 'catatan kunjungan ' || g || E'\\ttab\\nbaris' end,
				         array[g % 2 = 0, g % 3 = 0], jsonb_build_object('n', g, 'kota', 'Singaraja')
				  from generate_series(1, 20000) g;
				create view busy_agency as select agency_id, count(*) from visit group by agency_id;
				""");
		PostgresSource source = new PostgresSource(DatabaseUrl.parse(server.url("simpeg")), Tools.system());
		source.preflight();
		assertEquals(server.psql("simpeg", "show server_version").strip(), source.serverVersion().orElseThrow());

		WrittenBackup backup = new LocalFolderTarget(targetRoot).write(request("buleleng/simpeg/db/simpeg.dump.zst"), source,
				ProgressListener.NONE);

		assertTrue(Files.isRegularFile(backup.file()));
		assertEquals("pg_dump", backup.manifestData().facts().get("tool"));
		assertTrue(backup.manifestData().facts().get("toolVersion").startsWith("pg_dump (PostgreSQL) "),
				backup.manifestData().facts().toString());
		assertEquals(source.serverVersion().orElseThrow(), backup.manifestData().facts().get("serverVersion"));
		assertEquals("simpeg", backup.manifestData().facts().get("database"));
		assertEquals("127.0.0.1", backup.manifestData().facts().get("host"));
		assertEquals("postgresql", backup.manifestData().sourceKind());

		server.createDatabase("simpeg_restored");
		restore(backup.file(), "simpeg_restored");
		assertEquals(List.of("agency", "attachment", "visit"), tables("simpeg"));
		for (String table : tables("simpeg")) {
			String copy = "copy (select * from " + table + " order by id) to stdout";
			String original = server.psql("simpeg", copy);
			assertFalse(original.isBlank());
			assertEquals(original, server.psql("simpeg_restored", copy), "rows of table " + table);
		}
		assertTrue(server.psql("simpeg_restored", "select name from agency where id = 1").contains("Dinas Kominfo – Buleleng ✓ ñ 日本"));
		assertEquals(server.psql("simpeg", "select last_value from agency_id_seq"),
				server.psql("simpeg_restored", "select last_value from agency_id_seq"));
		assertEquals(server.psql("simpeg", "select * from busy_agency order by 1"),
				server.psql("simpeg_restored", "select * from busy_agency order by 1"));
	}

	@Test
	void killingPgDumpMidStreamFailsTheBackupAndLeavesNoFile(@TempDir Path targetRoot) throws IOException {
		server.createDatabase("bigdb");
		server.psql("bigdb", """
				create table scan(id int primary key, data bytea not null);
				alter table scan alter column data set storage external;
				insert into scan
				  select g, decode(string_agg(md5(random()::text || g || x), ''), 'hex')
				  from generate_series(1, 50) g, generate_series(1, 65536) x group by g;
				""");
		PostgresSource source = new PostgresSource(DatabaseUrl.parse(server.url("bigdb")), Tools.system());
		AtomicBoolean killed = new AtomicBoolean();
		ProgressListener killer = (sourceBytes, storedBytes) -> {
			if (sourceBytes >= (1 << 20) && killed.compareAndSet(false, true)) {
				Producers.kill("pg_dump");
			}
		};
		LocalFolderTarget target = new LocalFolderTarget(targetRoot);
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> target.write(request("sop/bigdb/db/bigdb.dump.zst"), source, killer));

		assertTrue(killed.get(), "the listener killed pg_dump");
		assertTrue(e.getMessage().startsWith("pg_dump was killed by signal 9 (KILL) before it finished"), e.getMessage());
		assertTrue(e.getMessage().contains("database 'bigdb'"), e.getMessage());
		assertEquals(List.of(), filesUnder(targetRoot), "no backup file, no .part and no manifest");
	}

	@Test
	void aDatabaseThatDoesNotExistIsNamedWithTheFix() {
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new PostgresSource(DatabaseUrl.parse(server.url("sipd_typo")), Tools.system()).preflight());
		assertEquals("database 'sipd_typo' does not exist on PostgreSQL at 127.0.0.1:" + server.port()
				+ ": create it, or fix the database name in the database URL " + server.url("sipd_typo"), e.getMessage());
	}

	@Test
	void aRoleThatDoesNotExistIsNamedWithTheFix() {
		String url = "postgresql://pegawai@127.0.0.1:" + server.port() + "/postgres";
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new PostgresSource(DatabaseUrl.parse(url), Tools.system()).preflight());
		assertTrue(e.getMessage().startsWith("PostgreSQL at 127.0.0.1:" + server.port() + " has no role 'pegawai': create the role"),
				e.getMessage());
	}

	@Test
	void aClosedPortSaysTheServerMayBeDown(@TempDir Path targetRoot) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closed = socket.getLocalPort();
		}
		String url = "postgresql://postgres@127.0.0.1:" + closed + "/simpeg";
		PostgresSource source = new PostgresSource(DatabaseUrl.parse(url), Tools.system());
		SourceFailedException e = assertThrows(SourceFailedException.class, source::preflight);
		assertTrue(e.getMessage().startsWith("cannot connect to PostgreSQL at 127.0.0.1:" + closed
				+ ": connection refused (is the server down, or listening on another port?)"), e.getMessage());
		assertTrue(e.getMessage().contains("start PostgreSQL"), e.getMessage());

		SourceFailedException write = assertThrows(SourceFailedException.class, () -> new LocalFolderTarget(targetRoot)
				.write(request("x/y/db/simpeg.dump.zst"), new PostgresSource(DatabaseUrl.parse(url), Tools.system()), ProgressListener.NONE));
		assertEquals(e.getMessage(), write.getMessage(), "open() runs the same preflight before it starts pg_dump");
		assertEquals(List.of(), filesUnder(targetRoot));
	}

	@Test
	void sakilaDumpsAndRestoresEveryTable(@TempDir Path targetRoot) throws IOException {
		Path sakila = PostgresServer.sakila().orElse(null);
		Assumptions.assumeTrue(sakila != null, "shared/testdata/sakila is not beside this checkout");
		server.createDatabase("sakila");
		server.psqlFile("sakila", sakila.resolve("postgres-sakila-schema.sql"));
		server.psqlFile("sakila", sakila.resolve("postgres-sakila-insert-data-using-copy.sql"));
		WrittenBackup backup = new LocalFolderTarget(targetRoot).write(request("demo/sakila/db/sakila.dump.zst"),
				new PostgresSource(DatabaseUrl.parse(server.url("sakila")), Tools.system()), ProgressListener.NONE);
		server.createDatabase("sakila_restored");
		restore(backup.file(), "sakila_restored");

		List<String> tables = tables("sakila");
		assertTrue(tables.size() >= 15, "sakila has its tables: " + tables);
		assertEquals(tables, tables("sakila_restored"));
		for (String table : tables) {
			String count = "select count(*) from only " + table;
			assertEquals(server.psql("sakila", count), server.psql("sakila_restored", count), "rows of " + table);
		}
		assertEquals("16044", server.psql("sakila_restored", "select count(*) from rental").strip());
	}

	static BackupRequest request(String relativePath) {
		String[] parts = relativePath.split("/");
		return new BackupRequest(parts[0], parts[1], parts[2], relativePath);
	}

	/** What an admin would type: {@code zstd -dc FILE | pg_restore --dbname URL}. */
	static void restore(Path file, String database) {
		Processes.shell(LONG, "zstd -q -dc '" + file + "' | '" + server.bin().resolve("pg_restore")
				+ "' --exit-on-error --no-password --dbname='" + server.url(database) + "'");
	}

	static List<String> tables(String database) {
		return server.psql(database, "select tablename from pg_tables where schemaname = 'public' order by 1").lines().toList();
	}

	static List<Path> filesUnder(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> !Files.isDirectory(p)).toList();
		}
	}
}
