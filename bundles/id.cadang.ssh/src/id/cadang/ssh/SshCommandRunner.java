package id.cadang.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;

import id.cadang.ssh.internal.Environment;
import id.cadang.ssh.internal.TailBuffer;

/**
 * Runs commands on a server over SSH, one JSch session per runner and one exec channel per command.
 * <p>
 * The remote command line is {@code exec 'program' 'arg' ...}, every argument quoted by
 * {@link ShellQuote}: the server's login shell (which must be a POSIX shell, as for every SSH command)
 * runs the program with exactly these arguments.
 * <p>
 * Environment variables are sent through the channel's stdin, never on the command line: the line
 * starts with {@code IFS= read -r NAME && export NAME && ...} for each variable and the values follow
 * on stdin, one a line, after which stdin is closed. {@code ps} on the server shows only the names.
 * (JSch's setEnv is not used: OpenSSH drops every variable not listed in its AcceptEnv, which servers
 * rarely set beyond LANG and LC_*.)
 * <p>
 * A command killed by a signal reports {@code ExitStatus(-1, Optional.of("KILL"))}; a channel that
 * closes with neither status nor signal (the connection dropped) reports
 * {@link ExitStatus#CONNECTION_LOST}. Both are failures. {@link RunningCommand#kill()} closes the
 * channel: the server then closes the command's pipes, and a command writing output dies of SIGPIPE.
 */
public final class SshCommandRunner implements CommandRunner, AutoCloseable {
	/** Channel window and packet size: larger than JSch's defaults so the server is never waiting for window. */
	static final int WINDOW_SIZE = 16 * 1024 * 1024;
	static final int PACKET_SIZE = 256 * 1000;
	private static final long POLL_MILLIS = 5;

	private final SshConnection connection;

	private SshCommandRunner(SshConnection connection) {
		this.connection = connection;
	}

	/** Connects to {@code target} (see {@link SshConnection#open}) and returns a runner on that session. */
	public static SshCommandRunner connect(SshTarget target, Secrets secrets) throws IOException {
		return new SshCommandRunner(SshConnection.open(target, secrets));
	}

	/** The remote command line for {@code command} with the names of {@code env} read from stdin. */
	public static String commandLine(List<String> command, Map<String, String> env) {
		StringBuilder line = new StringBuilder();
		for (String name : env.keySet()) {
			line.append("IFS= read -r ").append(name).append(" && export ").append(name).append(" && ");
		}
		return line.append("exec ").append(ShellQuote.join(command)).toString();
	}

	@Override
	public RunningCommand start(List<String> command, Map<String, String> env) throws IOException {
		Environment.check(env);
		Map<String, String> ordered = new java.util.LinkedHashMap<>(env);
		String line = commandLine(command, ordered);
		ChannelExec channel;
		try {
			channel = (ChannelExec) connection.session().openChannel("exec");
		} catch (JSchException e) {
			throw new IOException("cannot open a channel on " + connection + ": " + e.getMessage(), e);
		}
		TailBuffer stderr = new TailBuffer(TailBuffer.DEFAULT_LIMIT);
		try {
			channel.setCommand(line.getBytes(StandardCharsets.UTF_8));
			channel.setErrStream(stderr, true);
			channel.setLocalWindowSizeMax(WINDOW_SIZE);
			channel.setLocalPacketSize(PACKET_SIZE);
			InputStream stdout = channel.getInputStream();
			OutputStream stdin = channel.getOutputStream();
			channel.connect((int) connection.target().connectTimeout().toMillis());
			try (stdin) {
				for (String value : ordered.values()) {
					stdin.write((value + "\n").getBytes(StandardCharsets.UTF_8));
				}
				stdin.flush();
			}
			return new RemoteCommand(command.get(0), connection.toString(), channel, stdout, stderr);
		} catch (JSchException | IOException e) {
			channel.disconnect();
			throw new IOException("cannot start " + command.get(0) + " on " + connection + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String describe() {
		return connection.toString();
	}

	@Override
	public void close() {
		connection.close();
	}

	private static final class RemoteCommand implements RunningCommand {
		private final String program;
		private final String where;
		private final ChannelExec channel;
		private final InputStream stdout;
		private final TailBuffer stderr;

		RemoteCommand(String program, String where, ChannelExec channel, InputStream stdout, TailBuffer stderr) {
			this.program = program;
			this.where = where;
			this.channel = channel;
			this.stdout = stdout;
			this.stderr = stderr;
		}

		@Override
		public InputStream stdout() {
			return stdout;
		}

		@Override
		public String stderrTail() {
			return stderr.text();
		}

		@Override
		public ExitStatus waitFor(Duration timeout) throws IOException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!channel.isClosed()) {
				if (System.nanoTime() - deadline > 0) {
					kill();
					throw new IOException(program + " on " + where + " was still running after " + timeout
							+ "; its channel was closed");
				}
				try {
					Thread.sleep(POLL_MILLIS);
				} catch (InterruptedException e) {
					kill();
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("interrupted while waiting for " + program + " on " + where);
				}
			}
			String signal = channel.getExitSignal();
			int code = channel.getExitStatus();
			if (signal != null && !signal.isEmpty()) {
				return new ExitStatus(code, Optional.of(signal));
			}
			if (code == -1) {
				return new ExitStatus(-1, Optional.of(ExitStatus.CONNECTION_LOST));
			}
			return ExitStatus.exited(code);
		}

		@Override
		public void kill() {
			channel.disconnect();
		}

		@Override
		public void close() {
			channel.disconnect();
		}
	}
}
