package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
import id.cadang.testing.SshServer;

/**
 * Buleleng against a server reached over SSH, through the launcher: the host key is trusted with
 * {@code cadang ssh trust} and its fingerprint, the database is dumped ON the server, the application
 * folder is archived there, and both backups land on an SFTP "NAS". This machine plays every server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SshEndToEndTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private SshServer ssh;
	private Cadang cadang;

	@BeforeAll
	void start() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", "create table pegawai (id serial primary key, nama text); "
				+ "insert into pegawai (nama) select 'Pegawai ' || g from generate_series(1, 3000) g;");
		ssh = SshServer.start();
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		Path ownKey = Files.createDirectories(cadang.home().resolve("ssh")).resolve("id_ed25519");
		Files.copy(ssh.clientKey(), ownKey, StandardCopyOption.REPLACE_EXISTING);
		Files.setPosixFilePermissions(ownKey, PosixFilePermissions.fromString("rw-------"));
	}

	@AfterAll
	void stop() {
		if (ssh != null) {
			ssh.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void bulelengBacksUpARemoteServerToAnSftpNasOnceItsHostKeyIsTrusted() throws Exception {
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
		Path nas = Files.createDirectories(temp.resolve("nas"));
		String server = "root@127.0.0.1:" + ssh.port();
		assertEquals(0, cadang.run("bind", "buleleng",
				"db=postgresql://postgres@127.0.0.1:" + postgres.port() + "/simpeg?ssh=" + server,
				"app=ssh://" + server + app, "target=sftp://" + server + nas, "--name", "remote").exit());
		assertEquals(0, cadang.run("users", "add", "komang").exit());
		for (String role : List.of("staf-it", "kasi", "kabid")) {
			assertEquals(0, cadang.run("roles", "grant", "komang", "buleleng", role).exit());
		}

		// before the host key is trusted, the backup step fails and says how to trust it
		Cadang.Result untrusted = runToEnd();
		assertTrue(untrusted.out().contains("cadang ssh trust") || untrusted.err().contains("cadang ssh trust"),
				"the refusal names the trust command\n" + untrusted);
		assertTrue(backups().stream().allMatch(b -> b.get("status").getAsString().equals("FAILED")),
				"no backup of an unknown host is good");

		Cadang.Result wrong = cadang.run("ssh", "trust", "127.0.0.1:" + ssh.port(), "--fingerprint",
				"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertNotEquals(0, wrong.exit(), "a wrong fingerprint is not trusted\n" + wrong);
		Cadang.Result trust = cadang.run("ssh", "trust", "127.0.0.1:" + ssh.port(), "--fingerprint",
				ssh.hostKeyFingerprint());
		assertEquals(0, trust.exit(), trust::toString);

		Cadang.Result trusted = runToEnd();
		assertEquals("SUCCEEDED", status(trusted), trusted::toString);
		List<JsonObject> good = backups().stream().filter(b -> b.get("status").getAsString().equals("GOOD")).toList();
		assertEquals(2, good.size(), good::toString);
		for (JsonObject backup : good) {
			String path = backup.get("path").getAsString();
			assertTrue(path.startsWith("sftp://"), path);
			Path onDisk = Path.of(path.substring(path.indexOf(nas.toString())));
			String sha256sum = Processes.check(TIMEOUT, "sha256sum", onDisk.toString()).split("\\s+")[0];
			assertEquals(sha256sum, backup.get("sha256").getAsString(), "the file the NAS holds is the one catalogued");
			assertTrue(Files.exists(Path.of(onDisk + ".manifest.json")));
		}
	}

	/** Starts a run of the remote binding and completes its tasks; returns the run's status as JSON. */
	private Cadang.Result runToEnd() throws Exception {
		Cadang.Result run = cadang.run("run", "buleleng", "--binding", "remote", "--json");
		long id = Cadang.runId(run);
		cadang.completeTasks(id, "komang");
		return cadang.run("run-status", Long.toString(id), "--json");
	}

	private static String status(Cadang.Result runStatus) {
		return JsonParser.parseString(runStatus.out()).getAsJsonObject().get("status").getAsString();
	}

	private List<JsonObject> backups() throws Exception {
		Cadang.Result result = cadang.run("backups", "--sop", "buleleng", "--json");
		return JsonParser.parseString(result.out()).getAsJsonArray().asList().stream()
				.map(JsonElement::getAsJsonObject).toList();
	}
}
