package id.cadang.dump;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.cadang.dump.internal.ShortCommand;
import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.LocalCommandRunner;
import id.cadang.storage.SourceFailedException;

/**
 * Where a source's tools run: on this computer ({@link #local}), found by {@link Tools}; or on a server
 * over SSH ({@link #remote}), where the server's own tools are found on the login shell's {@code PATH},
 * then, for PostgreSQL's, in the newest {@code /usr/lib/postgresql/<version>/bin}. Either way every
 * command goes through the {@link CommandRunner}: arguments one by one, passwords in the environment.
 */
public final class SourceHost {
	/** Finds a tool on a server: a fixed script, the tool names come as its arguments (never pasted in). */
	static final String FIND_SCRIPT = "for t in \"$@\"; do p=$(command -v \"$t\") && [ -n \"$p\" ] && { echo \"$p\"; exit 0; };"
			+ " for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5Vr); do"
			+ " [ -x \"$d/$t\" ] && { echo \"$d/$t\"; exit 0; }; done; done; exit 3";

	private final CommandRunner runner;
	private final Optional<Tools> localTools;
	private final Map<String, String> found = new ConcurrentHashMap<>();

	private SourceHost(CommandRunner runner, Optional<Tools> localTools) {
		this.runner = runner;
		this.localTools = localTools;
	}

	/** This computer, with tools found by {@code tools}. */
	public static SourceHost local(Tools tools) {
		return new SourceHost(new LocalCommandRunner(), Optional.of(tools));
	}

	/** A server reached by {@code runner} (an {@link id.cadang.ssh.SshCommandRunner}), with its own tools. */
	public static SourceHost remote(CommandRunner runner) {
		return new SourceHost(runner, Optional.empty());
	}

	public CommandRunner runner() {
		return runner;
	}

	public boolean isRemote() {
		return localTools.isEmpty();
	}

	/** {@code this computer} or {@code ssh://user@host:port}. */
	public String describe() {
		return runner.describe();
	}

	/**
	 * The path of {@code name} on this host.
	 *
	 * @throws SourceFailedException naming the tool, the host and the package to install; or, for a
	 *                               server, why it cannot be reached (an unknown host key: its
	 *                               fingerprint and the trust command)
	 */
	public String require(String name) throws SourceFailedException {
		return requireAny(name);
	}

	/** The path of the first of {@code names} installed on this host ({@code mariadb-dump}, else {@code mysqldump}). */
	public String requireAny(String... names) throws SourceFailedException {
		if (localTools.isPresent()) {
			return (names.length == 1 ? localTools.get().require(names[0]) : localTools.get().requireAny(names)).toString();
		}
		String key = String.join(" ", names);
		String cached = found.get(key);
		if (cached != null) {
			return cached;
		}
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(runner, java.util.stream.Stream.concat(java.util.stream.Stream.of("sh", "-c", FIND_SCRIPT, "sh"),
					java.util.Arrays.stream(names)).toList(), Map.of(), 60);
		} catch (IOException e) {
			throw new SourceFailedException(e.getMessage(), e);
		}
		String path = outcome.stdout().strip();
		if (!outcome.ok() || path.isEmpty()) {
			throw new SourceFailedException(String.join(" or ", names) + " not found on " + runner.describe()
					+ " (PATH of the SSH login, /usr/lib/postgresql/<version>/bin): install " + Tools.packageOf(names[0])
					+ " on that server" + (outcome.stderr().isBlank() ? "" : " (" + outcome.stderr().strip() + ")"));
		}
		found.put(key, path);
		return path;
	}

	/** Where a fix is to be made, for messages: {@code this machine} or {@code the server ssh://...}. */
	String where() {
		return isRemote() ? "the server " + runner.describe() : "this machine";
	}

}
