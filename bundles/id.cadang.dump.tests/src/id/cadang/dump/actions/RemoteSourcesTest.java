package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.H2Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.Producers;
import id.cadang.model.Step;
import id.cadang.testing.MariaDbServer;
import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;
import id.cadang.testing.SshServer;

/**
 * Sources on a server over SSH, through the actions as the engine runs them: a real OpenSSH sshd on
 * loopback (this machine is the "remote"), a real PostgreSQL and MariaDB, a real H2 catalog. The dump
 * runs on the SSH server with its own tools and streams back; a dump killed there or a connection cut
 * is FAILED and leaves no file; an unknown host key is FAILED naming the fingerprint and the trust
 * command before anything is transferred; hostile names reach the tools literally.
 */
class RemoteSourcesTest {
	private static final Duration LONG = Duration.ofMinutes(5);

	private static SshServer ssh;
	private static PostgresServer postgres;
	private static MariaDbServer mariadb;

	@TempDir
	Path temp;

	private Path home;
	private Path nas;
	private H2Catalog catalog;

	@BeforeAll
	static void startServers() {
		ssh = SshServer.start();
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", """
				create table pegawai(id int primary key, nama text not null, gaji numeric(14,2));
				insert into pegawai select g, 'Pegawai ' || g || ' – Buleleng ✓', g * 1000.25 from generate_series(1, 5000) g;
				create table mutasi(id serial primary key, pegawai_id int references pegawai(id), catatan text);
				insert into mutasi(pegawai_id, catatan) select (g % 5000) + 1, repeat('pindah ', g % 20) from generate_series(1, 12000) g;
				""");
		postgres.createDatabase("arsip");
		postgres.psql("arsip", """
				create table berkas(id int primary key, isi bytea not null);
				alter table berkas alter column isi set storage external;
				insert into berkas
				  select g, decode(string_agg(md5(random()::text || g || x), ''), 'hex')
				  from generate_series(1, 40) g, generate_series(1, 65536) x group by g;
				""");
		mariadb = MariaDbServer.start();
		mariadb.createDatabase("sipd");
		mariadb.sql("sipd", """
				create table penduduk(id int primary key, nama varchar(200) not null, catatan text) character set utf8mb4;
				insert into penduduk select seq, concat('Warga ', seq, ' ✓ 日本'), repeat('x', seq % 50) from seq_1_to_7000;
				create table layanan(id int auto_increment primary key, penduduk_id int, jenis varchar(20));
				insert into layanan(penduduk_id, jenis) select seq % 7000 + 1, 'KTP' from seq_1_to_3000;
				""");
	}

	@AfterAll
	static void stopServers() {
		for (AutoCloseable server : new AutoCloseable[] { mariadb, postgres, ssh }) {
			try {
				if (server != null) {
					server.close();
				}
			} catch (Exception e) {
				// the next one still gets stopped
			}
		}
	}

	@BeforeEach
	void setUp() throws IOException {
		home = temp.resolve("home");
		Path sshFolder = Files.createDirectories(home.resolve("ssh"));
		Files.copy(ssh.clientKey(), sshFolder.resolve("id_ed25519"));
		Files.setPosixFilePermissions(sshFolder.resolve("id_ed25519"), PosixFilePermissions.fromString("rw-------"));
		ssh.writeKnownHosts(sshFolder.resolve("known_hosts"));
		nas = Files.createDirectories(temp.resolve("nas"));
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void closeCatalog() {
		catalog.close();
	}

	private String viaSsh() {
		return "?ssh=" + ssh.user() + "@127.0.0.1:" + ssh.port();
	}

	@Test
	void aRemotePostgresDumpRestoresRowForRow() throws IOException {
		StepResult result = run(new DatabaseDumpAction(), postgres.url("simpeg") + viaSsh(), RunListener.NONE);

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		BackupRecord backup = single(BackupStatus.GOOD);
		assertEquals(postgres.url("simpeg") + viaSsh(), backup.source());
		String manifest = Files.readString(Path.of(backup.path() + ".manifest.json"));
		assertTrue(manifest.contains("ssh://" + ssh.user() + "@127.0.0.1:" + ssh.port()), manifest);
		assertTrue(manifest.contains("public.pegawai") && manifest.contains("5000"), "row counts taken on the server: " + manifest);

		postgres.createDatabase("simpeg_pulih");
		Processes.shell(LONG, "zstd -q -dc '" + backup.path() + "' | '" + postgres.bin().resolve("pg_restore")
				+ "' --exit-on-error --no-password --dbname='" + postgres.url("simpeg_pulih") + "'");
		for (String query : List.of("select count(*), sum(gaji), md5(string_agg(nama, ',' order by id)) from pegawai",
				"select count(*), md5(string_agg(catatan, ',' order by id)) from mutasi")) {
			assertEquals(postgres.psql("simpeg", query), postgres.psql("simpeg_pulih", query), query);
		}
	}

	@Test
	void aRemoteWholeServerDumpEndsWithItsTrailer() throws IOException {
		StepResult result = run(new DatabaseDumpAction(), postgres.url("*") + viaSsh(), RunListener.NONE);

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		BackupRecord backup = single(BackupStatus.GOOD);
		String tail = Processes.shell(LONG, "zstd -q -dc '" + backup.path() + "' | tail -c 2000");
		assertTrue(tail.contains("-- PostgreSQL database cluster dump complete"), tail);
	}

	@Test
	void aRemoteMariaDbDumpRestoresRowForRow() throws IOException {
		String query = "select count(*), md5(group_concat(nama, catatan order by id separator ',')) from penduduk;"
				+ " select count(*), sum(penduduk_id) from layanan";
		String before = mariadb.sql("sipd", query);
		StepResult result = run(new DatabaseDumpAction(), mariadb.url("sipd") + viaSsh(), RunListener.NONE);

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		BackupRecord backup = single(BackupStatus.GOOD);
		assertFalse(Files.readString(Path.of(backup.path() + ".manifest.json")).contains("rahasia"), "no password in the manifest");

		mariadb.sql("mysql", "drop database sipd");
		mariadb.load("zstd -q -dc '" + backup.path() + "'", "mysql");
		assertEquals(before, mariadb.sql("sipd", query), "the restored database has the same rows");
	}

	@Test
	void aRemotePgDumpKilledBySignalIsFailedWithTheSignalAndLeavesNoFile() throws IOException {
		AtomicBoolean killed = new AtomicBoolean();
		RunListener killer = new RunListener() {
			@Override
			public void stepProgress(Step step, long bytes, String note) {
				if (bytes >= (1 << 20) && killed.compareAndSet(false, true)) {
					Producers.kill("pg_dump");
				}
			}
		};
		StepResult result = run(new DatabaseDumpAction(), postgres.url("arsip") + viaSsh(), killer);

		assertTrue(killed.get(), "the remote pg_dump was killed mid-stream");
		assertEquals(StepResult.Outcome.FAILED, result.outcome());
		BackupRecord backup = single(BackupStatus.FAILED);
		assertTrue(backup.error().startsWith("pg_dump was killed by signal 9 (KILL) before it finished"), backup.error());
		assertEquals(List.of(), filesUnder(nas), "no file, no .part, no manifest");
	}

	@Test
	void aConnectionCutMidDumpIsFailedNeverGood() throws IOException {
		AtomicBoolean cut = new AtomicBoolean();
		RunListener cutter = new RunListener() {
			@Override
			public void stepProgress(Step step, long bytes, String note) {
				if (bytes >= (1 << 20) && cut.compareAndSet(false, true)) {
					ssh.killSessions();
				}
			}
		};
		StepResult result = run(new DatabaseDumpAction(), postgres.url("arsip") + viaSsh(), cutter);

		assertTrue(cut.get(), "the SSH connection was cut mid-dump");
		assertEquals(StepResult.Outcome.FAILED, result.outcome(), result.message());
		BackupRecord backup = single(BackupStatus.FAILED);
		assertNotEquals(BackupStatus.GOOD, backup.status());
		assertTrue(backup.error().startsWith("pg_dump lost its SSH connection before it finished, so the dump of database 'arsip'"),
				backup.error());
		assertEquals(List.of(), filesUnder(nas), "no file, no .part, no manifest");
	}

	@Test
	void anUnknownHostKeyIsFailedWithTheFingerprintAndTheTrustCommandAndNothingIsTransferred() throws IOException {
		Files.writeString(home.resolve("ssh/known_hosts"), "");
		StepResult result = run(new DatabaseDumpAction(), postgres.url("simpeg") + viaSsh(), RunListener.NONE);

		assertEquals(StepResult.Outcome.FAILED, result.outcome());
		BackupRecord backup = single(BackupStatus.FAILED);
		assertTrue(backup.error().contains(ssh.hostKeyFingerprint()), backup.error());
		assertTrue(backup.error().contains("cadang ssh trust 127.0.0.1:" + ssh.port() + " " + ssh.hostKeyFingerprint()), backup.error());
		assertEquals(List.of(), filesUnder(nas), "the target is untouched");
	}

	@Test
	void aHostileDatabaseNameReachesPgDumpLiterally() throws IOException {
		String name = "x'; touch /tmp/cadang-z; '";
		Path marker = Path.of("/tmp/cadang-z");
		Files.deleteIfExists(marker);
		postgres.createDatabase(name);
		postgres.psql(name, "create table t(id int); insert into t values (1), (2), (3);");
		String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");

		StepResult result = run(new DatabaseDumpAction(), postgres.url(encoded) + viaSsh(), RunListener.NONE);

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		assertFalse(Files.exists(marker), "the name was never run as a command");
		String listing = Processes.shell(LONG, "zstd -q -dc '" + single(BackupStatus.GOOD).path() + "' | '"
				+ postgres.bin().resolve("pg_restore") + "' --list");
		assertTrue(listing.contains("TABLE public t"), listing);
	}

	@Test
	void aHostileFolderNameIsArchivedLiterallyOverSsh() throws IOException {
		Path marker = Path.of("/tmp/cadang-y");
		Files.deleteIfExists(marker);
		Path app = Files.createDirectories(temp.resolve("srv/$(touch " + marker + ")"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'simpeg';");
		Files.createDirectories(app.resolve("cache"));
		Files.writeString(app.resolve("cache/a.tmp"), "x");
		String url = ssh.url() + app.toString().replace(" ", "%20");

		StepResult result = run(new FolderArchiveAction(), url, RunListener.NONE, Map.of("exclude", "cache"));

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		assertFalse(Files.exists(marker), "the path was never run as a command");
		BackupRecord backup = single(BackupStatus.GOOD);
		assertEquals(ssh.url() + app, backup.source());
		assertEquals("./index.php", Processes.shell(LONG, "zstd -q -dc '" + backup.path() + "' | tar -t | grep -v '/$'").strip());
	}

	@Test
	void aMissingRemoteFolderIsFailedNamingTheServer() {
		StepResult result = run(new FolderArchiveAction(), ssh.url() + "/srv/tidak-ada", RunListener.NONE);

		assertEquals(StepResult.Outcome.FAILED, result.outcome());
		assertEquals("application folder /srv/tidak-ada on " + ssh.url() + " does not exist: bind app= to the folder that"
				+ " holds the application (ssh://user@host:port/path)", result.message());
	}

	private StepResult run(StepAction action, String source, RunListener listener) {
		return run(action, source, listener, Map.of());
	}

	private StepResult run(StepAction action, String source, RunListener listener, Map<String, String> extra) {
		TestRun run = new TestRun(catalog, home, "buleleng", Map.of("db", source, "target", nas.toString()));
		Map<String, String> parameters = new java.util.HashMap<>(Map.of("source", "db", "target", "target"));
		parameters.putAll(extra);
		try {
			return action.execute(run.step("2", parameters, listener));
		} catch (Exception e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	private BackupRecord single(BackupStatus expected) {
		List<BackupRecord> backups = catalog.backups(BackupQuery.all());
		assertEquals(1, backups.size(), backups::toString);
		assertEquals(expected, backups.get(0).status(), backups.get(0).error());
		return backups.get(0);
	}

	static List<Path> filesUnder(Path root) throws IOException {
		try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> !Files.isDirectory(p)).toList();
		}
	}
}
