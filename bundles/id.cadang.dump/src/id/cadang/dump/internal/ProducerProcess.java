package id.cadang.dump.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A running producer: its stdout is the backup stream, its stderr is kept by a {@link StderrTail}.
 * {@link #abort()} kills it and its descendants.
 */
public final class ProducerProcess {
	private final String tool;
	private final Process process;
	private final StderrTail stderr;
	private final Thread stderrReader;
	private volatile boolean aborted;

	private ProducerProcess(String tool, Process process, StderrTail stderr, Thread stderrReader) {
		this.tool = tool;
		this.process = process;
		this.stderr = stderr;
		this.stderrReader = stderrReader;
	}

	/**
	 * Starts {@code command} with {@code environment} added to this process's environment and stdin
	 * from {@code /dev/null}.
	 */
	public static ProducerProcess start(String tool, List<String> command, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(environment);
		Process process = builder.start();
		StderrTail stderr = new StderrTail(process.getErrorStream(), StderrTail.DEFAULT_LIMIT);
		Thread reader = Thread.ofPlatform().daemon().name(tool + " stderr " + process.pid()).start(stderr);
		return new ProducerProcess(tool, process, stderr, reader);
	}

	public InputStream stdout() {
		return process.getInputStream();
	}

	public long pid() {
		return process.pid();
	}

	public StderrTail stderr() {
		return stderr;
	}

	public boolean aborted() {
		return aborted;
	}

	/**
	 * Waits for the producer to exit after its stream ended.
	 *
	 * @return its exit status; {@code 128 + signal} when a signal ended it
	 * @throws IOException when it does not exit within {@code seconds}; it is killed then
	 */
	public int waitFor(long seconds) throws IOException {
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				abort();
				throw new IOException(tool + " closed its output but did not exit within " + seconds + " s, so it was killed");
			}
			stderrReader.join(TimeUnit.SECONDS.toMillis(10));
			return process.exitValue();
		} catch (InterruptedException e) {
			abort();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + tool, e);
		}
	}

	/** Kills the producer and whatever it started. Idempotent. */
	public void abort() {
		aborted = true;
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.getInputStream().close();
		} catch (IOException e) {
			// closing a pipe of a killed process cannot fail in a way that matters
		}
	}

	/**
	 * How a non-zero exit status reads: {@code "was killed by signal 9 (KILL)"} or {@code "exited with status 1"}.
	 * The JDK reports a process ended by a signal as {@code 128 + signal}.
	 */
	public static String describeExit(int status) {
		if (status > 128 && status < 128 + 65) {
			int signal = status - 128;
			String name = switch (signal) {
			case 1 -> " (HUP)";
			case 2 -> " (INT)";
			case 6 -> " (ABRT)";
			case 9 -> " (KILL)";
			case 11 -> " (SEGV)";
			case 13 -> " (PIPE)";
			case 15 -> " (TERM)";
			default -> "";
			};
			return "was killed by signal " + signal + name;
		}
		return "exited with status " + status;
	}

	/** Whether a status means the process was ended by a signal. */
	public static boolean killed(int status) {
		return status > 128 && status < 128 + 65;
	}
}
