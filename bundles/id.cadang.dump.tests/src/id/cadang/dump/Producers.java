package id.cadang.dump;

import java.util.List;

/**
 * The dump tools running below this test JVM: those Cadang started here, and those a test sshd (also
 * started by this JVM) runs for an SSH session. Tests kill them mid-stream as an operator or the
 * out-of-memory killer would.
 */
public final class Producers {

	private Producers() {
	}

	/** The running processes whose program is named {@code tool} ({@code pg_dump}, {@code tar}). */
	public static List<ProcessHandle> running(String tool) {
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.equals(tool) || c.endsWith("/" + tool)).orElse(false)).toList();
	}

	/**
	 * The one running process named {@code tool}, waiting up to 10 s for it to appear (Debian's
	 * {@code /usr/bin/pg_dump} is a Perl wrapper that execs the real one); fails when there is none or more than one.
	 */
	public static ProcessHandle single(String tool) {
		List<ProcessHandle> found = running(tool);
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (found.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while looking for " + tool, e);
			}
			found = running(tool);
		}
		if (found.size() != 1) {
			throw new AssertionError("expected one running " + tool + ", found " + found.size());
		}
		return found.get(0);
	}

	/** Kills (SIGKILL) the one running {@code tool}. */
	public static void kill(String tool) {
		single(tool).destroyForcibly();
	}
}
