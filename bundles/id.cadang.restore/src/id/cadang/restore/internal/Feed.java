package id.cadang.restore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.cadang.restore.RestoreException;

/**
 * Runs a tool on this computer with a stream as its standard input (pg_restore, mariadb, tar): no shell, the
 * arguments one by one, passwords in the environment or an option file. If the stream fails (the backup's
 * checksum, a read error) the tool is killed, so a half-fed restore never looks complete.
 */
public final class Feed {
	private static final int STDERR_LINES = 20;

	private Feed() {
	}

	/**
	 * @param tool what to call it in messages ({@code pg_restore})
	 * @return the tool's standard output
	 * @throws RestoreException when the tool cannot start, the stream fails, or the tool exits other than 0 (with
	 *                          the last lines it wrote to stderr)
	 */
	public static String run(String tool, List<String> command, Map<String, String> env, InputStream data)
			throws RestoreException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(env);
		builder.environment().putIfAbsent("LC_ALL", "C");
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new RestoreException("cannot start " + tool + " (" + command.get(0) + "): " + e.getMessage(), e);
		}
		Deque<String> stderr = new ArrayDeque<>();
		StringBuilder stdout = new StringBuilder();
		Thread errors = Thread.ofPlatform().daemon().name("stderr of " + tool).start(() -> collect(process.getErrorStream(), stderr));
		Thread output = Thread.ofPlatform().daemon().name("stdout of " + tool).start(() -> {
			try {
				stdout.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				// the tool ended
			}
		});
		IOException streamFailure = null;
		try (OutputStream stdin = process.getOutputStream()) {
			data.transferTo(stdin);
		} catch (RestoreException e) {
			streamFailure = e;
		} catch (IOException e) {
			if (process.isAlive()) {
				streamFailure = e;
			} // else: the tool stopped reading because it failed; its exit status says why
		}
		if (streamFailure != null) {
			process.destroyForcibly();
		}
		int exit;
		try {
			exit = process.waitFor();
			errors.join(TimeUnit.SECONDS.toMillis(10));
			output.join(TimeUnit.SECONDS.toMillis(10));
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new RestoreException(tool + " was interrupted and stopped", e);
		}
		if (streamFailure != null) {
			throw new RestoreException(streamFailure.getMessage() + " (" + tool + " was stopped)", streamFailure);
		}
		if (exit != 0) {
			String said;
			synchronized (stderr) {
				said = String.join(" | ", stderr);
			}
			throw new RestoreException(tool + " failed with exit status " + exit + (said.isBlank() ? "" : ": " + said));
		}
		return stdout.toString();
	}

	private static void collect(InputStream in, Deque<String> lines) {
		try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				synchronized (lines) {
					lines.addLast(line.strip());
					if (lines.size() > STDERR_LINES) {
						lines.removeFirst();
					}
				}
			}
		} catch (IOException e) {
			// the tool ended
		}
	}

	/** Runs a short command with no input, e.g. {@code psql -c}. */
	public static String run(String tool, List<String> command, Map<String, String> env) throws RestoreException {
		return run(tool, command, env, InputStream.nullInputStream());
	}
}
