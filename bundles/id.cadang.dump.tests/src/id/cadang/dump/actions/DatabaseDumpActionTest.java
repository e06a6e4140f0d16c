package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

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
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.model.Step;
import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/**
 * The {@code database-dump} action as the engine calls it, against a real PostgreSQL and a real H2
 * catalog: a good dump is GOOD with the file's own checksum; a dump killed mid-stream is FAILED in
 * the catalog with the reason and leaves nothing under a final name.
 */
class DatabaseDumpActionTest {

	private static PostgresServer server;

	@TempDir
	Path temp;

	private H2Catalog catalog;

	@BeforeAll
	static void startPostgres() {
		server = PostgresServer.start();
		server.createDatabase("kepegawaian");
		server.psql("kepegawaian", """
				create table berkas(id int primary key, isi bytea not null);
				alter table berkas alter column isi set storage external;
				insert into berkas
				  select g, decode(string_agg(md5(random()::text || g || x), ''), 'hex')
				  from generate_series(1, 40) g, generate_series(1, 65536) x group by g;
				""");
	}

	@AfterAll
	static void stopPostgres() {
		server.close();
	}

	@BeforeEach
	void openCatalog() {
		catalog = H2Catalog.open(temp.resolve("home"));
	}

	@AfterEach
	void closeCatalog() {
		catalog.close();
	}

	@Test
	void aGoodDumpIsRecordedGoodWithTheFilesChecksum() throws Exception {
		Path target = Files.createDirectories(temp.resolve("nas"));
		StepResult result = new DatabaseDumpAction().execute(context(target, RunListener.NONE));

		assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
		BackupRecord backup = single();
		assertEquals(BackupStatus.GOOD, backup.status());
		String sha256sum = Processes.check(Duration.ofMinutes(1), "sha256sum", backup.path()).split("\\s+")[0];
		assertEquals(sha256sum, backup.sha256());
		assertTrue(Files.exists(Path.of(backup.path() + ".manifest.json")));
		assertEquals("postgresql://postgres@127.0.0.1:" + server.port() + "/kepegawaian", backup.source());
	}

	@Test
	void aDumpKilledMidStreamIsFailedWithTheReasonAndLeavesNoFile() throws Exception {
		Path target = Files.createDirectories(temp.resolve("nas"));
		AtomicBoolean killed = new AtomicBoolean();
		RunListener killer = new RunListener() {
			@Override
			public void stepProgress(Step step, long bytes, String note) {
				if (bytes >= (1 << 20) && killed.compareAndSet(false, true)) {
					ProcessHandle.current().descendants()
							.filter(p -> p.info().command().map(c -> c.endsWith("/pg_dump")).orElse(false))
							.forEach(ProcessHandle::destroyForcibly);
				}
			}
		};

		StepResult result = new DatabaseDumpAction().execute(context(target, killer));

		assertTrue(killed.get(), "pg_dump was killed mid-stream");
		assertEquals(StepResult.Outcome.FAILED, result.outcome());
		BackupRecord backup = single();
		assertEquals(BackupStatus.FAILED, backup.status());
		assertTrue(backup.error().contains("pg_dump was killed"), backup.error());
		assertFalse(Files.exists(Path.of(backup.path())), "nothing under the final name");
		try (Stream<Path> files = Files.walk(target)) {
			assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no .part and no manifest left");
		}
	}

	@Test
	void aDatabaseThatDoesNotExistIsFailedBeforeTheTargetIsTouched() throws Exception {
		Path target = Files.createDirectories(temp.resolve("nas"));
		StepResult result = new DatabaseDumpAction().execute(context(target, RunListener.NONE, "tidak_ada"));

		assertEquals(StepResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("tidak_ada"), result.message());
		assertEquals(BackupStatus.FAILED, single().status());
		try (Stream<Path> files = Files.list(target)) {
			assertEquals(0, files.count(), "the target is untouched");
		}
	}

	private BackupRecord single() {
		List<BackupRecord> backups = catalog.backups(BackupQuery.all());
		assertEquals(1, backups.size(), backups::toString);
		return backups.get(0);
	}

	private StepContext context(Path target, RunListener listener) {
		return context(target, listener, "kepegawaian");
	}

	private StepContext context(Path target, RunListener listener, String database) {
		TestRun run = new TestRun(catalog, temp.resolve("home"), "buleleng",
				Map.of("db", server.url(database), "target", target.toString()));
		return run.step("2", Map.of("source", "db", "target", "target"), listener);
	}
}
