package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./cadang serve} in the background, as systemd runs it: a run starts by itself when its schedule says;
 * SIGTERM during the archive step lets the step finish and leaves the catalog consistent; SIGTERM with no time to
 * finish leaves no half-written file under a final name, and the next serve resumes the run instead of starting the
 * scheduled run again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeEndToEndTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@TempDir
	static Path temp;

	private Cadang cadang;
	private Path target;
	private Process serve;

	@BeforeAll
	void setUp() throws Exception {
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		Path app = Files.createDirectories(temp.resolve("srv/app"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'APP';\n");
		// incompressible, so that archiving it takes a few seconds: SIGTERM lands while the step runs
		Process random = new ProcessBuilder("head", "-c", "400M", "/dev/urandom")
				.redirectOutput(app.resolve("data.bin").toFile()).start();
		assertEquals(0, random.waitFor());
		target = Files.createDirectories(temp.resolve("nas"));
		Path plugins = Files.createDirectories(cadang.home().resolve("plugins"));
		jar(plugins.resolve("id.cadang.sop.jadwal_1.0.0.jar"));
		Cadang.Result bind = cadang.run("bind", "jadwal", "app=" + app, "target=" + target, "--name", "web");
		assertEquals(0, bind.exit(), bind::toString);
	}

	@AfterAll
	void stop() {
		if (serve != null && serve.isAlive()) {
			serve.destroyForcibly();
		}
	}

	@Test
	void aScheduledRunStartsByItselfAndSigtermLeavesTheCatalogConsistentForTheNextServe() throws Exception {
		Cadang.Result noSchedule = cadang.run("schedule", "list");
		assertEquals(0, noSchedule.exit(), noSchedule::toString);
		assertTrue(noSchedule.out().contains("Belum ada jadwal"), noSchedule::toString);
		Cadang.Result bad = cadang.run("schedule", "set", "web", "uji", "0 25 * * *");
		assertEquals(2, bad.exit(), bad::toString);
		assertTrue(bad.err().contains("'0 25 * * *' is not a valid cron expression"), bad::toString);

		// 1. due in a minute or two; SIGTERM while the archive is being written: the step finishes
		scheduleSoon();
		Cadang.Result list = cadang.run("schedule", "list", "--json");
		assertEquals(0, list.exit(), list::toString);
		JsonObject entry = JsonParser.parseString(list.out()).getAsJsonArray().get(0).getAsJsonObject();
		assertEquals("Asia/Jakarta", entry.get("timeZone").getAsString());
		assertEquals(5, entry.getAsJsonArray("next").size());

		serve = cadang.start(temp.resolve("serve-1.out"), "serve", "--interval", "1");
		waitForPart();
		serve.destroy(); // SIGTERM
		assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve did not stop after SIGTERM");
		String log = Files.readString(cadang.home().resolve("logs/cadang-0.log"));
		assertTrue(log.contains("SIGTERM"), log);
		assertTrue(log.contains("stopped: every run under way finished"), log);
		assertEquals(List.of(), parts(), "no half-written file is left");
		JsonArray backups = backups();
		assertEquals(1, backups.size(), backups::toString);
		assertEquals("GOOD", backups.get(0).getAsJsonObject().get("status").getAsString());
		assertFinalFilesAreGoodBackups();
		JsonObject status = status();
		assertEquals(List.of("WAITING"), statuses(status.getAsJsonArray("runs")),
				"the run went on to its human end step and waits there; nothing is left RUNNING");
		JsonObject slot = status.getAsJsonArray("slots").get(0).getAsJsonObject();
		assertFalse(slot.get("stale").getAsBoolean(), status::toString);
		assertEquals(backups.get(0).getAsJsonObject().get("id").getAsLong(), slot.get("backup").getAsLong());
		assertEquals(0, status.getAsJsonArray("alerts").size(), status::toString);

		// 2. due again; SIGTERM with no time to finish: nothing under a final name is half-written
		scheduleSoon();
		serve = cadang.start(temp.resolve("serve-2.out"), "serve", "--interval", "1", "--stop-timeout", "1");
		waitForPart();
		serve.destroy();
		assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve did not stop after SIGTERM");
		assertFinalFilesAreGoodBackups();

		// 3. the next serve resumes the interrupted run once its lease ran out, and does not start it again
		serve = cadang.start(temp.resolve("serve-3.out"), "serve", "--interval", "2");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (good(backups()) < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(3000);
		}
		serve.destroy();
		assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve did not stop after SIGTERM");
		JsonArray resumed = backups();
		assertEquals(2, good(resumed), () -> "the interrupted run was not resumed:\n" + resumed + "\n" + read("serve-3"));
		assertFinalFilesAreGoodBackups();
		JsonObject after = status();
		assertEquals(List.of("WAITING", "WAITING"), statuses(after.getAsJsonArray("runs")),
				"two scheduled runs, two runs: the resumed one was not started a second time");
		assertTrue(backups().asList().stream().noneMatch(b -> b.getAsJsonObject().get("status").getAsString()
				.equals("RUNNING")), "no backup is left RUNNING");
		String log3 = Files.readString(cadang.home().resolve("logs/cadang-0.log"));
		assertTrue(log3.contains("resumed run"), log3);
	}

	/** Sets the binding's own schedule to the next whole minute at least 20 s away, in Jakarta time. */
	private void scheduleSoon() throws Exception {
		ZonedDateTime at = ZonedDateTime.now(JAKARTA).plusSeconds(80).truncatedTo(ChronoUnit.MINUTES);
		Cadang.Result set = cadang.run("schedule", "set", "web", "uji", at.getMinute() + " " + at.getHour() + " * * *");
		assertEquals(0, set.exit(), set::toString);
		assertTrue(set.out().contains("uji"), set::toString);
	}

	private void waitForPart() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (parts().isEmpty()) {
			assertTrue(serve.isAlive(), () -> "serve ended: " + read("serve"));
			assertTrue(Instant.now().isBefore(deadline), "no scheduled run started writing within 4 minutes");
			Thread.sleep(100);
		}
	}

	private String read(String prefix) {
		try (Stream<Path> files = Files.list(temp)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).map(f -> {
				try {
					return Files.readString(f);
				} catch (java.io.IOException e) {
					return e.toString();
				}
			}).collect(Collectors.joining("\n"));
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}

	private List<Path> parts() throws Exception {
		try (Stream<Path> files = Files.walk(target)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
		}
	}

	/** Every file under a final name is a GOOD backup in the catalog, and every GOOD backup has its file. */
	private void assertFinalFilesAreGoodBackups() throws Exception {
		Set<String> finals;
		try (Stream<Path> files = Files.walk(target)) {
			finals = files.filter(Files::isRegularFile).map(Path::toString).filter(f -> f.endsWith(".tar.zst"))
					.collect(Collectors.toSet());
		}
		Set<String> good = backups().asList().stream().map(JsonElement::getAsJsonObject)
				.filter(b -> b.get("status").getAsString().equals("GOOD")).map(b -> b.get("path").getAsString())
				.collect(Collectors.toSet());
		assertEquals(good, finals);
		for (String file : finals) {
			Cadang.Result verify = cadang.run("verify", backups().asList().stream().map(JsonElement::getAsJsonObject)
					.filter(b -> file.equals(b.get("path").getAsString())).findFirst().orElseThrow().get("id")
					.getAsString());
			assertEquals(0, verify.exit(), verify::toString);
		}
	}

	private JsonArray backups() throws Exception {
		Cadang.Result backups = cadang.run("backups", "--json");
		assertEquals(0, backups.exit(), backups::toString);
		return JsonParser.parseString(backups.out()).getAsJsonArray();
	}

	private static long good(JsonArray backups) {
		return backups.asList().stream().filter(b -> b.getAsJsonObject().get("status").getAsString().equals("GOOD"))
				.count();
	}

	private JsonObject status() throws Exception {
		Cadang.Result status = cadang.run("status", "--json");
		assertEquals(0, status.exit(), status::toString);
		Cadang.Result text = cadang.run("status");
		assertEquals(0, text.exit(), text::toString);
		assertTrue(text.out().contains("Backup baik terbaru per slot"), text::toString);
		return JsonParser.parseString(status.out()).getAsJsonObject();
	}

	private static List<String> statuses(JsonArray runs) {
		return runs.asList().stream().map(r -> r.getAsJsonObject().get("status").getAsString()).toList();
	}

	private static void jar(Path file) throws Exception {
		String sop = """
				<?xml version="1.0" encoding="UTF-8"?>
				<sop:SopDocument xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sop="https://cadang.id/model/sop/1.0"
				    id="jadwal" number="UJI/JADWAL/2026" title="Backup aplikasi terjadwal" agency="Dinas Uji">
				  <roles id="admin" name="Admin"/>
				  <procedures id="backup" title="Backup">
				    <steps id="arsip" number="1" activity="Mengarsipkan folder aplikasi" shape="START" performers="admin">
				      <action type="folder-archive">
				        <parameters key="source" value="app" type="SLOT"/>
				        <parameters key="target" value="target" type="SLOT"/>
				      </action>
				    </steps>
				    <steps id="selesai" number="2" activity="Memeriksa hasil" shape="END" performers="admin"/>
				  </procedures>
				  <slots name="app" kind="FOLDER" label="Folder aplikasi"/>
				  <slots name="target" kind="TARGET" label="Folder tujuan"/>
				</sop:SopDocument>
				""";
		Cadang.sopPlugin(file, "id.cadang.sop.jadwal", "1.0.0", "sop/jadwal.sop", sop.getBytes(StandardCharsets.UTF_8));
	}
}
