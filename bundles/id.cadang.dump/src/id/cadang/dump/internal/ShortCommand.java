package id.cadang.dump.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.ExitStatus;
import id.cadang.ssh.RunningCommand;

/**
 * Runs a short command (a version query, a connection check, a row count) to its end with a time
 * limit, through a {@link CommandRunner}; its output is kept in memory, never in a file.
 */
public final class ShortCommand {

	/** A finished short command. */
	public record Outcome(ExitStatus exit, String stdout, String stderr) {
		public boolean ok() {
			return exit.ok();
		}
	}

	private ShortCommand() {
	}

	/**
	 * @throws IOException when the command cannot start (or the server cannot be reached), or outlives
	 *                     {@code seconds} (it is stopped then)
	 */
	public static Outcome run(CommandRunner runner, List<String> command, Map<String, String> environment, long seconds)
			throws IOException {
		try (RunningCommand running = runner.start(command, environment)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Thread reader = Thread.ofPlatform().daemon().name("stdout of " + command.get(0)).start(() -> copy(running.stdout(), out));
			ExitStatus exit;
			try {
				exit = running.waitFor(Duration.ofSeconds(seconds));
			} catch (IOException e) {
				throw new IOException(command.get(0) + " did not answer within " + seconds + " s on " + runner.describe(), e);
			}
			try {
				reader.join(Duration.ofSeconds(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while reading the output of " + command.get(0), e);
			}
			synchronized (out) {
				return new Outcome(exit, out.toString(StandardCharsets.UTF_8), running.stderrTail());
			}
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		byte[] chunk = new byte[8192];
		try {
			for (int n; (n = in.read(chunk)) >= 0;) {
				synchronized (out) {
					out.write(chunk, 0, n);
				}
			}
		} catch (IOException e) {
			// the command ended or was stopped: what was read is the output
		}
	}

	/** The first line of {@code tool --version}, e.g. {@code pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)}. */
	public static String version(CommandRunner runner, String tool) throws IOException {
		Outcome outcome = run(runner, List.of(tool, "--version"), Map.of("LC_ALL", "C"), 30);
		return outcome.stdout().lines().findFirst().map(String::strip).orElse("unknown");
	}
}
