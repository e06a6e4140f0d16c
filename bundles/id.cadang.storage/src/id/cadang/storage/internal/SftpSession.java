package id.cadang.storage.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;

import id.cadang.ssh.Secrets;
import id.cadang.ssh.ShellQuote;
import id.cadang.ssh.SshConnection;
import id.cadang.ssh.SshTarget;

/**
 * One SFTP channel on one logged-in session (host key checked by {@link SshConnection}), tuned for bulk
 * uploads, plus the few commands the SFTP protocol lacks through JSch ({@code sync}, {@code sha256sum}),
 * run over exec when the account may run commands. Every failure names the server and the file.
 */
public final class SftpSession implements AutoCloseable {
	/** Outstanding SFTP requests, as OpenSSH's sftp keeps (JSch's default is 16). */
	static final int BULK_REQUESTS = 64;
	/** Channel window and packet size: large, so that neither side waits for window on a fast link. */
	static final int WINDOW_SIZE = 16 * 1024 * 1024;
	static final int PACKET_SIZE = 256 * 1000;
	private static final long POLL_MILLIS = 2;

	private final SshConnection connection;
	private final ChannelSftp sftp;
	private boolean execRefused;

	private SftpSession(SshConnection connection, ChannelSftp sftp) {
		this.connection = connection;
		this.sftp = sftp;
	}

	/** Connects (known_hosts checked, retried as the target says) and opens the SFTP subsystem. */
	public static SftpSession open(SshTarget target, Secrets secrets) throws IOException {
		SshConnection connection = SshConnection.open(target, secrets);
		try {
			ChannelSftp sftp = (ChannelSftp) connection.session().openChannel("sftp");
			sftp.setBulkRequests(BULK_REQUESTS);
			sftp.setLocalWindowSizeMax(WINDOW_SIZE);
			sftp.setLocalPacketSize(PACKET_SIZE);
			sftp.connect((int) target.connectTimeout().toMillis());
			return new SftpSession(connection, sftp);
		} catch (JSchException | RuntimeException e) {
			connection.close();
			throw new IOException("cannot open SFTP on " + target.address() + ": " + e.getMessage()
					+ " (the server needs 'Subsystem sftp' in its sshd_config)", e);
		}
	}

	/** {@code ssh://user@host:port}. */
	public String where() {
		return connection.toString();
	}

	public boolean isConnected() {
		return sftp.isConnected() && !sftp.isClosed();
	}

	/** The file's attributes, or empty when nothing is there. */
	public Optional<SftpATTRS> stat(String path) throws IOException {
		try {
			return Optional.of(sftp.stat(path));
		} catch (SftpException e) {
			if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
				return Optional.empty();
			}
			throw failure("cannot look at " + path, e);
		}
	}

	/** Creates {@code folder} and its missing parents. */
	public void mkdirs(String folder) throws IOException {
		StringBuilder path = new StringBuilder();
		for (String part : folder.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			path.append('/').append(part);
			Optional<SftpATTRS> attrs = stat(path.toString());
			if (attrs.isPresent() && !attrs.get().isDir()) {
				throw new IOException(path + " on " + where() + " is a file, not a folder: move it away");
			}
			if (attrs.isEmpty()) {
				try {
					sftp.mkdir(path.toString());
				} catch (SftpException e) {
					throw failure("cannot create folder " + path, e);
				}
			}
		}
	}

	/** A new or truncated file, written from its first byte. */
	public OutputStream create(String path) throws IOException {
		try {
			return sftp.put(path, null, ChannelSftp.OVERWRITE, 0);
		} catch (SftpException e) {
			throw failure("cannot create " + path, e);
		}
	}

	/** An existing file, written from its current end. */
	public OutputStream append(String path) throws IOException {
		try {
			return sftp.put(path, null, ChannelSftp.APPEND, 0);
		} catch (SftpException e) {
			throw failure("cannot append to " + path, e);
		}
	}

	/** Reads a file from its first byte. */
	public InputStream read(String path) throws IOException {
		try {
			return sftp.get(path);
		} catch (SftpException e) {
			throw failure("cannot read " + path, e);
		}
	}

	/** Writes a small file whole, replacing nothing: to {@code path.part}, synced, then renamed. */
	public void writeSmall(String path, byte[] content) throws IOException {
		String part = path + ".part";
		try (OutputStream out = create(part)) {
			out.write(content);
		}
		sync(part);
		rename(part, path);
	}

	/**
	 * Renames atomically: with posix-rename@openssh.com when the server offers it (JSch then uses it),
	 * else with plain SFTP rename, which refuses an existing target. Callers refuse an existing final
	 * name first, so an existing file is never replaced either way.
	 */
	public void rename(String from, String to) throws IOException {
		try {
			sftp.rename(from, to);
		} catch (SftpException e) {
			throw failure("cannot rename " + from + " to " + to, e);
		}
	}

	/** A regular file found by {@link #walk}: its absolute path on the server and its size. */
	public record RemoteFile(String path, long size) {
	}

	/** Every regular file below {@code folder}, at any depth (links are not followed); empty when it does not exist. */
	public List<RemoteFile> walk(String folder) throws IOException {
		List<RemoteFile> files = new java.util.ArrayList<>();
		Optional<SftpATTRS> attrs = stat(folder);
		if (attrs.isEmpty() || !attrs.get().isDir()) {
			return files;
		}
		java.util.ArrayDeque<String> folders = new java.util.ArrayDeque<>(List.of(folder));
		while (!folders.isEmpty()) {
			String current = folders.pop();
			java.util.Vector<ChannelSftp.LsEntry> entries;
			try {
				entries = sftp.ls(current);
			} catch (SftpException e) {
				throw failure("cannot list " + current, e);
			}
			for (ChannelSftp.LsEntry entry : entries) {
				String name = entry.getFilename();
				if (name.equals(".") || name.equals("..")) {
					continue;
				}
				String path = (current.endsWith("/") ? current : current + "/") + name;
				if (entry.getAttrs().isDir()) {
					folders.push(path);
				} else if (entry.getAttrs().isReg()) {
					files.add(new RemoteFile(path, entry.getAttrs().getSize()));
				}
			}
		}
		return files;
	}

	public void remove(String path) throws IOException {
		try {
			sftp.rm(path);
		} catch (SftpException e) {
			throw failure("cannot remove " + path, e);
		}
	}

	/** Whether the server offers posix-rename@openssh.com. */
	public boolean offersPosixRename() {
		return sftp.getExtension("posix-rename@openssh.com") != null;
	}

	/**
	 * Forces a file or folder to the server's disk with {@code sync -- path} over exec (JSch cannot send
	 * fsync@openssh.com). An account that may only use SFTP cannot: then the reason is returned, for the
	 * manifest's warnings, and the data is as durable as the server's own write-back makes it.
	 */
	public Optional<String> sync(String path) throws IOException {
		if (execRefused) {
			return Optional.of("not forced to disk on " + where() + ": the account may not run sync");
		}
		Exec result = exec(List.of("sync", "--", path), Duration.ofMinutes(10));
		if (result.status() != 0) {
			execRefused = true;
			return Optional.of("not forced to disk on " + where() + ": sync there failed (" + result.status() + ": "
					+ result.output().strip() + ")");
		}
		return Optional.empty();
	}

	/** The file's SHA-256 computed on the server with sha256sum, or empty when the account may not run it. */
	public Optional<String> sha256(String path) throws IOException {
		if (execRefused) {
			return Optional.empty();
		}
		Exec result = exec(List.of("sha256sum", "--", path), Duration.ofHours(1));
		String first = result.output().strip().split("\\s+", 2)[0];
		if (result.status() != 0 || !first.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		return Optional.of(first);
	}

	private record Exec(int status, String output) {
	}

	private Exec exec(List<String> command, Duration timeout) throws IOException {
		ChannelExec channel;
		try {
			channel = (ChannelExec) connection.session().openChannel("exec");
		} catch (JSchException e) {
			return new Exec(-1, "no exec channel: " + e.getMessage());
		}
		try {
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			channel.setCommand(ShellQuote.join(command).getBytes(StandardCharsets.UTF_8));
			channel.setInputStream(null);
			channel.setErrStream(output, true);
			InputStream stdout = channel.getInputStream();
			channel.connect((int) connection.target().connectTimeout().toMillis());
			stdout.transferTo(output);
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!channel.isClosed()) {
				if (System.nanoTime() - deadline > 0) {
					throw new IOException(command.get(0) + " on " + where() + " did not end within " + timeout);
				}
				Thread.sleep(POLL_MILLIS);
			}
			return new Exec(channel.getExitStatus(), output.toString(StandardCharsets.UTF_8));
		} catch (JSchException e) {
			return new Exec(-1, "exec refused: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while " + command.get(0) + " ran on " + where());
		} finally {
			channel.disconnect();
		}
	}

	/** An IOException that names the server and says what went wrong, with the fix where there is one. */
	public IOException failure(String what, SftpException e) {
		String reason = switch (e.id) {
			case ChannelSftp.SSH_FX_PERMISSION_DENIED -> "permission denied: give the SSH user " + connection.target()
					.address().user() + " write access there, or choose another folder";
			case ChannelSftp.SSH_FX_NO_SUCH_FILE -> "no such file or folder";
			case ChannelSftp.SSH_FX_CONNECTION_LOST, ChannelSftp.SSH_FX_NO_CONNECTION -> "the connection was lost";
			default -> e.getMessage() == null || e.getMessage().isBlank() ? "SFTP status " + e.id
					: e.getMessage() + (e.getMessage().contains("No space") ? ": free space on the server" : "");
		};
		return new IOException(what + " on " + where() + ": " + reason, e);
	}

	@Override
	public void close() {
		sftp.disconnect();
		connection.close();
	}
}
