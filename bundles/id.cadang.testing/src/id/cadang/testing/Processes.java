package id.cadang.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end for a test and captures what it printed. Output goes to temporary files,
 * so a chatty command never blocks on a full pipe; a command that outlives its timeout is killed with
 * its descendants and reported.
 */
public final class Processes {

	/** What a finished command left behind; stdout and stderr decoded as UTF-8. */
	public record Result(List<String> command, int exitCode, String stdout, String stderr) {
		public boolean ok() {
			return exitCode == 0;
		}

		/** Returns stdout, or fails with the command, its exit code and its stderr. */
		public String stdoutOrThrow() {
			if (!ok()) {
				throw new IllegalStateException("command " + command + " exited with " + exitCode + ": " + stderr.strip());
			}
			return stdout;
		}
	}

	private Processes() {
	}

	/** Runs {@code command} with the current environment. */
	public static Result run(Duration timeout, String... command) {
		return run(List.of(command), Map.of(), Optional.empty(), timeout);
	}

	/** Runs {@code command} and returns its stdout, failing with its stderr when it exits non-zero. */
	public static String check(Duration timeout, String... command) {
		return run(timeout, command).stdoutOrThrow();
	}

	/**
	 * Runs a bash script with {@code set -euo pipefail}, so that a pipeline fails when any part of it
	 * fails, and returns its stdout; fails with stderr on a non-zero exit.
	 */
	public static String shell(Duration timeout, String script) {
		return run(List.of("bash", "-c", "set -euo pipefail\n" + script), Map.of(), Optional.empty(), timeout)
				.stdoutOrThrow();
	}

	/**
	 * Runs {@code command} with {@code extraEnvironment} added to the current environment, in
	 * {@code directory} when given.
	 */
	public static Result run(List<String> command, Map<String, String> extraEnvironment, Optional<Path> directory,
			Duration timeout) {
		Path out = null;
		Path err = null;
		try {
			out = Files.createTempFile("cadang-out-", ".txt");
			err = Files.createTempFile("cadang-err-", ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
					.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
			builder.environment().putAll(extraEnvironment);
			directory.ifPresent(d -> builder.directory(d.toFile()));
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
				throw new IllegalStateException("command " + command + " did not finish within " + timeout
						+ " and was killed; its stderr so far: " + read(err).strip());
			}
			return new Result(List.copyOf(command), process.exitValue(), read(out), read(err));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot run " + command + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running " + command, e);
		} finally {
			deleteQuietly(out);
			deleteQuietly(err);
		}
	}

	private static String read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a leftover temp file is harmless
			}
		}
	}
}
