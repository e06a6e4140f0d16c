package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

final class LocalCommandRunnerTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private final LocalCommandRunner runner = new LocalCommandRunner();

	@Test
	void reportsExitCodeAndTheTailOfStderr() throws Exception {
		try (RunningCommand command = runner.start(List.of("sh", "-c",
				"head -c 200000 /dev/zero | tr '\\0' x >&2; echo >&2; echo last words >&2; echo out; exit 3"), Map.of())) {
			assertEquals("out\n", new String(command.stdout().readAllBytes(), StandardCharsets.UTF_8));
			ExitStatus status = command.waitFor(WAIT);
			assertEquals(new ExitStatus(3, Optional.empty()), status);
			assertFalse(status.ok());
			assertEquals(64 * 1024, command.stderrTail().length());
			assertTrue(command.stderrTail().endsWith("last words\n"), command.stderrTail());
		}
	}

	@Test
	void passesEnvironmentOutsideTheCommandLine() throws Exception {
		String secret = "s3cr3t-" + System.nanoTime();
		try (RunningCommand command = runner.start(List.of("sh", "-c", "sleep 1; printenv CADANG_SECRET"), Map.of("CADANG_SECRET", secret))) {
			Thread.sleep(300);
			assertEquals(List.of(), Proc.commandLinesContaining(secret));
			assertEquals(secret + "\n", new String(command.stdout().readAllBytes(), StandardCharsets.UTF_8));
			assertTrue(command.waitFor(WAIT).ok());
		}
	}

	@Test
	void killEndsTheCommandAndItsDescendants() throws Exception {
		try (RunningCommand command = runner.start(List.of("sh", "-c", "sleep 300 & echo $!; wait"), Map.of())) {
			long child = Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(command.stdout(), StandardCharsets.US_ASCII)).readLine().strip());
			assertTrue(ProcessHandle.of(child).isPresent());
			command.kill();
			assertFalse(command.waitFor(WAIT).ok());
			Thread.sleep(300);
			assertFalse(Proc.running(child), "the child sleep " + child + " survived kill()");
		}
	}

	@Test
	void refusesBadEnvironmentWithoutShowingTheValue() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> runner.start(List.of("true"), Map.of("PGPASSWORD", "line1\nline2")));
		assertTrue(e.getMessage().contains("PGPASSWORD") && !e.getMessage().contains("line1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> runner.start(List.of("true"), Map.of("A B", "x")));
	}
}
