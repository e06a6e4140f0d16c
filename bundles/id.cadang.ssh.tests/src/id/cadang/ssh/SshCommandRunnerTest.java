package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.testing.Processes;
import id.cadang.testing.SshServer;

/** Remote exec against a real OpenSSH sshd on loopback; this machine is the "remote" server too. */
final class SshCommandRunnerTest {
	private static final Duration WAIT = Duration.ofSeconds(60);

	private static SshServer server;
	private static Path knownHosts;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startServer() {
		server = SshServer.start();
		knownHosts = server.writeKnownHosts(dir.resolve("known_hosts"));
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	static SshTarget target(Path key) {
		return SshTarget.of(SshAddress.parse(server.url()), key, knownHosts);
	}

	static String text(RunningCommand command) throws IOException {
		return new String(command.stdout().readAllBytes(), StandardCharsets.UTF_8);
	}

	static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[1 << 16];
		for (int n; (n = in.read(buffer)) >= 0;) {
			digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	@Test
	void streamsTensOfMegabytesByteExact() throws Exception {
		Path file = dir.resolve("random.bin");
		Processes.shell(WAIT, "head -c " + (48 * 1024 * 1024 + 7) + " /dev/urandom > " + file);
		String local = Processes.check(WAIT, "sha256sum", file.toString()).split("\\s+")[0];
		String headLocal = Processes.shell(WAIT, "head -c 30000001 " + file + " | sha256sum").split("\\s+")[0];
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientKey()), new InMemorySecrets())) {
			try (RunningCommand cat = runner.start(List.of("cat", file.toString()), Map.of())) {
				assertEquals(local, sha256(cat.stdout()), "cat streamed other bytes than the file holds");
				assertEquals(ExitStatus.exited(0), cat.waitFor(WAIT));
			}
			try (RunningCommand head = runner.start(List.of("head", "-c", "30000001", file.toString()), Map.of())) {
				assertEquals(headLocal, sha256(head.stdout()));
				assertTrue(head.waitFor(WAIT).ok());
			}
		}
	}

	@Test
	void reportsTheExitCodeAndStderr() throws Exception {
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientKey()), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("sh", "-c", "echo partial; echo 'pg_dump: error: no such database' >&2; exit 3"), Map.of())) {
			assertEquals("partial\n", text(command));
			ExitStatus status = command.waitFor(WAIT);
			assertEquals(new ExitStatus(3, Optional.empty()), status);
			assertFalse(status.ok());
			assertEquals("exit status 3", status.describe());
			assertTrue(command.stderrTail().contains("pg_dump: error: no such database"), command.stderrTail());
		}
	}

	@Test
	void aRemoteProcessKilledBySignalIsAFailureNamingTheSignal() throws Exception {
		Path pidFile = dir.resolve("remote.pid");
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientKey()), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("sh", "-c", "echo $$ > " + pidFile + "; exec head -c 20000000000 /dev/zero"), Map.of())) {
			byte[] first = command.stdout().readNBytes(4 * 1024 * 1024);
			assertEquals(4 * 1024 * 1024, first.length);
			String pid = Files.readString(pidFile).strip();
			Processes.check(WAIT, "kill", "-9", pid);
			command.stdout().transferTo(java.io.OutputStream.nullOutputStream());
			ExitStatus status = command.waitFor(WAIT);
			assertFalse(status.ok(), "a killed dump must never look successful: " + status);
			assertEquals(Optional.of("KILL"), status.signal());
			assertEquals("killed by signal KILL", status.describe());
		}
	}

	@Test
	void argumentsArriveLiterallyAndNothingInThemRuns() throws Exception {
		Path marker = dir.resolve("quoting-marker");
		Path probes = Files.createDirectories(dir.resolve("probes"));
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientKey()), new InMemorySecrets())) {
			for (String value : ShellQuoteTest.tricky(marker)) {
				try (RunningCommand printf = runner.start(List.of("printf", "%s", value), Map.of())) {
					assertEquals(value, text(printf), "printf %s did not get the value literally");
					assertTrue(printf.waitFor(WAIT).ok());
				}
				if (!value.isEmpty() && !value.contains("/")) {
					try (RunningCommand touch = runner.start(List.of("touch", "--", probes.resolve(value).toString()), Map.of())) {
						text(touch);
						assertTrue(touch.waitFor(WAIT).ok(), touch.stderrTail());
					}
					assertTrue(Files.exists(probes.resolve(value)), "touch did not create a file named literally " + value);
				}
				assertFalse(Files.exists(marker), "part of the argument '" + value + "' was executed on the server");
			}
		}
	}

	@Test
	void environmentReachesTheCommandButNoRemoteCommandLine() throws Exception {
		String secret = "pw-" + System.nanoTime() + " it's $(touch " + dir.resolve("env-marker") + ") \"q\" \\";
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientKey()), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("sh", "-c", "sleep 1; printenv CADANG_SECRET; printenv OTHER"),
						Map.of("CADANG_SECRET", secret, "OTHER", "second"))) {
			Thread.sleep(400);
			assertEquals(List.of(), Proc.commandLinesContaining("pw-"), "the secret shows in a command line on the server");
			assertEquals(secret + "\nsecond\n", text(command));
			assertTrue(command.waitFor(WAIT).ok(), command.stderrTail());
		}
		assertFalse(Files.exists(dir.resolve("env-marker")));
	}

	@Test
	void rsaKeysWork() throws Exception {
		try (SshCommandRunner runner = SshCommandRunner.connect(target(server.clientRsaKey()), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("echo", "rsa"), Map.of())) {
			assertEquals("rsa\n", text(command));
			assertTrue(command.waitFor(WAIT).ok());
		}
	}

	@Test
	void aPassphraseProtectedKeyWorksWithItsSecret() throws Exception {
		InMemorySecrets secrets = new InMemorySecrets();
		secrets.put("ssh/test", SshServer.PASSPHRASE);
		SshTarget target = target(server.clientKeyWithPassphrase()).withPassphraseKey("ssh/test");
		try (SshCommandRunner runner = SshCommandRunner.connect(target, secrets);
				RunningCommand command = runner.start(List.of("echo", "unlocked"), Map.of())) {
			assertEquals("unlocked\n", text(command));
			assertTrue(command.waitFor(WAIT).ok());
		}
		IOException missing = assertThrows(IOException.class,
				() -> SshCommandRunner.connect(target(server.clientKeyWithPassphrase()), secrets));
		assertTrue(missing.getMessage().contains("passphrase"), missing.getMessage());
		InMemorySecrets wrong = new InMemorySecrets();
		wrong.put("ssh/test", "not it");
		IOException refused = assertThrows(IOException.class, () -> SshCommandRunner.connect(target, wrong));
		assertFalse(refused.getMessage().contains("not it"), "a message shows the passphrase: " + refused.getMessage());
		assertFalse(secrets.toString().contains(SshServer.PASSPHRASE));
	}

	@Test
	void aKeyTheServerDoesNotKnowIsRefusedWithTheFix() throws Exception {
		Path stranger = dir.resolve("stranger");
		Processes.check(WAIT, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString());
		long start = System.nanoTime();
		IOException e = assertThrows(IOException.class, () -> SshCommandRunner.connect(target(stranger), new InMemorySecrets()));
		assertTrue(e.getMessage().contains("authorized_keys"), e.getMessage());
		assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "a refused login must not be retried");
	}

	@Test
	void anUnknownHostKeyIsRefusedWithItsFingerprintAndTheTrustCommand() throws Exception {
		Path marker = dir.resolve("unknown-host-marker");
		Path emptyKnownHosts = dir.resolve("known_hosts_empty");
		SshTarget target = SshTarget.of(SshAddress.parse(server.url()), server.clientKey(), emptyKnownHosts);
		UnknownHostKeyException e = assertThrows(UnknownHostKeyException.class, () -> {
			try (SshCommandRunner runner = SshCommandRunner.connect(target, new InMemorySecrets())) {
				runner.start(List.of("touch", marker.toString()), Map.of()).waitFor(WAIT);
			}
		});
		assertEquals(server.hostKeyFingerprint(), e.fingerprint());
		assertTrue(e.getMessage().contains(server.hostKeyFingerprint()), e.getMessage());
		assertTrue(e.getMessage().contains("cadang ssh trust 127.0.0.1:" + server.port() + " " + server.hostKeyFingerprint()), e.getMessage());
		assertFalse(Files.exists(marker), "a command ran on a server whose key is unknown");
		assertFalse(Files.exists(emptyKnownHosts), "the unknown key was learnt");
	}

	@Test
	void trustAddsTheKeyOnlyWhenTheFingerprintMatches() throws Exception {
		Path file = dir.resolve("trust").resolve("known_hosts");
		KnownHosts known = new KnownHosts(file);
		SshAddress address = SshAddress.parse(server.url());
		IOException wrong = assertThrows(IOException.class,
				() -> known.trust(address, "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
		assertTrue(wrong.getMessage().contains(server.hostKeyFingerprint()), wrong.getMessage());
		assertFalse(Files.exists(file));
		assertEquals(server.knownHostsLine(), known.trust(address, server.hostKeyFingerprint()));
		assertEquals(List.of(server.hostKeyFingerprint()), known.fingerprints(address));
		known.trust(address, server.hostKeyFingerprint());
		assertEquals(List.of(server.knownHostsLine()), Files.readAllLines(file), "trusting twice must not add a second line");
		try (SshCommandRunner runner = SshCommandRunner.connect(SshTarget.of(address, server.clientKey(), file), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("echo", "trusted"), Map.of())) {
			assertEquals("trusted\n", text(command));
		}
		String sshSays = Processes.check(WAIT, server.sshCommand(file, "echo", "openssh-agrees").toArray(String[]::new));
		assertEquals("openssh-agrees\n", sshSays, "OpenSSH's own client must accept the file Cadang wrote");
	}
}
