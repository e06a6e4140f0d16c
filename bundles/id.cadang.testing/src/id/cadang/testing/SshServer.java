package id.cadang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway OpenSSH server for tests: {@code sshd -D -e -f CONFIG} on a free port of 127.0.0.1, with
 * its own ed25519 host key and client keys (ed25519, RSA, and an ed25519 key protected by
 * {@link #PASSPHRASE}) in {@code authorized_keys}, all in a temporary folder that {@link #close()}
 * deletes. The login user is the user running the tests (root here, so {@code PermitRootLogin yes}).
 * <p>
 * {@link #kill()} stops the server and every session it serves (connections are cut),
 * {@link #killSessions()} only the sessions, {@link #restart()} starts it again on the same port, and
 * {@link #restartWithNewHostKey()} does so with a freshly generated host key.
 */
public final class SshServer implements AutoCloseable {
	/** The passphrase of {@link #clientKeyWithPassphrase()}. */
	public static final String PASSPHRASE = "kunci rahasia 'uji' $1";
	private static final Path SSHD = Path.of("/usr/sbin/sshd");
	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(1);
	private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

	private final Path folder;
	private final int port;
	private final String user;
	private Process process;

	private SshServer(Path folder, int port, String user) {
		this.folder = folder;
		this.port = port;
		this.user = user;
	}

	/** Generates the keys and the configuration and starts sshd; fails with how to install it when missing. */
	public static SshServer start() {
		if (!Files.isExecutable(SSHD) || !Files.isExecutable(Path.of("/usr/bin/ssh-keygen"))) {
			throw new IllegalStateException(SSHD + " or ssh-keygen not found: apt-get install openssh-server openssh-client");
		}
		Path folder;
		try {
			folder = Files.createTempDirectory("cadang-sshd-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.createDirectories(Path.of("/run/sshd"));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create the folders for a test sshd: " + e.getMessage(), e);
		}
		SshServer server = new SshServer(folder, freePort(), System.getProperty("user.name"));
		try {
			server.keygen("host_ed25519", "ed25519", "");
			server.keygen("client_ed25519", "ed25519", "");
			server.keygen("client_rsa", "rsa", "");
			server.keygen("client_ed25519_passphrase", "ed25519", PASSPHRASE);
			Files.writeString(folder.resolve("authorized_keys"), String.join("",
					Files.readString(folder.resolve("client_ed25519.pub")),
					Files.readString(folder.resolve("client_rsa.pub")),
					Files.readString(folder.resolve("client_ed25519_passphrase.pub"))));
			server.writeConfig();
			server.launch();
			return server;
		} catch (IOException | RuntimeException e) {
			String log = server.log();
			server.close();
			throw new IllegalStateException("cannot start a test sshd in " + folder + ": " + e.getMessage()
					+ (log.isBlank() ? "" : "\nsshd log:\n" + log), e);
		}
	}

	private void keygen(String name, String type, String passphrase) {
		Processes.check(COMMAND_TIMEOUT, "ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "cadang-test-" + name,
				"-f", folder.resolve(name).toString());
	}

	private void writeConfig() throws IOException {
		String config = String.join("\n",
				"Port " + port,
				"ListenAddress 127.0.0.1",
				"HostKey " + folder.resolve("host_ed25519"),
				"AuthorizedKeysFile " + folder.resolve("authorized_keys"),
				"PidFile " + folder.resolve("sshd.pid"),
				"UsePAM no",
				"StrictModes no",
				"PermitRootLogin yes",
				"PubkeyAuthentication yes",
				"PasswordAuthentication no",
				"KbdInteractiveAuthentication no",
				"MaxStartups 100",
				"MaxSessions 50",
				"LogLevel VERBOSE",
				"Subsystem sftp internal-sftp",
				"");
		Files.writeString(configFile(), config);
		Processes.Result check = Processes.run(Duration.ofSeconds(30), SSHD.toString(), "-t", "-f", configFile().toString());
		if (!check.ok()) {
			throw new IllegalStateException("sshd refuses the test configuration: " + check.stderr().strip());
		}
	}

	private Path configFile() {
		return folder.resolve("sshd_config");
	}

	private synchronized void launch() throws IOException {
		process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", configFile().toString())
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("sshd.log").toFile()))
				.redirectErrorStream(true).start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("sshd exited with status " + process.exitValue() + " at start: " + log());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			} catch (IOException notYet) {
				sleep(50);
			}
		}
		throw new IllegalStateException("sshd did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("no free port on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	public int port() {
		return port;
	}

	/** The login user: the user running the tests. */
	public String user() {
		return user;
	}

	/** {@code ssh://user@127.0.0.1:port}. */
	public String url() {
		return "ssh://" + user + "@127.0.0.1:" + port;
	}

	/** The ed25519 client key without passphrase. */
	public Path clientKey() {
		return folder.resolve("client_ed25519");
	}

	/** An RSA client key without passphrase. */
	public Path clientRsaKey() {
		return folder.resolve("client_rsa");
	}

	/** An ed25519 client key protected by {@link #PASSPHRASE}. */
	public Path clientKeyWithPassphrase() {
		return folder.resolve("client_ed25519_passphrase");
	}

	/** A folder for the test's own files, deleted with the server. */
	public Path folder() {
		return folder;
	}

	/** The host key's fingerprint as {@code ssh-keygen -l} prints it: {@code SHA256:...}. */
	public String hostKeyFingerprint() {
		String line = Processes.check(COMMAND_TIMEOUT, "ssh-keygen", "-l", "-E", "sha256", "-f",
				folder.resolve("host_ed25519.pub").toString()).strip();
		return line.split("\\s+")[1];
	}

	/** The line that trusts this server's host key in a known_hosts file: {@code [127.0.0.1]:port ssh-ed25519 AAAA...}. */
	public String knownHostsLine() {
		try {
			String[] pub = Files.readString(folder.resolve("host_ed25519.pub")).strip().split("\\s+");
			return "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1];
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the test host key: " + e.getMessage(), e);
		}
	}

	/** Writes a known_hosts file with {@link #knownHostsLine()} to {@code file}. */
	public Path writeKnownHosts(Path file) {
		try {
			Files.writeString(file, knownHostsLine() + "\n");
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** The command that runs OpenSSH's own client against this server with {@link #clientKey()}. */
	public List<String> sshCommand(Path knownHosts, String... remote) {
		return Stream.concat(Stream.of("ssh", "-q", "-i", clientKey().toString(), "-p", Integer.toString(port),
				"-o", "UserKnownHostsFile=" + knownHosts, "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
				user + "@127.0.0.1"), Stream.of(remote)).toList();
	}

	/** Kills the server's session processes, so that every open connection is cut; the server keeps listening. */
	public synchronized void killSessions() {
		if (process != null) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
		}
	}

	/** Kills the server and its sessions: every connection is cut and new ones are refused. */
	public synchronized void kill() {
		if (process != null) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			try {
				process.waitFor();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			process = null;
		}
	}

	/** Kills the server if it runs and starts it again on the same port with the same keys. */
	public synchronized void restart() {
		kill();
		try {
			launch();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot restart the test sshd: " + e.getMessage(), e);
		}
	}

	/** Restarts the server with a new host key, as a reinstalled (or impersonated) server would present. */
	public synchronized void restartWithNewHostKey() {
		kill();
		try {
			Files.deleteIfExists(folder.resolve("host_ed25519"));
			Files.deleteIfExists(folder.resolve("host_ed25519.pub"));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot remove the old test host key: " + e.getMessage(), e);
		}
		keygen("host_ed25519", "ed25519", "");
		restart();
	}

	/** What sshd logged so far. */
	public String log() {
		try {
			Path log = folder.resolve("sshd.log");
			return Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	/** Stops the server and deletes its folder. */
	@Override
	public void close() {
		kill();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete the test sshd folder " + folder + ": " + e.getMessage(), e);
		}
	}
}
