package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.H2Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepResult;
import id.cadang.testing.Processes;

/** The actions choose the source by what is bound: H2 files, and folder excludes from the step's parameters. */
class SourceKindsActionTest {

	@TempDir
	Path temp;

	private H2Catalog catalog;
	private Path nas;

	@BeforeEach
	void openCatalog() throws Exception {
		catalog = H2Catalog.open(temp.resolve("home"));
		nas = Files.createDirectories(temp.resolve("nas"));
	}

	@AfterEach
	void closeCatalog() {
		catalog.close();
	}

	@Test
	void anH2FileIsDumpedByTheDatabaseDumpAction() throws Exception {
		Path data = Files.createDirectories(temp.resolve("app/data"));
		try (Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + data.resolve("simpeg"), credentials("sa", ""));
				Statement s = c.createStatement()) {
			s.execute("create table pegawai(id int primary key, nama varchar(100)); insert into pegawai select x, 'P' || x from system_range(1, 321)");
		}
		StepResult result = run(new DatabaseDumpAction(), "h2:" + data.resolve("simpeg.mv.db"), Map.of());

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		BackupRecord backup = single();
		assertEquals("h2", backup.sourceKind());
		String script = Processes.shell(Duration.ofMinutes(1), "zstd -q -dc '" + backup.path() + "'");
		assertTrue(script.contains("CREATE MEMORY TABLE \"PUBLIC\".\"PEGAWAI\"") || script.contains("\"PUBLIC\".\"PEGAWAI\""), script);
		String manifest = Files.readString(Path.of(backup.path() + ".manifest.json"));
		assertTrue(manifest.contains("PUBLIC.PEGAWAI") && manifest.contains("321"), "row counts in the manifest: " + manifest);
	}

	@Test
	void anH2FileWithAUserAndPasswordIsOpenedWithThem() throws Exception {
		Path data = Files.createDirectories(temp.resolve("app/data"));
		try (Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + data.resolve("sipd"), credentials("admin", "sandi 1@"));
				Statement s = c.createStatement()) {
			s.execute("create table t(id int)");
		}
		StepResult wrong = run(new DatabaseDumpAction(), "h2://admin:salah@" + data.resolve("sipd.mv.db"), Map.of());
		assertEquals(StepResult.Outcome.FAILED, wrong.outcome());
		assertTrue(wrong.message().contains("rejected user 'admin'"), wrong.message());

		StepResult right = run(new DatabaseDumpAction(), "h2://admin:sandi%201%40@" + data.resolve("sipd.mv.db"), Map.of());
		assertEquals(StepResult.Outcome.SUCCEEDED, right.outcome(), right.message());
	}

	@Test
	void anH2FileOverSshIsRefusedWithTheReason() {
		StepConfigurationException e = assertThrows(StepConfigurationException.class,
				() -> run(new DatabaseDumpAction(), "h2:/srv/app/data/app.mv.db?ssh=root@10.0.0.5:22", Map.of()));
		assertTrue(e.getMessage().startsWith("H2 database h2:/srv/app/data/app.mv.db?ssh=root@10.0.0.5:22 cannot be dumped over SSH"),
				e.getMessage());
	}

	@Test
	void aQueryParameterOtherThanSshIsRefused() {
		StepConfigurationException e = assertThrows(StepConfigurationException.class,
				() -> run(new DatabaseDumpAction(), "postgresql://backup@localhost:5432/simpeg?sslmode=require", Map.of()));
		assertTrue(e.getMessage().contains("query parameter 'sslmode' is not taken"), e.getMessage());
		assertEquals(List.of(), catalog.backups(BackupQuery.all()), "nothing was started");
	}

	@Test
	void theFolderArchiveActionPassesItsExcludeParameter() throws Exception {
		Path app = temp.resolve("srv/sipd");
		for (String file : List.of("index.php", "cache/views/a.php", "storage/logs/laravel.log", "storage/app/upload.pdf", "sub/cache/keep.php")) {
			Files.createDirectories(app.resolve(file).getParent());
			Files.writeString(app.resolve(file), file);
		}
		StepResult result = run(new FolderArchiveAction(), app.toString(), Map.of("exclude", "cache, storage/logs/*.log ,"));

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		List<String> files = Processes.shell(Duration.ofMinutes(1), "zstd -q -dc '" + single().path() + "' | tar -t | grep -v '/$' | sort")
				.lines().toList();
		assertEquals(List.of("./index.php", "./storage/app/upload.pdf", "./sub/cache/keep.php"), files);
	}

	private static java.util.Properties credentials(String user, String password) {
		java.util.Properties p = new java.util.Properties();
		p.setProperty("user", user);
		p.setProperty("password", password);
		return p;
	}

	private StepResult run(StepAction action, String source, Map<String, String> extra) throws Exception {
		TestRun run = new TestRun(catalog, temp.resolve("home"), "kudus", Map.of("db", source, "target", nas.toString()));
		Map<String, String> parameters = new java.util.HashMap<>(Map.of("source", "db", "target", "target"));
		parameters.putAll(extra);
		return action.execute(run.step("2", parameters, RunListener.NONE));
	}

	private BackupRecord single() {
		List<BackupRecord> backups = catalog.backups(BackupQuery.all());
		assertEquals(1, backups.size(), backups::toString);
		assertEquals(BackupStatus.GOOD, backups.get(0).status(), backups.get(0).error());
		return backups.get(0);
	}
}
