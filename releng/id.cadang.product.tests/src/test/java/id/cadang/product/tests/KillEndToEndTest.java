package id.cadang.product.tests;

import static id.cadang.product.tests.CliChecks.backups;
import static id.cadang.product.tests.CliChecks.ok;
import static id.cadang.product.tests.CliChecks.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;

/**
 * The runtime is killed (SIGKILL) while a run waits on a task and while an automated step runs: the next
 * {@code cadang} command on the same computer sees the dead process at once, runs the cut dump again (it is safe to
 * repeat) and the run goes on to its end. A run waiting on a task needs no process at all: every command here is a
 * process that ends, and the run goes on from the catalog.
 */
class KillEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void aRuntimeKilledMidDumpIsResumedByTheNextCommandAndTheRunEnds() throws Exception {
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("simpeg");
			postgres.psql("simpeg", "create table pegawai (nip text primary key, nama text);"
					+ " insert into pegawai values ('198501012010011001', 'Komang Ayu');");
			Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
			Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
			Path target = Files.createDirectories(temp.resolve("nas"));
			Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
			ok(cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app, "target=" + target, "--name",
					"simpeg"));
			ok(cadang.run("users", "add", "komang"));
			ok(cadang.run("roles", "grant", "komang", "buleleng", "staf-it"));
			ok(cadang.run("roles", "grant", "komang", "buleleng", "kasi"));
			long runId = Cadang.runId(ok(cadang.run("run", "buleleng", "--binding", "simpeg", "--json")));
			JsonObject prepare = openTask(cadang, runId); // the process that started the run has ended: it waits

			// another session locks the table, so pg_dump waits inside step 2 until the lock goes
			Process lock = new ProcessBuilder(postgres.bin().resolve("psql").toString(), "-X", "-h", "127.0.0.1", "-p",
					Integer.toString(postgres.port()), "-U", "postgres", "-d", "simpeg", "-c",
					"BEGIN; LOCK TABLE pegawai IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(600);")
					.redirectErrorStream(true).redirectOutput(temp.resolve("lock.log").toFile()).start();
			try {
				awaitLock(postgres);
				Process dumping = cadang.start(temp.resolve("killed.log"), "task", "done",
						prepare.get("id").getAsString(), "--as", "komang");
				awaitDumpWaitingForTheLock(postgres, dumping, temp.resolve("killed.log"));
				Cadang.Result running = ok(cadang.run("run-status", String.valueOf(runId), "--json"));
				assertEquals("RUNNING", JsonParser.parseString(running.out()).getAsJsonObject().getAsJsonArray("steps")
						.get(1).getAsJsonObject().get("status").getAsString(), running::toString);
				dumping.destroyForcibly();
				assertTrue(dumping.waitFor(1, TimeUnit.MINUTES), "the runtime is gone");
			} finally {
				postgres.psql("simpeg", "select pg_terminate_backend(pid) from pg_locks"
						+ " where relation = 'pegawai'::regclass and mode = 'AccessExclusiveLock'");
				lock.destroyForcibly();
			}

			Cadang.Result resumed = ok(cadang.run("runs"));
			assertTrue(resumed.out().contains("Run #" + runId + " dilanjutkan"), resumed::toString);
			assertEquals("4", openTask(cadang, runId).get("step").getAsString(),
					"the dump ran again, the archive ran, and the run waits for the report");
			cadang.completeTasks(runId, "komang").forEach(CliChecks::ok);

			RunStatus status = RunStatus.of(cadang, runId).assertSucceededWithWhoAndTime();
			assertEquals(List.of("1", "2", "2", "3", "4", "5"), status.numbers());
			assertEquals(List.of("komang", "cadang", "cadang", "cadang", "komang", "komang"), status.actors());
			JsonObject cut = status.steps().get(1);
			assertEquals("FAILED", cut.get("status").getAsString());
			assertTrue(cut.get("message").getAsString().contains("interrupted by a restart"), cut::toString);
			List<JsonObject> backups = backups(cadang);
			List<JsonObject> good = backups.stream().filter(b -> b.get("status").getAsString().equals("GOOD")).toList();
			List<JsonObject> failed = backups.stream().filter(b -> b.get("status").getAsString().equals("FAILED")).toList();
			assertEquals(List.of("app", "db"), good.stream().map(b -> b.get("slot").getAsString()).sorted().toList(),
					backups::toString);
			assertEquals(1, failed.size(), backups::toString);
			assertEquals("db", failed.get(0).get("slot").getAsString());
			assertTrue(failed.get(0).get("error").getAsString().contains("interrupted by a restart"), failed::toString);
			for (JsonObject backup : good) {
				ok(cadang.run("verify", backup.get("id").getAsString()));
			}
			ok(cadang.run("audit", "verify"));
		}
	}

	private static void awaitLock(PostgresServer postgres) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (postgres.psql("simpeg", "select count(*) from pg_locks where relation = 'pegawai'::regclass"
					+ " and mode = 'AccessExclusiveLock' and granted").strip().equals("1")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the table lock was never taken");
	}

	/** Waits until step 2's dump (pg_dump, or its row count) waits for the table lock: the runtime is inside the step. */
	private static void awaitDumpWaitingForTheLock(PostgresServer postgres, Process runtime, Path log) throws Exception {
		for (int i = 0; i < 600; i++) {
			if (!postgres.psql("simpeg", "select count(*) from pg_stat_activity where datname = 'simpeg'"
					+ " and wait_event_type = 'Lock'").strip().equals("0")) {
				return;
			}
			if (!runtime.isAlive()) {
				throw new AssertionError("the runtime ended before its dump started:\n" + Files.readString(log));
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the dump never reached the table:\n" + Files.readString(log));
	}
}
