package id.cadang.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.dump.internal.LibpqErrors;
import id.cadang.dump.internal.ProducerProcess;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * A PostgreSQL database, dumped with {@code pg_dump --format=custom --compress=0} (the storage
 * pipeline compresses). The password travels in {@code PGPASSWORD}, never on a command line.
 * One instance makes one backup.
 */
public final class PostgresSource implements CheckableSource {
	private static final long CONNECT_TIMEOUT_SECONDS = 10;
	private static final long EXIT_WAIT_SECONDS = 60;

	private final DatabaseUrl url;
	private final Tools tools;
	private Optional<String> serverVersion = Optional.empty();
	private Optional<String> toolVersion = Optional.empty();
	private Optional<ProducerProcess> producer = Optional.empty();

	public PostgresSource(DatabaseUrl url, Tools tools) {
		this.url = url;
		this.tools = tools;
	}

	@Override
	public String kind() {
		return "postgresql";
	}

	@Override
	public String extension() {
		return "dump";
	}

	public DatabaseUrl url() {
		return url;
	}

	/**
	 * Connects with psql and asks the server for its version.
	 *
	 * @throws SourceFailedException when psql is missing or the connection fails: the message says
	 *                               whether the database, the role, the password or the server is the problem
	 */
	@Override
	public synchronized void preflight() throws SourceFailedException {
		if (!DatabaseUrl.POSTGRESQL.equals(url.kind())) {
			throw new SourceFailedException(url.redacted() + " is not a PostgreSQL URL: use postgresql://user@host:5432/dbname");
		}
		Path psql = tools.require("psql");
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(List.of(psql.toString(), "-X", "-A", "-t", "-w", "--host=" + url.host(),
					"--port=" + url.port(), "--username=" + url.user(), "--dbname=" + url.database(), "-c",
					"select version(), current_setting('server_version')"), environment(), CONNECT_TIMEOUT_SECONDS * 3);
		} catch (IOException e) {
			throw new SourceFailedException("cannot check " + url.redacted() + ": " + e.getMessage()
					+ ": check that the server is on and reachable", e);
		}
		if (outcome.status() != 0) {
			throw new SourceFailedException(LibpqErrors.explain(url, "psql", outcome.stderr()));
		}
		String line = outcome.stdout().strip();
		int bar = line.lastIndexOf('|');
		serverVersion = Optional.of(bar < 0 ? line : line.substring(bar + 1));
	}

	/** The server's version ({@code 15.20 (Debian 15.20-0+deb12u1)}), once {@link #preflight()} ran. */
	public synchronized Optional<String> serverVersion() {
		return serverVersion;
	}

	/** Runs {@link #preflight()} unless it ran already, then starts pg_dump. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (producer.isPresent()) {
			throw new IllegalStateException("this PostgresSource for " + url + " was opened already: make a new one for each backup");
		}
		if (serverVersion.isEmpty()) {
			preflight();
		}
		Path pgDump = tools.require("pg_dump");
		toolVersion = Optional.of(ShortCommand.version(pgDump));
		ProducerProcess started = ProducerProcess.start("pg_dump", List.of(pgDump.toString(), "--format=custom",
				"--compress=0", "--no-password", "--host=" + url.host(), "--port=" + url.port(),
				"--username=" + url.user(), "--dbname=" + url.database()), environment());
		producer = Optional.of(started);
		return started.stdout();
	}

	/** The process id of the running pg_dump. */
	public synchronized long pid() {
		return producer.orElseThrow(() -> new IllegalStateException("pg_dump is not running: call open() first")).pid();
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("pg_dump was never started: call open() first"));
		}
		int status = running.waitFor(EXIT_WAIT_SECONDS);
		String what = "the dump of database '" + url.database() + "' on " + url.address();
		if (running.aborted()) {
			throw new SourceFailedException("pg_dump was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (ProducerProcess.killed(status)) {
			String tail = running.stderr().lastLines(3);
			throw new SourceFailedException("pg_dump " + ProducerProcess.describeExit(status) + " before it finished, so " + what
					+ " is incomplete" + (tail.isEmpty() ? "" : " (pg_dump said: " + tail + ")")
					+ ": look for the out-of-memory killer or an operator on the server, then run the backup again");
		}
		if (status != 0) {
			String stderr = running.stderr().text();
			String explained = LibpqErrors.explain(url, "pg_dump", stderr);
			throw new SourceFailedException("pg_dump " + ProducerProcess.describeExit(status) + ": " + explained
					+ (explained.contains(running.stderr().lastLines(1)) ? "" : " (pg_dump said: " + running.stderr().lastLines(3) + ")"));
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", "pg_dump");
		toolVersion.ifPresent(v -> facts.put("toolVersion", v));
		serverVersion.ifPresent(v -> facts.put("serverVersion", v));
		facts.put("database", url.database());
		facts.put("host", url.host());
		facts.put("port", Integer.toString(url.port()));
		facts.put("user", url.user());
		List<String> warnings = running.stderr().lines().stream().filter(l -> l.contains("warning:")).toList();
		return new SourceResult(0, facts, warnings);
	}

	@Override
	public synchronized void abort() {
		producer.ifPresent(ProducerProcess::abort);
	}

	private Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		env.put("PGCONNECT_TIMEOUT", Long.toString(CONNECT_TIMEOUT_SECONDS));
		env.put("LC_MESSAGES", "C");
		env.put("PGAPPNAME", "cadang");
		url.password().ifPresent(p -> env.put("PGPASSWORD", p));
		return env;
	}
}
