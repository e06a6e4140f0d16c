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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.dump.internal.RowCounts;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.MariaDbServer;

/** Dumps real databases of a throwaway MariaDB through the storage pipeline and restores them into another. */
class MariaDbSourceTest {
	private static final List<String> TABLES = List.of("audit", "foto", "pegawai");
	private static MariaDbServer server;

	@BeforeAll
	static void startServer() {
		server = MariaDbServer.start();
		server.createDatabase("simpeg");
		server.sql("simpeg", """
				create table pegawai(id int primary key auto_increment, nip char(18) not null unique,
				  nama varchar(200) not null, catatan text, gaji decimal(14,2), lahir date) engine=InnoDB;
				insert into pegawai(nip, nama, catatan, gaji, lahir)
				  select concat('1997', lpad(seq, 14, '0')), concat('Ni Luh Putu ', seq, ' – Buleleng ✓ ñ 日本 😀🙏'),
				         if(seq % 7 = 0, null, concat('catatan\\tdengan tab\\nbaris baru \\'kutip\\' \\\\ ', seq)),
				         seq * 1000.25, date '1970-01-01' + interval (seq % 15000) day
				  from seq_1_to_3000;
				create table foto(id int primary key, pegawai_id int not null, data longblob not null,
				  foreign key (pegawai_id) references pegawai(id)) engine=InnoDB;
				insert into foto select seq, seq, concat(unhex('00FF00'), random_bytes(1024), unhex(md5(seq)), char(0))
				  from seq_1_to_200;
				create table audit(id int primary key auto_increment, pegawai_id int, aksi varchar(20), pada timestamp(6) default current_timestamp(6));
				create trigger pegawai_audit after update on pegawai for each row
				  insert into audit(pegawai_id, aksi) values (new.id, 'ubah');
				update pegawai set gaji = gaji + 1 where id <= 5;
				create function masa_kerja(lahir date) returns int deterministic return timestampdiff(year, lahir, date '2026-01-01');
				create procedure naik_gaji(in persen int) modifies sql data update pegawai set gaji = gaji * (100 + persen) / 100;
				create event bersih_audit on schedule every 1 day starts '2030-01-01 00:00:00' do delete from audit where pada < now() - interval 1 year;
				""");
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aDumpRestoresIntoAFreshServerTableByTableWithItsTriggerRoutinesAndEvent(@TempDir Path targetRoot) throws IOException {
		MariaDbSource source = new MariaDbSource(DatabaseUrl.parse(server.url("simpeg")), Tools.system());
		source.preflight();
		assertEquals(server.sql("simpeg", "select version()").strip(), source.serverVersion().orElseThrow());

		WrittenBackup backup = new LocalFolderTarget(targetRoot).write(PostgresSourceTest.request("buleleng/simpeg/db/simpeg.sql.zst"),
				source, ProgressListener.NONE);

		Map<String, String> facts = backup.manifestData().facts();
		assertEquals("mariadb", backup.manifestData().sourceKind());
		assertEquals("mariadb-dump", facts.get("tool"));
		assertTrue(facts.get("toolVersion").startsWith("mariadb-dump"), facts.toString());
		assertEquals(source.serverVersion().orElseThrow(), facts.get("serverVersion"));
		assertEquals("simpeg", facts.get("database"));
		assertEquals(realCounts(server, "simpeg"), RowCounts.fromJson(facts.get("rowCounts")), "row counts in the manifest");
		assertEquals(Map.of("audit", 5L, "foto", 200L, "pegawai", 3000L), RowCounts.fromJson(facts.get("rowCounts")));
		assertTrue(facts.get("rowCountsNote").contains("just before"), facts.toString());

		try (MariaDbServer fresh = MariaDbServer.start()) {
			fresh.load("zstd -q -dc '" + backup.file() + "'", "mysql");
			assertEquals(TABLES, fresh.sql("simpeg", "show tables").lines().toList());
			for (String table : TABLES) {
				String select = "select * from " + table + " order by id";
				if (table.equals("foto")) {
					select = "select id, pegawai_id, hex(data), length(data) from foto order by id";
				}
				String original = server.sql("simpeg", select);
				assertFalse(original.isBlank(), table);
				assertEquals(original, fresh.sql("simpeg", select), "rows of table " + table);
			}
			assertTrue(fresh.sql("simpeg", "select nama from pegawai where id = 1").contains("Buleleng ✓ ñ 日本 😀🙏"));
			assertEquals("utf8mb4", fresh.sql("simpeg", "select character_set_name from information_schema.columns"
					+ " where table_schema = 'simpeg' and table_name = 'pegawai' and column_name = 'nama'").strip());
			assertEquals("masa_kerja\nnaik_gaji", fresh.sql("simpeg", "select routine_name from information_schema.routines"
					+ " where routine_schema = 'simpeg' order by 1").strip());
			assertEquals("bersih_audit", fresh.sql("simpeg", "select event_name from information_schema.events").strip());
			fresh.sql("simpeg", "update pegawai set nama = 'baru' where id = 10");
			assertEquals("6", fresh.sql("simpeg", "select count(*) from audit").strip(), "the restored trigger fires");
			assertEquals("56", fresh.sql("simpeg", "select masa_kerja('1970-01-01')").strip(), "the restored function runs");
		}
	}

	@Test
	void thePasswordTravelsInAPrivateOptionFileNeverOnTheCommandLine(@TempDir Path work) throws IOException {
		Path bin = Files.createDirectories(work.resolve("bin"));
		Path log = work.resolve("args.log");
		wrapper(bin.resolve("mariadb-dump"), """
				for a in "$@"; do echo "ARG $a" >> '%1$s'; case "$a" in --defaults-extra-file=*) f="${a#*=}"; echo "MODE $(stat -c %%a "$f") $f" >> '%1$s';; esac; done
				exec /usr/bin/mariadb-dump "$@"
				""".formatted(log));
		Tools tools = new Tools(bin + ":" + System.getenv("PATH"), Path.of("/usr/lib/postgresql"));
		WrittenBackup backup = new LocalFolderTarget(Files.createDirectories(work.resolve("nas")))
				.write(PostgresSourceTest.request("a/b/db/simpeg.sql.zst"), new MariaDbSource(DatabaseUrl.parse(server.url("simpeg")), tools),
						ProgressListener.NONE);
		assertTrue(Files.size(backup.file()) > 0);

		String args = Files.readString(log);
		assertFalse(args.contains(MariaDbServer.PASSWORD), args);
		assertFalse(args.contains("rahasia"), args);
		assertTrue(args.contains("ARG --single-transaction"), args);
		String modeLine = args.lines().filter(l -> l.startsWith("MODE ")).findFirst().orElseThrow(() -> new AssertionError(args));
		assertTrue(modeLine.startsWith("MODE 600 "), modeLine);
		assertFalse(Files.exists(Path.of(modeLine.substring("MODE 600 ".length()))), "the option file is deleted after the dump");
	}

	@Test
	void aDumpCutOffBeforeItsTrailerIsFailedEvenWithExitZero(@TempDir Path work) throws IOException {
		Path bin = Files.createDirectories(work.resolve("bin"));
		wrapper(bin.resolve("mariadb-dump"), "/usr/bin/mariadb-dump \"$@\" | head -c 20000\nexit 0\n");
		Tools tools = new Tools(bin + ":" + System.getenv("PATH"), Path.of("/usr/lib/postgresql"));
		Path nas = Files.createDirectories(work.resolve("nas"));
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> new LocalFolderTarget(nas)
				.write(PostgresSourceTest.request("a/b/db/simpeg.sql.zst"), new MariaDbSource(DatabaseUrl.parse(server.url("simpeg")), tools),
						ProgressListener.NONE));
		assertEquals("mariadb-dump exited with status 0 but the dump of database 'simpeg' on 127.0.0.1:" + server.port()
				+ " does not end with its '-- Dump completed' line after 20000 bytes, so it was cut off:"
				+ " check the disk and the connection to the server, then run the backup again", e.getMessage());
		assertEquals(List.of(), PostgresSourceTest.filesUnder(nas), "no backup file, no .part and no manifest");
	}

	@Test
	void killingMariaDbDumpMidStreamFailsTheBackupAndLeavesNoFile(@TempDir Path nas) throws IOException {
		server.createDatabase("arsip");
		server.sql("arsip", """
				create table dokumen(id int primary key, isi longtext not null);
				insert into dokumen select seq, repeat(md5(seq), 4000) from seq_1_to_400;
				""");
		MariaDbSource source = new MariaDbSource(DatabaseUrl.parse(server.url("arsip")), Tools.system());
		AtomicBoolean killed = new AtomicBoolean();
		ProgressListener killer = (sourceBytes, storedBytes) -> {
			if (sourceBytes >= (1 << 20) && killed.compareAndSet(false, true)) {
				Producers.kill("mariadb-dump");
			}
		};
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new LocalFolderTarget(nas).write(PostgresSourceTest.request("a/arsip/db/arsip.sql.zst"), source, killer));
		assertTrue(killed.get(), "the listener killed mariadb-dump");
		assertTrue(e.getMessage().startsWith("mariadb-dump was killed by signal 9 (KILL) before it finished, so the dump of database 'arsip'"),
				e.getMessage());
		assertEquals(List.of(), PostgresSourceTest.filesUnder(nas));
	}

	@Test
	void aWrongPasswordIsNamedWithTheFixAndNeverShown() {
		String url = "mariadb://cadang:salah-sekali@127.0.0.1:" + server.port() + "/simpeg";
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new MariaDbSource(DatabaseUrl.parse(url), Tools.system()).preflight());
		assertEquals("MariaDB at 127.0.0.1:" + server.port() + " rejected user 'cadang' (wrong password, or the user may not log in"
				+ " from this machine): fix the user or the password in the database URL mariadb://cadang:PASSWORD@127.0.0.1:"
				+ server.port() + "/simpeg", e.getMessage());
		assertFalse(e.getMessage().contains("salah-sekali"));
	}

	@Test
	void anUnknownDatabaseIsNamedWithTheFix() {
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new MariaDbSource(DatabaseUrl.parse(server.url("sipd_typo")), Tools.system()).preflight());
		assertEquals("database 'sipd_typo' does not exist on MariaDB at 127.0.0.1:" + server.port()
				+ ": create it, or fix the database name in the database URL mariadb://cadang:***@127.0.0.1:" + server.port()
				+ "/sipd_typo", e.getMessage());
	}

	@Test
	void aServerThatIsDownSaysSo() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closed = socket.getLocalPort();
		}
		String url = "mariadb://cadang@127.0.0.1:" + closed + "/simpeg";
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new MariaDbSource(DatabaseUrl.parse(url), Tools.system()).preflight());
		assertEquals("cannot connect to MariaDB at 127.0.0.1:" + closed + ": connection refused (is the server down, or listening"
				+ " on another port?): start MariaDB, or fix the host and port in the database URL " + url, e.getMessage());
	}

	@Test
	void theTrailerMustBeTheLastLine() {
		assertTrue(MariaDbSource.endsWithTrailer("UNLOCK TABLES;\n-- Dump completed on 2026-11-21 20:35:58\n"));
		assertFalse(MariaDbSource.endsWithTrailer("-- Dump completed on 2026-11-21 20:35:58\nINSERT INTO x VALUES (1"));
		assertFalse(MariaDbSource.endsWithTrailer("INSERT INTO x VALUES (1),(2"));
		assertFalse(MariaDbSource.endsWithTrailer(""));
	}

	/** Exact counts of every base table, as an admin would take them. */
	static Map<String, Long> realCounts(MariaDbServer on, String database) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : on.sql(database, "show full tables where table_type = 'BASE TABLE'").lines()
				.map(l -> l.split("\t")[0]).toList()) {
			counts.put(table, Long.parseLong(on.sql(database, "select count(*) from `" + table + "`").strip()));
		}
		return counts;
	}

	static void wrapper(Path file, String body) throws IOException {
		Files.writeString(file, "#!/bin/bash\n" + body);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}
}
