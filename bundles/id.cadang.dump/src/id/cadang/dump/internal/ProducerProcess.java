package id.cadang.dump.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.ExitStatus;
import id.cadang.ssh.RunningCommand;

/**
 * A running producer, on this computer or on a server over SSH: its stdout is the backup stream, the
 * tail of its stderr explains a failure. {@link #abort()} stops it.
 */
public final class ProducerProcess {
	private final String tool;
	private final RunningCommand command;
	private volatile boolean aborted;

	private ProducerProcess(String tool, RunningCommand command) {
		this.tool = tool;
		this.command = command;
	}

	/** Starts {@code command} through {@code runner} with {@code environment} added (never on its command line). */
	public static ProducerProcess start(CommandRunner runner, String tool, List<String> command, Map<String, String> environment)
			throws IOException {
		return new ProducerProcess(tool, runner.start(command, environment));
	}

	public InputStream stdout() {
		return command.stdout();
	}

	/** The tail of what the producer wrote to stderr so far. */
	public StderrTail stderr() {
		return new StderrTail(command.stderrTail());
	}

	public boolean aborted() {
		return aborted;
	}

	/**
	 * Waits for the producer to end after its stream ended.
	 *
	 * @return how it ended
	 * @throws IOException when it does not end within {@code seconds}; it is stopped then
	 */
	public ExitStatus waitFor(long seconds) throws IOException {
		try {
			return command.waitFor(Duration.ofSeconds(seconds));
		} catch (IOException e) {
			abort();
			throw new IOException(tool + " closed its output but did not exit within " + seconds + " s, so it was stopped", e);
		}
	}

	/** Stops the producer (and what it started, where the runner reaches it). Idempotent. */
	public void abort() {
		aborted = true;
		command.kill();
		command.close();
	}

	/**
	 * How an unsuccessful end reads after the tool's name: {@code "was killed by signal 9 (KILL)"},
	 * {@code "lost its SSH connection"} or {@code "exited with status 1"}. A local process ended by a
	 * signal reports {@code 128 + signal}; over SSH the server names the signal.
	 */
	public static String describeExit(ExitStatus status) {
		if (status.signal().isPresent()) {
			String signal = status.signal().get();
			if (ExitStatus.CONNECTION_LOST.equals(signal)) {
				return "lost its SSH connection";
			}
			return signalNumber(signal).map(n -> "was killed by signal " + n + " (" + signal + ")")
					.orElse("was killed by signal " + signal);
		}
		int code = status.code();
		if (code > 128 && code < 128 + 65) {
			int signal = code - 128;
			return "was killed by signal " + signal + signalName(signal).map(n -> " (" + n + ")").orElse("");
		}
		return "exited with status " + code;
	}

	/** Whether the producer did not exit by itself: killed by a signal, or its SSH connection was lost. */
	public static boolean killed(ExitStatus status) {
		return status.signal().isPresent() || (status.code() > 128 && status.code() < 128 + 65);
	}

	/** What to do after {@link #killed}: look for who killed it, or at the network. */
	public static String adviceAfterKill(ExitStatus status, String where) {
		if (status.signal().filter(ExitStatus.CONNECTION_LOST::equals).isPresent()) {
			return "check the network and the SSH server " + where + ", then run the backup again";
		}
		return "look for the out-of-memory killer or an operator on " + where + ", then run the backup again";
	}

	private static final List<String> SIGNALS = List.of("", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
			"USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM");

	private static Optional<String> signalName(int number) {
		return number > 0 && number < SIGNALS.size() ? Optional.of(SIGNALS.get(number)) : Optional.empty();
	}

	private static Optional<Integer> signalNumber(String name) {
		int index = SIGNALS.indexOf(name);
		return index > 0 ? Optional.of(index) : Optional.empty();
	}
}
