package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;
import id.cadang.testing.SmtpServer;

/**
 * Notifications through {@code ./cadang}, with a real SMTP server (aiosmtpd) that asks for a login: the holder of
 * Buleleng's roles receives the mail of each task opened for them; while the server is down the run goes on and
 * the mail waits PENDING with the reason, and {@code cadang notifications retry} sends it once the server is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsEndToEndTest {

	private static final String PASSWORD = "sandi-smtp-rahasia";

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private SmtpServer smtp;
	private Cadang cadang;
	private long runId;

	@BeforeAll
	void start() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", "create table pegawai (nip text primary key, nama text); "
				+ "insert into pegawai values ('198501012010011001', 'I Komang Adi');");
		smtp = SmtpServer.startWithLogin("cadang", PASSWORD);
		Path home = Files.createDirectories(temp.resolve("home"));
		Files.writeString(home.resolve("cadang.properties"), String.join("\n",
				"smtp.host=127.0.0.1",
				"smtp.port=" + smtp.port(),
				"smtp.from=cadang@bulelengkab.go.id",
				"smtp.user=cadang",
				"smtp.password=" + PASSWORD,
				""));
		cadang = new Cadang(home);
	}

	@AfterAll
	void stop() {
		if (smtp != null) {
			smtp.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aTestMailGoesThroughTheConfiguredServer() throws Exception {
		Cadang.Result test = cadang.run("notifications", "test", "--to", "admin@bulelengkab.go.id");
		assertEquals(0, test.exit(), test::toString);
		assertTrue(test.out().contains("admin@bulelengkab.go.id"), test::toString);
		assertFalse(test.out().contains(PASSWORD) || test.err().contains(PASSWORD), "the password is never shown");
		SmtpServer.Mail mail = smtp.messages().get(0);
		assertEquals(List.of("admin@bulelengkab.go.id"), mail.to());
		assertEquals("[Cadang] Surel uji", mail.subject());

		Cadang.Result bad = cadang.run("notifications", "test");
		assertEquals(2, bad.exit(), "--to is needed\n" + bad);
	}

	@Test
	@Order(2)
	void theRoleHolderReceivesTheMailOfTheTaskOpenedForThem() throws Exception {
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
		Path target = Files.createDirectories(temp.resolve("nas"));
		assertEquals(0, cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app, "target=" + target,
				"--name", "simpeg").exit());
		assertEquals(0, cadang.run("users", "add", "komang", "--full-name", "I Komang Adi", "--contact",
				"komang@bulelengkab.go.id").exit());
		assertEquals(0, cadang.run("users", "add", "wayan", "--contact", "0812-3456-7890").exit());
		for (String role : List.of("staf-it", "kasi")) {
			assertEquals(0, cadang.run("roles", "grant", "komang", "buleleng", role).exit());
		}
		assertEquals(0, cadang.run("roles", "grant", "wayan", "buleleng", "staf-it").exit());

		Cadang.Result run = cadang.run("run", "buleleng", "--json");
		assertEquals(0, run.exit(), run::toString);
		runId = Cadang.runId(run);
		long taskId = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("tasks").get(0)
				.getAsJsonObject().get("id").getAsLong();

		List<SmtpServer.Mail> mails = mailsTo("komang@bulelengkab.go.id");
		assertEquals(1, mails.size(), "the mail went out before cadang run returned: " + smtp.messages());
		SmtpServer.Mail mail = mails.get(0);
		assertEquals("[Cadang] Tugas " + taskId + ": buleleng langkah 1 menunggu Staf IT", mail.subject());
		assertTrue(mail.body().startsWith("Yth. I Komang Adi,"), mail.body());
		for (String line : List.of("Langkah 1: Persiapan Backup", "Peran: Staf IT", "Tenggat: ", "(mutu baku: 15 Menit)",
				"cadang task done " + taskId + " --as komang", "Dear I Komang Adi,", "Step 1: Persiapan Backup")) {
			assertTrue(mail.body().contains(line), "'" + line + "' in:\n" + mail.body());
		}

		List<JsonObject> stored = notifications();
		JsonObject toKomang = stored.stream().filter(n -> "komang".equals(string(n, "user"))).findFirst().orElseThrow();
		assertEquals("SENT", string(toKomang, "state"), toKomang::toString);
		JsonObject toWayan = stored.stream().filter(n -> "wayan".equals(string(n, "user"))).findFirst().orElseThrow();
		assertEquals("LOGGED", string(toWayan, "state"), "wayan has only a phone number");
		assertTrue(string(toWayan, "error").contains("cadang users add wayan --contact"), toWayan::toString);

		Cadang.Result table = cadang.run("notifications");
		assertEquals(0, table.exit(), table::toString);
		assertTrue(table.out().contains("Server SMTP: cadang@127.0.0.1:" + smtp.port()), table::toString);
		assertTrue(table.out().contains("TERKIRIM") && table.out().contains("DICATAT"), table::toString);
		assertFalse(table.out().contains(PASSWORD), table::toString);
		assertTrue(runtimeLog().contains("TASK_OPENED for komang"), "a log line for every notice");
		assertFalse(runtimeLog().contains(PASSWORD), "the password is never logged");
	}

	@Test
	@Order(3)
	void whileTheServerIsDownTheRunGoesOnAndTheMailIsSentOnRetry() throws Exception {
		smtp.kill();
		Cadang.Result done = cadang.run("task", "done", openTask(), "--as", "komang");
		assertEquals(0, done.exit(), "the mail server being down changes nothing for the run\n" + done);
		assertTrue(done.out().contains("Langkah 2") && done.out().contains("Langkah 4"), done::toString);
		JsonObject status = JsonParser.parseString(cadang.run("run-status", String.valueOf(runId), "--json").out())
				.getAsJsonObject();
		assertEquals("WAITING", status.get("status").getAsString(), status::toString);

		JsonObject pending = notifications().stream().filter(n -> "komang".equals(string(n, "user"))).findFirst()
				.orElseThrow();
		assertEquals("PENDING", string(pending, "state"), pending::toString);
		assertEquals("4", string(pending, "step"));
		assertTrue(string(pending, "error").contains("Connection refused"), pending::toString);
		assertTrue(cadang.run("notifications").out().contains("TERTUNDA"));

		Cadang.Result stillDown = cadang.run("notifications", "retry");
		assertEquals(1, stillDown.exit(), "still pending while the server is down\n" + stillDown);

		smtp.restart();
		Cadang.Result retry = cadang.run("notifications", "retry");
		assertEquals(0, retry.exit(), retry::toString);
		List<SmtpServer.Mail> mails = mailsTo("komang@bulelengkab.go.id");
		assertEquals(2, mails.size(), mails::toString);
		assertTrue(mails.get(1).subject().contains("buleleng langkah 4"), mails.get(1).subject());
		JsonObject sent = notifications().stream().filter(n -> "komang".equals(string(n, "user"))).findFirst()
				.orElseThrow();
		assertEquals("SENT", string(sent, "state"), sent::toString);
	}

	@Test
	@Order(4)
	void helpNamesTheCommand() throws Exception {
		Cadang.Result help = cadang.run("notifications", "--help");
		assertEquals(0, help.exit(), help::toString);
		assertTrue(help.out().contains("cadang notifications test --to"), help::toString);
		assertTrue(cadang.run("help").out().contains("notifications"));
	}

	private String openTask() throws Exception {
		return JsonParser.parseString(cadang.run("tasks", "--json").out()).getAsJsonArray().get(0).getAsJsonObject()
				.get("id").getAsString();
	}

	private List<SmtpServer.Mail> mailsTo(String address) {
		return smtp.messages().stream().filter(m -> m.to().contains(address)).toList();
	}

	private List<JsonObject> notifications() throws Exception {
		Cadang.Result list = cadang.run("notifications", "--json");
		assertEquals(0, list.exit(), list::toString);
		return JsonParser.parseString(list.out()).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
				.toList();
	}

	private static String string(JsonObject o, String key) {
		JsonElement value = o.get(key);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private String runtimeLog() throws Exception {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(cadang.home().resolve("runtime"))) {
			for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
				all.append(Files.readString(log));
			}
		}
		return all.toString();
	}
}
