package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/**
 * The foundation's promise, checked as an admin would: {@code ./cadang run buleleng} against a real
 * PostgreSQL and a real folder leaves two GOOD backups whose files match their sha256, which
 * {@code cadang verify} accepts, and rejects once one byte is changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulelengEndToEndTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private Cadang cadang;
	private Path app;
	private Path target;

	@BeforeAll
	void start() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", """
				create table pegawai (id serial primary key, nip text not null, nama text not null, foto bytea);
				insert into pegawai (nip, nama, foto)
				  select lpad(g::text, 18, '1'), 'Pegawai ' || g || ' – Kominfosanti Buleleng ✓', decode(md5(g::text) || md5((g+1)::text), 'hex')
				  from generate_series(1, 3000) g;
				create table unit (kode text primary key, nama text);
				insert into unit values ('DKIPS', 'Dinas Komunikasi, Informatika, Persandian dan Statistik');
				""");
		app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
		Path config = Files.createDirectories(app.resolve("config"));
		Files.writeString(config.resolve("db.ini"), "password=rahasia\n");
		Files.setPosixFilePermissions(config.resolve("db.ini"), PosixFilePermissions.fromString("rw-------"));
		target = Files.createDirectories(temp.resolve("nas/backup"));
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
	}

	@AfterAll
	void stop() {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void sopsListsTheBulelengPlugin() throws Exception {
		Cadang.Result table = cadang.run("sops");
		assertEquals(0, table.exit(), table::toString);
		assertTrue(table.out().contains("800/0015-12/Kominfosanti/2020"), table::toString);

		Cadang.Result json = cadang.run("sops", "--json");
		assertEquals(0, json.exit(), json::toString);
		JsonObject buleleng = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("sops").asList()
				.stream().map(JsonElement::getAsJsonObject).filter(s -> s.get("id").getAsString().equals("buleleng"))
				.findFirst().orElseThrow(() -> new AssertionError("no buleleng in " + json.out()));
		assertEquals("800/0015-12/Kominfosanti/2020", buleleng.get("number").getAsString());
		assertEquals(5, buleleng.getAsJsonArray("procedures").get(0).getAsJsonObject().get("steps").getAsInt());
	}

	@Test
	@Order(2)
	void runBulelengLeavesTwoGoodBackupsThatVerify() throws Exception {
		Cadang.Result bind = cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app,
				"target=" + target, "--name", "simpeg");
		assertEquals(0, bind.exit(), bind::toString);

		assertEquals(0, cadang.run("users", "add", "komang", "--nip", "198501012010011001", "--contact",
				"komang@bulelengkab.go.id").exit());
		for (String role : List.of("staf-it", "kasi")) {
			Cadang.Result grant = cadang.run("roles", "grant", "komang", "buleleng", role);
			assertEquals(0, grant.exit(), grant::toString);
		}

		Cadang.Result run = cadang.run("run", "buleleng");
		assertEquals(0, run.exit(), "a run waiting for a person is no failure\n" + run);
		assertTrue(run.out().contains("TUGAS DIBUKA"), "human steps are opened as tasks\n" + run);
		assertTrue(run.out().contains("cadang task done"), "the command to complete it is shown\n" + run);
		assertFalse(run.out().contains("Langkah 2"), "nothing runs before step 1 is done\n" + run);
		long runId = Long.parseLong(run.out().replaceAll("(?s).*\\(run #(\\d+)\\).*", "$1"));
		List<Cadang.Result> done = cadang.completeTasks(runId, "komang");
		assertTrue(done.stream().anyMatch(d -> d.out().contains("Langkah 2")), done::toString);
		done.forEach(d -> assertEquals(0, d.exit(), d::toString));
		Cadang.Result status = cadang.run("run-status", String.valueOf(runId), "--json");
		JsonObject statusJson = JsonParser.parseString(status.out()).getAsJsonObject();
		assertEquals("SUCCEEDED", statusJson.get("status").getAsString(), status::toString);
		List<JsonObject> steps = statusJson.getAsJsonArray("steps").asList().stream().map(JsonElement::getAsJsonObject)
				.toList();
		assertEquals(List.of("komang", "cadang", "cadang", "komang", "komang"),
				steps.stream().map(st -> st.get("actor").getAsString()).toList(), "who did each step");
		assertEquals(0, cadang.run("audit", "verify").exit(), "the audit trail is intact");

		List<JsonObject> backups = backups("--sop", "buleleng");
		assertEquals(2, backups.size(), backups::toString);
		for (JsonObject backup : backups) {
			assertEquals("GOOD", backup.get("status").getAsString(), backup::toString);
			Path file = Path.of(backup.get("path").getAsString());
			assertTrue(file.startsWith(target), file + " is under the bound target");
			String sha256sum = Processes.check(TIMEOUT, "sha256sum", file.toString()).split("\\s+")[0];
			assertEquals(sha256sum, backup.get("sha256").getAsString(), "catalog sha256 is the file's");
			assertEquals(Files.size(file), backup.get("size").getAsLong());
			Path manifest = Path.of(file + ".manifest.json");
			JsonObject manifestJson = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
			assertEquals(sha256sum, manifestJson.get("sha256").getAsString(), "manifest sha256 is the file's");
			assertEquals("buleleng", manifestJson.get("sop").getAsString());
			try (Stream<Path> parts = Files.walk(target)) {
				assertFalse(parts.anyMatch(p -> p.toString().endsWith(".part")), "no .part file is left");
			}
			Cadang.Result verify = cadang.run("verify", backup.get("id").getAsString());
			assertEquals(0, verify.exit(), verify::toString);
		}
		Map<String, JsonObject> bySlot = Map.of(backups.get(0).get("slot").getAsString(), backups.get(0),
				backups.get(1).get("slot").getAsString(), backups.get(1));
		assertEquals("postgresql", bySlot.get("db").get("sourceKind").getAsString());
		assertEquals("folder", bySlot.get("app").get("sourceKind").getAsString());

		// the database dump restores with the plain tools into a fresh database
		postgres.createDatabase("simpeg_restored");
		Path dump = Path.of(bySlot.get("db").get("path").getAsString());
		Processes.shell(TIMEOUT, "zstd -dc '" + dump + "' | '" + postgres.bin().resolve("pg_restore") + "' -h 127.0.0.1 -p "
				+ postgres.port() + " -U postgres -d simpeg_restored");
		assertEquals(postgres.psql("simpeg", "copy (select * from pegawai order by id) to stdout"),
				postgres.psql("simpeg_restored", "copy (select * from pegawai order by id) to stdout"));
	}

	@Test
	@Order(3)
	void verifyFailsOnceOneByteIsChanged() throws Exception {
		JsonObject backup = backups("--sop", "buleleng").get(0);
		Path file = Path.of(backup.get("path").getAsString());
		Path original = temp.resolve("original");
		Files.copy(file, original);
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(file, bytes);
		try {
			Cadang.Result verify = cadang.run("verify", backup.get("id").getAsString());
			assertNotEquals(0, verify.exit(), verify::toString);
			assertTrue(verify.err().contains("sha256"), verify::toString);
			assertEquals(1, verify.err().strip().lines().count(), "one line: " + verify.err());
		} finally {
			Files.copy(original, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		assertEquals(0, cadang.run("verify", backup.get("id").getAsString()).exit());
	}

	@Test
	@Order(4)
	void badInputGetsAOneLineReasonAndNonZeroExit() throws Exception {
		Cadang.Result unknownSop = cadang.run("run", "lumajang-tidak-ada");
		Cadang.Result unknownSlot = cadang.run("bind", "buleleng", "dbx=postgresql://a@b/c");
		Cadang.Result unknownBinding = cadang.run("run", "buleleng", "--binding", "tidak-ada");
		assertAll(
				() -> assertNotEquals(0, unknownSop.exit(), unknownSop::toString),
				() -> assertTrue(unknownSop.err().contains("lumajang-tidak-ada"), unknownSop::toString),
				() -> assertNotEquals(0, unknownSlot.exit(), unknownSlot::toString),
				() -> assertTrue(unknownSlot.err().contains("dbx"), unknownSlot::toString),
				() -> assertNotEquals(0, unknownBinding.exit(), unknownBinding::toString),
				() -> assertTrue(unknownBinding.err().contains("tidak-ada"), unknownBinding::toString));
		for (Cadang.Result r : List.of(unknownSop, unknownSlot, unknownBinding)) {
			assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
		}
	}

	@Test
	@Order(5)
	void aMissingDatabaseFailsTheRunWithAFailedRowAndNoFile() throws Exception {
		Cadang.Result bind = cadang.run("bind", "buleleng", "db=" + postgres.url("tidak_ada"), "app=" + app,
				"target=" + target, "--name", "salah");
		assertEquals(0, bind.exit(), bind::toString);
		Cadang.Result started = cadang.run("run", "buleleng", "--binding", "salah", "--json");
		assertEquals(0, started.exit(), started::toString);
		List<Cadang.Result> done = cadang.completeTasks(Cadang.runId(started), "komang");
		Cadang.Result run = done.get(done.size() - 1);
		assertEquals(1, run.exit(), run::toString);
		assertTrue(run.err().contains("tidak_ada"), "the reason names the database\n" + run);
		List<JsonObject> failed = backups("--source", "salah");
		assertEquals(1, failed.size(), failed::toString);
		assertEquals("FAILED", failed.get(0).get("status").getAsString());
		assertTrue(failed.get(0).get("error").getAsString().contains("tidak_ada"), failed::toString);
		assertFalse(Files.exists(Path.of(failed.get(0).get("path").getAsString())), "nothing under the final name");
	}

	@Test
	@Order(6)
	void aMissingTargetFolderFailsWithTheFix() throws Exception {
		Path missing = temp.resolve("nas-tidak-terpasang");
		assertEquals(0, cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app, "target=" + missing,
				"--name", "nas-hilang").exit());
		Cadang.Result started = cadang.run("run", "buleleng", "--binding", "nas-hilang", "--json");
		assertEquals(0, started.exit(), started::toString);
		List<Cadang.Result> done = cadang.completeTasks(Cadang.runId(started), "komang");
		Cadang.Result run = done.get(done.size() - 1);
		assertEquals(1, run.exit(), run::toString);
		assertTrue(run.err().contains(missing.toString()), run::toString);
		assertFalse(Files.exists(missing), "the target folder is not created behind the admin's back");
	}

	@Test
	@Order(7)
	void everyCommandHasHelp() throws Exception {
		for (String command : List.of("sops", "bind", "run", "backups", "verify", "runs", "run-status", "tasks", "task",
				"users", "roles", "audit")) {
			Cadang.Result help = cadang.run(command, "--help");
			assertEquals(0, help.exit(), help::toString);
			assertTrue(help.out().contains("cadang " + command), help::toString);
		}
	}

	private List<JsonObject> backups(String... filter) throws Exception {
		String[] args = Stream.concat(Stream.of("backups", "--json"), Stream.of(filter)).toArray(String[]::new);
		Cadang.Result result = cadang.run(args);
		assertEquals(0, result.exit(), result::toString);
		JsonArray array = JsonParser.parseString(result.out()).getAsJsonArray();
		return array.asList().stream().map(JsonElement::getAsJsonObject).toList();
	}
}
