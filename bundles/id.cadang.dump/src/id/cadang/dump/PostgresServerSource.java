package id.cadang.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import id.cadang.dump.internal.LibpqErrors;
import id.cadang.dump.internal.PostgresVersions;
import id.cadang.dump.internal.ProducerProcess;
import id.cadang.dump.internal.RowCounts;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.dump.internal.TailKeepingInputStream;
import id.cadang.ssh.ExitStatus;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * Every database of a PostgreSQL server with its roles and tablespaces, for a URL that names the
 * server ({@code postgresql://postgres@host:5432/*}), dumped by {@code pg_dumpall} as one plain SQL
 * stream. Restore it into a fresh server with {@code zstd -dc FILE | psql -d postgres}. The dump is good
 * only when pg_dumpall exits with 0 and the stream ends with its
 * {@code -- PostgreSQL database cluster dump complete} trailer. pg_dumpall needs a superuser. Row counts
 * are taken per database just before the dump ({@code database/schema.table}); pg_dumpall takes one
 * snapshot per database, so writes in between differ. With a remote {@link SourceHost} everything runs on
 * the server over SSH with its own tools. One instance makes one backup.
 */
public final class PostgresServerSource implements CheckableSource {
	/** What pg_dumpall writes near its end when it dumped everything. */
	public static final String TRAILER = "-- PostgreSQL database cluster dump complete";

	private static final long CONNECT_TIMEOUT_SECONDS = 10;
	private static final long EXIT_WAIT_SECONDS = 60;
	private static final long COUNT_TIMEOUT_SECONDS = 3600;
	private static final String MAINTENANCE_DATABASE = "postgres";

	private final DatabaseUrl url;
	private final SourceHost host;
	private Optional<String> serverVersion = Optional.empty();
	private Optional<String> toolVersion = Optional.empty();
	private Optional<SortedMap<String, Long>> rowCounts = Optional.empty();
	private List<String> databases = List.of();
	private Optional<ProducerProcess> producer = Optional.empty();
	private Optional<TailKeepingInputStream> stream = Optional.empty();

	/** @param url a PostgreSQL URL whose database is {@code *} */
	public PostgresServerSource(DatabaseUrl url, Tools tools) {
		this(url, SourceHost.local(tools));
	}

	/** @param url a PostgreSQL URL whose database is {@code *}, dumped on {@code host} */
	public PostgresServerSource(DatabaseUrl url, SourceHost host) {
		this.url = url;
		this.host = host;
	}

	@Override
	public String kind() {
		return "postgresql-server";
	}

	@Override
	public String extension() {
		return "sql";
	}

	public DatabaseUrl url() {
		return url;
	}

	/** The URL of the maintenance database pg_dumpall and the checks connect to. */
	private DatabaseUrl maintenance() {
		return url.withDatabase(MAINTENANCE_DATABASE);
	}

	/**
	 * Connects with psql, checks that the user is a superuser and that pg_dumpall is not older than the server.
	 *
	 * @throws SourceFailedException naming the thing that is wrong and the fix
	 */
	@Override
	public synchronized void preflight() throws SourceFailedException {
		if (!DatabaseUrl.POSTGRESQL.equals(url.kind()) || !url.wholeServer()) {
			throw new SourceFailedException(url.redacted() + " does not name a whole PostgreSQL server: use postgresql://user@host:5432/*");
		}
		String answer = psql(maintenance(), "select current_setting('server_version_num'), current_setting('server_version'),"
				+ " (select rolsuper from pg_roles where rolname = current_user)", CONNECT_TIMEOUT_SECONDS * 3).strip();
		String[] fields = answer.split("\t");
		if (!"t".equals(fields[2])) {
			throw new SourceFailedException("user '" + url.user() + "' is no superuser on PostgreSQL at " + url.address()
					+ ", and pg_dumpall needs one to read every database and the roles: back up as postgres"
					+ " (postgresql://postgres@" + url.address() + "/*), or bind each database on its own");
		}
		String dumpall = host.require("pg_dumpall");
		String version;
		try {
			version = ShortCommand.version(host.runner(), dumpall);
		} catch (IOException e) {
			throw new SourceFailedException(dumpall + " --version failed: " + e.getMessage() + ": reinstall postgresql-client", e);
		}
		PostgresSource.refuseOlderClient("pg_dumpall", dumpall, version, PostgresVersions.ofServer(Integer.parseInt(fields[0])), url, host);
		toolVersion = Optional.of(version);
		serverVersion = Optional.of(fields[1]);
	}

	/** The server's version, once {@link #preflight()} ran. */
	public synchronized Optional<String> serverVersion() {
		return serverVersion;
	}

	/** Runs {@link #preflight()} unless it ran already, counts the rows of every database, then starts pg_dumpall. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (producer.isPresent()) {
			throw new IllegalStateException("this PostgresServerSource for " + url + " was opened already: make a new one for each backup");
		}
		if (serverVersion.isEmpty()) {
			preflight();
		}
		databases = psql(maintenance(), "select datname from pg_database where datallowconn and not datistemplate order by 1",
				CONNECT_TIMEOUT_SECONDS * 3).lines().filter(l -> !l.isEmpty()).toList();
		SortedMap<String, Long> counts = new TreeMap<>();
		for (String database : databases) {
			DatabaseUrl one = url.withDatabase(database);
			RowCounts.fromTabSeparated(psql(one, PostgresSource.COUNT_ROWS, COUNT_TIMEOUT_SECONDS))
					.forEach((table, rows) -> counts.put(database + "/" + table, rows));
		}
		rowCounts = Optional.of(counts);
		String dumpall = host.require("pg_dumpall");
		ProducerProcess started = ProducerProcess.start(host.runner(), "pg_dumpall", List.of(dumpall, "--no-password",
				"--host=" + url.host(), "--port=" + url.port(), "--username=" + url.user(), "--database=" + MAINTENANCE_DATABASE),
				environment());
		producer = Optional.of(started);
		TailKeepingInputStream tail = new TailKeepingInputStream(started.stdout(), 512);
		stream = Optional.of(tail);
		return tail;
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		TailKeepingInputStream tail;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("pg_dumpall was never started: call open() first"));
			tail = stream.orElseThrow();
		}
		ExitStatus status = running.waitFor(EXIT_WAIT_SECONDS);
		String what = "the dump of every database on " + url.address();
		if (running.aborted()) {
			throw new SourceFailedException("pg_dumpall was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (ProducerProcess.killed(status)) {
			String said = running.stderr().lastLines(3);
			throw new SourceFailedException("pg_dumpall " + ProducerProcess.describeExit(status) + " before it finished, so " + what
					+ " is incomplete" + (said.isEmpty() ? "" : " (pg_dumpall said: " + said + ")")
					+ ": " + ProducerProcess.adviceAfterKill(status, host.where()));
		}
		if (!status.ok()) {
			String explained = LibpqErrors.explain(maintenance(), "pg_dumpall", running.stderr().text());
			String said = running.stderr().lastLines(3);
			throw new SourceFailedException("pg_dumpall " + ProducerProcess.describeExit(status) + ": " + explained
					+ (said.isEmpty() || explained.contains(running.stderr().lastLines(1)) ? "" : " (pg_dumpall said: " + said + ")"));
		}
		if (!tail.tail().contains(TRAILER)) {
			throw new SourceFailedException("pg_dumpall exited with status 0 but " + what + " does not end with its '" + TRAILER
					+ "' line after " + tail.total() + " bytes, so it was cut off: check the disk and the connection, then run the backup again");
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", "pg_dumpall");
		toolVersion.ifPresent(v -> facts.put("toolVersion", v));
		serverVersion.ifPresent(v -> facts.put("serverVersion", v));
		facts.put("databases", String.join(",", databases));
		facts.put("host", url.host());
		facts.put("port", Integer.toString(url.port()));
		facts.put("user", url.user());
		if (host.isRemote()) {
			facts.put("ssh", host.describe());
		}
		rowCounts.ifPresent(counts -> {
			facts.put(RowCounts.FACT, RowCounts.toJson(counts));
			facts.put(RowCounts.NOTE_FACT, "exact count(*) per table (database/schema.table), each database in its own"
					+ " transaction just before pg_dumpall; rows written in between differ");
		});
		List<String> warnings = running.stderr().lines().stream().filter(l -> l.contains("warning:")).toList();
		return new SourceResult(0, facts, warnings);
	}

	@Override
	public synchronized void abort() {
		producer.ifPresent(ProducerProcess::abort);
	}

	/** Runs one SQL statement with psql on {@code on}; tab-separated, tuples only. */
	private String psql(DatabaseUrl on, String sql, long seconds) throws SourceFailedException {
		String psql = host.require("psql");
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(host.runner(), List.of(psql, "-X", "-A", "-t", "-w", "-F", "\t", "-v", "ON_ERROR_STOP=1",
					"--host=" + on.host(), "--port=" + on.port(), "--username=" + on.user(), "--dbname=" + on.database(), "-c", sql),
					environment(), seconds);
		} catch (IOException e) {
			throw new SourceFailedException("cannot check " + on.redacted() + ": " + e.getMessage()
					+ ": check that the server is on and reachable", e);
		}
		if (!outcome.ok()) {
			throw new SourceFailedException(LibpqErrors.explain(on, "psql", outcome.stderr()));
		}
		return outcome.stdout();
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
