package id.cadang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throwaway MariaDB server for tests: its own data folder in a temporary folder, on a free port of
 * 127.0.0.1, with its socket in that folder, gone again after {@link #close()}. The anonymous users
 * are dropped and a user {@link #USER} with password {@link #PASSWORD} may do everything from
 * 127.0.0.1; {@link #sql} runs as root over the socket. When the JVM runs as root the server runs as
 * the {@code mysql} user.
 */
public final class MariaDbServer implements AutoCloseable {
	/** The test user that may do everything, with a password that needs quoting in an option file. */
	public static final String USER = "cadang";
	public static final String PASSWORD = "rahasia \"kuat\" #1\\";

	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

	private final Path folder;
	private final int port;
	private final Process server;

	private MariaDbServer(Path folder, int port, Process server) {
		this.folder = folder;
		this.port = port;
		this.server = server;
	}

	/** Installs a fresh data folder and starts {@code mariadbd} on it. */
	public static MariaDbServer start() {
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder;
		try {
			folder = Files.createTempDirectory("cadang-mariadb-",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a temporary folder for MariaDB: " + e.getMessage(), e);
		}
		Path data = folder.resolve("data");
		try {
			if (root) {
				Processes.check(COMMAND_TIMEOUT, "chown", "mysql:mysql", folder.toString());
			}
			List<String> install = new ArrayList<>(List.of(tool("mariadb-install-db"), "--no-defaults", "--datadir=" + data,
					"--auth-root-authentication-method=normal", "--skip-test-db"));
			if (root) {
				install.add("--user=mysql");
			}
			Processes.run(install, Map.of(), Optional.of(folder), COMMAND_TIMEOUT).stdoutOrThrow();
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(tool("mariadbd"), "--no-defaults", "--datadir=" + data,
					"--socket=" + folder.resolve("sock"), "--port=" + port, "--bind-address=127.0.0.1",
					"--pid-file=" + folder.resolve("mariadbd.pid"), "--log-error=" + folder.resolve("server.log"),
					"--innodb-flush-log-at-trx-commit=0", "--skip-log-bin", "--event-scheduler=OFF"));
			if (root) {
				command.add("--user=mysql");
			}
			Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
					.redirectOutput(folder.resolve("stdout.log").toFile()).redirectErrorStream(true).start();
			MariaDbServer started = new MariaDbServer(folder, port, process);
			started.awaitReady();
			started.sql("mysql", "delete from mysql.global_priv where user = ''; "
					+ "create user '" + USER + "'@'127.0.0.1' identified by '" + literal(PASSWORD) + "'; "
					+ "create user '" + USER + "'@'localhost' identified by '" + literal(PASSWORD) + "'; "
					+ "grant all on *.* to '" + USER + "'@'127.0.0.1'; grant all on *.* to '" + USER + "'@'localhost'; "
					+ "flush privileges");
			return started;
		} catch (IOException | RuntimeException e) {
			String log = read(folder.resolve("server.log"));
			deleteFolder(folder);
			throw new IllegalStateException("cannot start a test MariaDB in " + folder + ": " + e.getMessage()
					+ (log.isBlank() ? "" : "\nserver log:\n" + log), e);
		}
	}

	private static String tool(String name) {
		for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin")) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new IllegalStateException(name + " not found: apt-get install mariadb-server");
	}

	private void awaitReady() throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			if (!server.isAlive()) {
				throw new IOException("mariadbd exited with status " + server.exitValue());
			}
			if (Files.exists(folder.resolve("sock"))) {
				try (Socket probe = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
					return;
				} catch (IOException notYet) {
					// keep waiting
				}
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for mariadbd", e);
			}
		}
		throw new IOException("mariadbd did not listen on 127.0.0.1:" + port + " within 60 s");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("no free port on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	/** {@code s} as the inside of a single-quoted SQL string. */
	public static String literal(String s) {
		return s.replace("\\", "\\\\").replace("'", "''");
	}

	/** The server's TCP port on 127.0.0.1. */
	public int port() {
		return port;
	}

	/** {@code mariadb://cadang:PASSWORD@127.0.0.1:PORT/database}, the password percent-encoded. */
	public String url(String database) {
		return "mariadb://" + USER + ":" + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
				.replace("+", "%20") + "@127.0.0.1:" + port + "/" + database;
	}

	/**
	 * Runs {@code statements} with the mariadb client as root over the socket in {@code database}
	 * (stopping at the first error) and returns the tab-separated rows without column names.
	 */
	public String sql(String database, String statements) {
		return Processes.run(List.of("mariadb", "--no-defaults", "--socket=" + folder.resolve("sock"), "--user=root",
				"--batch", "--skip-column-names", "--default-character-set=utf8mb4", "--database=" + database, "-e", statements),
				Map.of(), Optional.empty(), COMMAND_TIMEOUT).stdoutOrThrow();
	}

	/**
	 * Runs a bash {@code pipeline} whose last command reads SQL on stdin into {@code database} as root;
	 * the pipeline's text is followed by {@code | mariadb ... database}.
	 */
	public void load(String pipeline, String database) {
		Processes.shell(Duration.ofMinutes(5), pipeline + " | mariadb --no-defaults --socket='" + folder.resolve("sock")
				+ "' --user=root --default-character-set=utf8mb4 '" + database + "'");
	}

	/** Creates an empty utf8mb4 database. */
	public void createDatabase(String name) {
		sql("mysql", "create database `" + name.replace("`", "``") + "` character set utf8mb4 collate utf8mb4_unicode_ci");
	}

	/** Shuts the server down ({@code mariadb-admin shutdown}) and deletes its folder. */
	@Override
	public void close() {
		try {
			Processes.run(List.of("mariadb-admin", "--no-defaults", "--socket=" + folder.resolve("sock"), "--user=root",
					"shutdown"), Map.of(), Optional.empty(), COMMAND_TIMEOUT);
			if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				server.destroyForcibly();
				server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			server.destroyForcibly();
			Thread.currentThread().interrupt();
		} finally {
			deleteFolder(folder);
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		} catch (IOException e) {
			return "";
		}
	}

	private static void deleteFolder(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete the test MariaDB folder " + folder + ": " + e.getMessage(), e);
		}
	}
}
