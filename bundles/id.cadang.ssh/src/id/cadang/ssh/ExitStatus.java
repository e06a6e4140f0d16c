package id.cadang.ssh;

import java.util.Objects;
import java.util.Optional;

/**
 * How a command ended: its exit code, and the signal that ended it if any. Over SSH a process killed by
 * a signal has no exit code (JSch reports -1) and the server names the signal ({@code "KILL"}); a
 * channel that closed without either means the connection was lost: {@link #CONNECTION_LOST}.
 * Only exit code 0 without a signal is {@link #ok()}.
 */
public record ExitStatus(int code, Optional<String> signal) {
	/** The signal text when an SSH channel closed with neither an exit code nor a signal. */
	public static final String CONNECTION_LOST = "connection lost";

	public ExitStatus {
		Objects.requireNonNull(signal, "signal: use Optional.empty() when no signal ended the command");
	}

	/** An exit code without a signal. */
	public static ExitStatus exited(int code) {
		return new ExitStatus(code, Optional.empty());
	}

	/** Whether the command succeeded: exit code 0 and no signal. */
	public boolean ok() {
		return code == 0 && signal.isEmpty();
	}

	/** {@code "exit status 0"}, {@code "exit status 2"}, {@code "killed by signal KILL"}, {@code "connection lost"}. */
	public String describe() {
		if (signal.isPresent()) {
			return CONNECTION_LOST.equals(signal.get()) ? CONNECTION_LOST : "killed by signal " + signal.get();
		}
		return "exit status " + code;
	}
}
