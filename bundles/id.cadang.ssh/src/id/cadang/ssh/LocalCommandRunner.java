package id.cadang.ssh;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.cadang.ssh.internal.Environment;
import id.cadang.ssh.internal.TailBuffer;

/**
 * Runs commands on this computer with {@link ProcessBuilder}: no shell, stdin from {@code /dev/null},
 * extra environment variables through the process environment (never on its command line), stderr's
 * last 64 KiB kept by a daemon thread. {@link RunningCommand#kill()} kills the process and its
 * descendants. A process ended by signal N reports exit code 128 + N, as the JDK gives it.
 */
public final class LocalCommandRunner implements CommandRunner {

	@Override
	public RunningCommand start(List<String> command, Map<String, String> env) throws IOException {
		if (command.isEmpty()) {
			throw new IllegalArgumentException("a command needs at least the program to run");
		}
		Environment.check(env);
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(env);
		Process process = builder.start();
		TailBuffer stderr = new TailBuffer(TailBuffer.DEFAULT_LIMIT);
		Thread reader = Thread.ofPlatform().daemon().name("stderr of " + command.get(0) + " " + process.pid())
				.start(() -> stderr.drain(process.getErrorStream()));
		return new LocalCommand(command.get(0), process, stderr, reader);
	}

	@Override
	public String describe() {
		return "this computer";
	}

	private static final class LocalCommand implements RunningCommand {
		private final String program;
		private final Process process;
		private final TailBuffer stderr;
		private final Thread stderrReader;

		LocalCommand(String program, Process process, TailBuffer stderr, Thread stderrReader) {
			this.program = program;
			this.process = process;
			this.stderr = stderr;
			this.stderrReader = stderrReader;
		}

		@Override
		public InputStream stdout() {
			return process.getInputStream();
		}

		@Override
		public String stderrTail() {
			return stderr.text();
		}

		@Override
		public ExitStatus waitFor(Duration timeout) throws IOException {
			try {
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					kill();
					throw new IOException(program + " (pid " + process.pid() + ") was still running after " + timeout
							+ " and was killed");
				}
				stderrReader.join(TimeUnit.SECONDS.toMillis(10));
				return ExitStatus.exited(process.exitValue());
			} catch (InterruptedException e) {
				kill();
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for " + program + "; it was killed", e);
			}
		}

		@Override
		public void kill() {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}

		@Override
		public void close() {
			if (process.isAlive()) {
				kill();
			}
			try {
				process.getInputStream().close();
			} catch (IOException e) {
				// the pipe of an ended process: nothing left to release
			}
		}
	}
}
