package id.cadang.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A started command. Read {@link #stdout()} to its end, then {@link #waitFor(Duration)} for how it
 * ended: a command whose output nobody reads may block on a full pipe and never end.
 * {@link #close()} kills the command if it still runs and releases its streams.
 */
public interface RunningCommand extends AutoCloseable {

	/** What the command writes to its standard output, byte for byte. */
	InputStream stdout();

	/** The last 64 KiB of what the command wrote to its standard error so far, decoded as UTF-8. */
	String stderrTail();

	/**
	 * Waits until the command has ended.
	 *
	 * @return how it ended; only {@link ExitStatus#ok()} is a success
	 * @throws IOException when it is still running after {@code timeout}: it is killed then, and the
	 *         message names the command and the timeout
	 */
	ExitStatus waitFor(Duration timeout) throws IOException;

	/** Stops the command now (with its descendants where this side can reach them). Idempotent. */
	void kill();

	@Override
	void close();
}
