package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/**
 * The restore procedure through {@code ./cadang} as people would do it: a backup taken by the Buleleng SOP, the data
 * damaged, a restore request filed, approved by another role holder, run with the web service stopped and started
 * again, and confirmed by the requester; the data equals the backup and the audit trail holds every step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreEndToEndTest {
	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private Cadang cadang;
	private Path web;
	private int port;

	@BeforeAll
	void start() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", "create table pegawai(id int primary key, nama text); "
				+ "insert into pegawai select g, 'Pegawai ' || g from generate_series(1, 500) g");
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		web = Files.createDirectories(temp.resolve("web"));
		Files.writeString(web.resolve("index.html"), "SIMPEG\n");
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = socket.getLocalPort();
		}
	}

	@AfterAll
	void stop() {
		Processes.run(TIMEOUT, "sh", "-c", "kill \"$(cat '" + web.resolve("pid") + "')\" 2>/dev/null; true");
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aRequestGoesThroughApprovalARestoreWithTheServiceStoppedAndTheRequestersConfirmation() throws Exception {
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
		Path target = Files.createDirectories(temp.resolve("nas"));
		ok(cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app, "target=" + target, "--name", "simpeg"));
		ok(cadang.run("users", "add", "komang"));
		ok(cadang.run("users", "add", "ani"));
		for (String role : List.of("staf-it", "kasi")) {
			ok(cadang.run("roles", "grant", "komang", "buleleng", role));
		}
		ok(cadang.run("roles", "grant", "ani", "buleleng", "staf-it"));
		Cadang.Result run = ok(cadang.run("run", "buleleng"));
		long runId = Long.parseLong(run.out().replaceAll("(?s).*\\(run #(\\d+)\\).*", "$1"));
		cadang.completeTasks(runId, "komang").forEach(RestoreEndToEndTest::ok);
		postgres.psql("simpeg", "delete from pegawai where id > 10; update pegawai set nama = 'rusak'");

		String server = Path.of(System.getProperty("java.home"), "bin", "jwebserver").toString();
		String start = "nohup '" + server + "' -b 127.0.0.1 -p " + port + " -d '" + web + "' >'" + web.resolve("log")
				+ "' 2>&1 & echo $! >'" + web.resolve("pid") + "'";
		String pid = "\"$(cat '" + web.resolve("pid") + "')\"";
		String stop = "kill " + pid + " && while kill -0 " + pid + " 2>/dev/null; do sleep 0.1; done && date +%s%N >>'"
				+ web.resolve("stopped") + "'";
		Processes.check(TIMEOUT, "sh", "-c", start);
		ok(cadang.run("restore", "service", "simpeg", "--stop", stop, "--start", start, "--health", "http://127.0.0.1:" + port + "/"));

		Cadang.Result filed = ok(cadang.run("restore", "request", "simpeg", "--slot", "db", "--as", "ani", "--application",
				"SIMPEG", "--data", "tabel pegawai", "--damage", "data pegawai tertimpa", "--json"));
		String id = JsonParser.parseString(filed.out()).getAsJsonObject().get("id").getAsString();
		assertEquals(1, cadang.run("restore", "approve", id, "--as", "ani").exit(), "the requester cannot approve");
		ok(cadang.run("restore", "approve", id, "--as", "komang"));

		Cadang.Result restored = cadang.run("restore", "run", id, "--as", "komang");

		assertEquals(0, restored.exit(), restored::toString);
		assertTrue(restored.out().contains("DIPULIHKAN") || restored.out().contains("BERHASIL"), restored::toString);
		assertEquals("500", postgres.psql("simpeg", "select count(*) from pegawai where nama like 'Pegawai %'").strip());
		assertTrue(Files.exists(web.resolve("stopped")), "the service was stopped");
		assertTrue(up(), "and runs again");
		ok(cadang.run("restore", "confirm", id, "--as", "ani"));

		JsonObject status = JsonParser.parseString(ok(cadang.run("restore", "status", id, "--json")).out()).getAsJsonObject();
		assertEquals("CONFIRMED", status.get("status").getAsString());
		assertEquals("komang", status.get("approver").getAsString());
		assertFalse(status.get("safetyBackup").isJsonNull(), "a safety backup was taken");
		List<String> actions = status.getAsJsonArray("audit").asList().stream().map(JsonElement::getAsJsonObject)
				.map(a -> a.get("action").getAsString()).toList();
		assertEquals(List.of("restore.request", "restore.approve", "restore.run", "restore.backup.chosen",
				"restore.backup.verified", "restore.safety", "restore.service.stopped", "restore.restore.start",
				"restore.restore.done", "restore.rows", "restore.service.started", "restore.restored", "restore.confirm"), actions);
		ok(cadang.run("audit", "verify"));
		JsonElement list = JsonParser.parseString(ok(cadang.run("restore", "status", "--json")).out());
		assertEquals(1, list.getAsJsonArray().size());
	}

	private boolean up() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
			connection.setConnectTimeout(1000);
			return connection.getResponseCode() == 200;
		} catch (java.io.IOException e) {
			return false;
		}
	}

	private static Cadang.Result ok(Cadang.Result result) {
		assertEquals(0, result.exit(), result::toString);
		return result;
	}
}
