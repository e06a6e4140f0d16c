package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.testing.SshServer;

/** Servers that change their key, die or come back: each test has its own sshd to break. */
final class SshFailureTest {
	private static final Duration WAIT = Duration.ofSeconds(60);

	private SshServer server;
	private Path knownHosts;

	@TempDir
	Path dir;

	@BeforeEach
	void startServer() {
		server = SshServer.start();
		knownHosts = server.writeKnownHosts(dir.resolve("known_hosts"));
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	private SshTarget target() {
		return SshTarget.of(SshAddress.parse(server.url()), server.clientKey(), knownHosts);
	}

	@Test
	void aChangedHostKeyIsRefusedNamingTheOldAndTheNewFingerprint() throws Exception {
		String old = server.hostKeyFingerprint();
		try (SshCommandRunner runner = SshCommandRunner.connect(target(), new InMemorySecrets())) {
			assertTrue(runner.start(List.of("true"), Map.of()).waitFor(WAIT).ok());
		}
		server.restartWithNewHostKey();
		String presented = server.hostKeyFingerprint();
		Path marker = dir.resolve("changed-key-marker");
		ChangedHostKeyException e = assertThrows(ChangedHostKeyException.class, () -> {
			try (SshCommandRunner runner = SshCommandRunner.connect(target(), new InMemorySecrets())) {
				runner.start(List.of("touch", marker.toString()), Map.of()).waitFor(WAIT);
			}
		});
		assertEquals(old, e.knownFingerprint());
		assertEquals(presented, e.presentedFingerprint());
		assertTrue(e.getMessage().contains("HAS CHANGED") && e.getMessage().contains(old) && e.getMessage().contains(presented),
				e.getMessage());
		assertFalse(Files.exists(marker), "a command ran on a server whose key changed");
		assertEquals(List.of(old), new KnownHosts(knownHosts).fingerprints(SshAddress.parse(server.url())),
				"the changed key must not replace the known one by itself");
	}

	@Test
	void sessionsKilledMidStreamAreAFailureNeverACleanEnd() throws Exception {
		assertCutMidStream(server::killSessions);
	}

	@Test
	void aServerStoppedMidStreamIsAFailureNeverACleanEnd() throws Exception {
		assertCutMidStream(server::kill);
	}

	private void assertCutMidStream(Runnable cut) throws Exception {
		try (SshCommandRunner runner = SshCommandRunner.connect(target(), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("head", "-c", "50000000000", "/dev/zero"), Map.of())) {
			InputStream stdout = command.stdout();
			assertEquals(8 * 1024 * 1024, stdout.readNBytes(8 * 1024 * 1024).length);
			cut.run();
			long rest = 0;
			try {
				rest = stdout.transferTo(java.io.OutputStream.nullOutputStream());
			} catch (IOException expected) {
				// a cut stream may also end with an exception
			}
			assertTrue(rest < 50_000_000_000L - 8 * 1024 * 1024, "the stream claims to be complete");
			ExitStatus status = command.waitFor(WAIT);
			assertFalse(status.ok(), "a cut connection must never look like a finished command: " + status);
			assertEquals(Optional.of(ExitStatus.CONNECTION_LOST), status.signal(), status.describe());
		}
	}

	@Test
	void aRunnerConnectsAgainForTheNextCommandAfterTheConnectionWasLost() throws Exception {
		try (SshCommandRunner runner = SshCommandRunner.connect(target().withRetries(5, Duration.ofMillis(200)), new InMemorySecrets())) {
			assertTrue(runner.start(List.of("true"), Map.of()).waitFor(WAIT).ok());
			server.killSessions();
			Thread.sleep(300);
			try (RunningCommand again = runner.start(List.of("echo", "again"), Map.of())) {
				assertEquals("again\n", new String(again.stdout().readAllBytes()));
				assertTrue(again.waitFor(WAIT).ok());
			}
		}
	}

	@Test
	void connectionFailuresAreRetriedWithBackoff() throws Exception {
		server.kill();
		long start = System.nanoTime();
		IOException down = assertThrows(IOException.class,
				() -> SshCommandRunner.connect(target().withRetries(2, Duration.ofMillis(300)), new InMemorySecrets()));
		long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
		assertTrue(down.getMessage().contains("after 3 attempts"), down.getMessage());
		assertTrue(elapsedMillis >= 900, "backoff 300 ms then 600 ms, but it gave up after " + elapsedMillis + " ms");

		Thread restarter = Thread.ofPlatform().start(() -> {
			try {
				Thread.sleep(700);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			server.restart();
		});
		try (SshCommandRunner runner = SshCommandRunner.connect(target().withRetries(6, Duration.ofMillis(200)), new InMemorySecrets());
				RunningCommand command = runner.start(List.of("echo", "back"), Map.of())) {
			assertEquals("back\n", new String(command.stdout().readAllBytes()));
		} finally {
			restarter.join();
		}
	}
}
