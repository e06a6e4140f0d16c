package id.cadang.dump.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short command (a version query, a connection check) to its end with a time limit. */
public final class ShortCommand {

	/** A finished short command. */
	public record Outcome(int status, String stdout, String stderr) {
	}

	private ShortCommand() {
	}

	/**
	 * @throws IOException when the command cannot start or outlives {@code seconds} (it is killed then)
	 */
	public static Outcome run(List<String> command, Map<String, String> environment, long seconds) throws IOException {
		Path out = Files.createTempFile("cadang-cmd-", ".out");
		Path err = Files.createTempFile("cadang-cmd-", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
					.redirectOutput(out.toFile()).redirectError(err.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IOException(Path.of(command.get(0)).getFileName() + " did not answer within " + seconds + " s");
			}
			return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + command.get(0), e);
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** The first line of {@code tool --version}, e.g. {@code pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)}. */
	public static String version(Path tool) throws IOException {
		Outcome outcome = run(List.of(tool.toString(), "--version"), Map.of("LC_ALL", "C"), 30);
		return outcome.stdout().lines().findFirst().map(String::strip).orElse("unknown");
	}
}
