package id.cadang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: its own data folder in a temporary folder, on a free port
 * of 127.0.0.1, with unix sockets in that folder, gone again after {@link #close()}.
 * <p>
 * {@link #start()} trusts every local connection. {@link #startWithPasswords()} trusts only the
 * {@code postgres} superuser and asks every other role for its password (scram-sha-256), for tests
 * of authentication. When the JVM runs as root the server runs as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {
	private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

	private final Path bin;
	private final Path folder;
	private final int port;
	private final boolean asPostgresUser;

	private PostgresServer(Path bin, Path folder, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.folder = folder;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** Starts a server that trusts every connection from 127.0.0.1. */
	public static PostgresServer start() {
		return start(false);
	}

	/** Starts a server that trusts {@code postgres} and asks any other role for its password. */
	public static PostgresServer startWithPasswords() {
		return start(true);
	}

	private static PostgresServer start(boolean passwords) {
		Path bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder;
		try {
			folder = Files.createTempDirectory("cadang-pg-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a temporary folder for PostgreSQL: " + e.getMessage(), e);
		}
		if (root) {
			Processes.check(COMMAND_TIMEOUT, "chown", "postgres:postgres", folder.toString());
		}
		PostgresServer server = new PostgresServer(bin, folder, freePort(), root);
		try {
			server.initdb();
			if (passwords) {
				server.writeHba("""
						local all all trust
						host all postgres 127.0.0.1/32 trust
						host all all 127.0.0.1/32 scram-sha-256
						""");
			}
			server.asServerUser("pg_ctl", "-w", "-t", "60", "-D", server.dataFolder().toString(), "-l",
					server.folder.resolve("server.log").toString(), "-o",
					"-p " + server.port + " -k " + server.folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
			return server;
		} catch (RuntimeException e) {
			String log = server.serverLog();
			server.deleteFolder();
			throw new IllegalStateException("cannot start a test PostgreSQL in " + folder + ": " + e.getMessage()
					+ (log.isBlank() ? "" : "\nserver log:\n" + log), e);
		}
	}

	/** The newest {@code /usr/lib/postgresql/<version>/bin} that holds initdb and pg_ctl. */
	private static Path binaries() {
		try (Stream<Path> versions = Files.isDirectory(INSTALL_ROOT) ? Files.list(INSTALL_ROOT) : Stream.empty()) {
			return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
					.sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
					.map(v -> v.resolve("bin"))
					.filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found under "
							+ INSTALL_ROOT + ": apt-get install postgresql"));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + INSTALL_ROOT + ": " + e.getMessage(), e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("no free port on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	private void initdb() {
		String locale = Processes.check(COMMAND_TIMEOUT, "locale", "-a").lines()
				.anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8")) ? "C.UTF-8" : "C";
		asServerUser("initdb", "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=" + locale, "--no-sync",
				"-D", dataFolder().toString());
	}

	private void writeHba(String content) {
		try {
			Files.writeString(dataFolder().resolve("pg_hba.conf"), content);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write pg_hba.conf: " + e.getMessage(), e);
		}
	}

	private String asServerUser(String tool, String... arguments) {
		List<String> command = new ArrayList<>();
		if (asPostgresUser) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(tool).toString());
		command.addAll(List.of(arguments));
		return Processes.run(command, Map.of(), Optional.of(folder), COMMAND_TIMEOUT).stdoutOrThrow();
	}

	private Path dataFolder() {
		return folder.resolve("data");
	}

	/** The server's TCP port on 127.0.0.1. */
	public int port() {
		return port;
	}

	/** The folder of PostgreSQL's binaries, for tools such as pg_restore of the same version. */
	public Path bin() {
		return bin;
	}

	/** {@code postgresql://postgres@127.0.0.1:PORT/database}. */
	public String url(String database) {
		return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
	}

	/**
	 * Runs {@code sql} with psql as {@code postgres} in {@code database}, stopping at the first error,
	 * and returns psql's unaligned, tuples-only output.
	 */
	public String psql(String database, String sql) {
		return Processes.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
				"-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-d", database, "-c", sql), Map.of(),
				Optional.empty(), COMMAND_TIMEOUT).stdoutOrThrow();
	}

	/** Runs an SQL file with psql as {@code postgres} in {@code database}, stopping at the first error. */
	public void psqlFile(String database, Path file) {
		Processes.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
				"-p", Integer.toString(port), "-U", "postgres", "-d", database, "-f", file.toString()), Map.of(),
				Optional.empty(), Duration.ofMinutes(10)).stdoutOrThrow();
	}

	/** Creates an empty database owned by {@code postgres}. */
	public void createDatabase(String name) {
		psql("postgres", "create database \"" + name.replace("\"", "\"\"") + "\"");
	}

	/** The server log so far, for a failure message. */
	public String serverLog() {
		try {
			Path log = folder.resolve("server.log");
			return Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	/**
	 * The Sakila sample database scripts ({@code shared/testdata/sakila}), found by walking up from the
	 * working folder; empty when this checkout has no test data beside it.
	 */
	public static Optional<Path> sakila() {
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve("shared/testdata/sakila"), dir.resolve("../shared/testdata/sakila"))) {
				if (Files.isDirectory(candidate)) {
					return Optional.of(candidate.normalize());
				}
			}
		}
		return Optional.empty();
	}

	/** Stops the server (fast shutdown) and deletes its folder. */
	@Override
	public void close() {
		try {
			asServerUser("pg_ctl", "-w", "-t", "60", "-D", dataFolder().toString(), "-m", "fast", "stop");
		} finally {
			deleteFolder();
		}
	}

	private void deleteFolder() {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete the test PostgreSQL folder " + folder + ": " + e.getMessage(), e);
		}
	}
}
