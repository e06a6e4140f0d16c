package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
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
import id.cadang.testing.SshServer;

/**
 * Secrets and encryption at rest through the launcher, each command its own runtime: a passphrase stored with
 * {@code cadang secret set} from standard input unlocks Cadang's SSH key in the next process, {@code secret list}
 * shows names only, the storage file never holds the secret; a target with {@code ?encrypt=} stores an
 * encrypted backup that {@code cadang verify} reads back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsEndToEndTest {

	@TempDir
	static Path temp;

	private SshServer ssh;
	private PostgresServer postgres;
	private Cadang cadang;

	@BeforeAll
	void start() throws Exception {
		ssh = SshServer.start();
		postgres = PostgresServer.start();
		postgres.createDatabase("siakad");
		postgres.psql("siakad", "create table mahasiswa (nim text primary key, nama text); "
				+ "insert into mahasiswa select 'NIM' || g, 'Mahasiswa rahasia ' || g from generate_series(1, 5000) g;");
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
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
	void aStoredPassphraseUnlocksTheSshKeyInTheNextRuntimeAndIsNeverShown() throws Exception {
		Path key = Files.createDirectories(cadang.home().resolve("ssh")).resolve("id_ed25519");
		Files.copy(ssh.clientKeyWithPassphrase(), key, StandardCopyOption.REPLACE_EXISTING);
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
		String server = "127.0.0.1:" + ssh.port();
		assertEquals(0, cadang.run("ssh", "trust", server, "--fingerprint", ssh.hostKeyFingerprint()).exit());
		String name = "ssh:" + key.toAbsolutePath().normalize();

		Cadang.Result locked = cadang.run("ssh", "check", "root@" + server);
		assertNotEquals(0, locked.exit(), locked::toString);
		assertTrue(locked.err().contains(name), "the failure names the secret to store\n" + locked);

		Cadang.Result set = cadang.runWithInput((SshServer.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8),
				"secret", "set", name);
		assertEquals(0, set.exit(), set::toString);

		Cadang.Result unlocked = cadang.run("ssh", "check", "root@" + server);
		assertEquals(0, unlocked.exit(), unlocked::toString);

		Cadang.Result list = cadang.run("secret", "list", "--json");
		assertEquals(0, list.exit(), list::toString);
		List<String> names = JsonParser.parseString(list.out()).getAsJsonObject().getAsJsonArray("secrets").asList()
				.stream().map(JsonElement::getAsString).toList();
		assertTrue(names.contains(name), names::toString);
		for (Cadang.Result r : List.of(set, unlocked, list, cadang.run("secret", "list"))) {
			assertFalse((r.out() + r.err()).contains(SshServer.PASSPHRASE), "a secret was printed\n" + r);
		}
		Path storage = cadang.home().resolve("secure/secure_storage");
		assertFalse(Files.readString(storage, StandardCharsets.ISO_8859_1).contains("kunci rahasia"), "plain secret in " + storage);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cadang.home().resolve("secure/key"))));

		Cadang.Result empty = cadang.run("secret", "set", "db/nothing@host:5432");
		assertEquals(2, empty.exit(), "nothing on standard input is a usage error\n" + empty);
		Cadang.Result inArgv = cadang.run("secret", "set", "x", "the-secret-itself");
		assertEquals(2, inArgv.exit(), "a secret on the command line is refused\n" + inArgv);
	}

	@Test
	void anEncryptedTargetStoresWhatVerifyReadsBackAndNothingInPlain() throws Exception {
		Path app = Files.createDirectories(temp.resolve("srv/siakad"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIAKAD';\n");
		Path nas = Files.createDirectories(temp.resolve("nas"));
		assertEquals(0, cadang.run("bind", "buleleng", "db=postgresql://postgres@127.0.0.1:" + postgres.port() + "/siakad",
				"app=" + app, "target=" + nas + "?encrypt=nas-2026", "--name", "siakad").exit());
		assertEquals(0, cadang.run("users", "add", "wayan").exit());
		for (String role : List.of("staf-it", "kasi", "kabid")) {
			assertEquals(0, cadang.run("roles", "grant", "wayan", "buleleng", role).exit());
		}
		Cadang.Result run = cadang.run("run", "buleleng", "--binding", "siakad", "--json");
		cadang.completeTasks(Cadang.runId(run), "wayan");

		List<JsonObject> good = JsonParser.parseString(cadang.run("backups", "--sop", "buleleng", "--json").out())
				.getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
				.filter(b -> b.get("status").getAsString().equals("GOOD")).toList();
		assertEquals(2, good.size(), good::toString);
		for (JsonObject backup : good) {
			Path file = Path.of(backup.get("path").getAsString());
			byte[] stored = Files.readAllBytes(file);
			assertArrayEquals("CADANGE1".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(stored, 8), file.toString());
			assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Mahasiswa rahasia"));
			assertTrue(Files.readString(Path.of(file + ".manifest.json")).contains("\"encryptionKey\": \"nas-2026\""));
			Cadang.Result verify = cadang.run("verify", backup.get("id").getAsString(), "--json");
			assertEquals(0, verify.exit(), verify::toString);
			assertEquals("OK", JsonParser.parseString(verify.out()).getAsJsonObject().get("state").getAsString());
		}
		assertTrue(cadang.run("secret", "list").out().contains("key/nas-2026"));
	}
}
