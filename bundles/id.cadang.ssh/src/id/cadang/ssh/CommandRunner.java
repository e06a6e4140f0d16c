package id.cadang.ssh;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Starts programs, on this computer ({@link LocalCommandRunner}) or on a server over SSH
 * ({@link SshCommandRunner}), the same way for both, so that a source does not care where its dump
 * tool runs.
 * <p>
 * A command is a list: the program, then each argument as its own element. Nothing is ever pasted into
 * a shell line: a local command goes straight to {@code execve}, a remote one is quoted argument by
 * argument with {@link ShellQuote}. The command's stdin is empty (end of file at once).
 */
public interface CommandRunner {

	/**
	 * Starts {@code command} with {@code env} added to its environment. Values in {@code env} (such as
	 * {@code PGPASSWORD}) never appear on a command line that {@code ps} shows, here or on the server.
	 *
	 * @param command the program and its arguments, each a separate element; not empty
	 * @param env extra environment variables: names are {@code [A-Za-z_][A-Za-z0-9_]*}, values hold no
	 *        newline and no NUL character
	 * @throws IOException when the program cannot be started, or the server cannot be reached
	 */
	RunningCommand start(List<String> command, Map<String, String> env) throws IOException;

	/** Where commands run, for messages: {@code "this computer"} or {@code "ssh://backup@db1:22"}. */
	String describe();
}
