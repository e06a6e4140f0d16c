package id.cadang.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.dump.internal.LibpqErrors;
import id.cadang.dump.internal.PostgresVersions;
import id.cadang.dump.internal.ProducerProcess;
import id.cadang.dump.internal.RowCounts;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.dump.internal.SnapshotHolder;
import id.cadang.ssh.ExitStatus;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * A PostgreSQL database, dumped with {@code pg_dump --format=custom --compress=0} (the storage
 * pipeline compresses), on this computer or, with a remote {@link SourceHost}, on a server over SSH with
 * the server's own pg_dump (connecting to host and port as seen from there). The password travels in
 * {@code PGPASSWORD}, never on a command line. One instance makes one backup.
 */
public final class PostgresSource implements CheckableSource {
	private static final long CONNECT_TIMEOUT_SECONDS = 10;
	private static final long EXIT_WAIT_SECONDS = 60;
	private static final long COUNT_TIMEOUT_SECONDS = 3600;

	/** One statement that counts every table of the database: {@code schema.table<TAB>rows} per line. */
	public static final String COUNT_ROWS = """
			select n.nspname || '.' || c.relname, (xpath('/row/c/text()', query_to_xml(
			  format('select count(*) as c from only %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
			order by 1;""";

	private final DatabaseUrl url;
	private final SourceHost host;
	private Optional<String> serverVersion = Optional.empty();
	private Optional<String> toolVersion = Optional.empty();
	private Optional<ProducerProcess> producer = Optional.empty();
	private Optional<SnapshotHolder> session = Optional.empty();
	private Optional<SortedMap<String, Long>> rowCounts = Optional.empty();
	private Optional<String> countWarning = Optional.empty();

	/** A database dumped on this computer with the tools {@code tools} finds. */
	public PostgresSource(DatabaseUrl url, Tools tools) {
		this(url, SourceHost.local(tools));
	}

	/** A database dumped on {@code host}. */
	public PostgresSource(DatabaseUrl url, SourceHost host) {
		this.url = url;
		this.host = host;
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
		if (url.wholeServer()) {
			throw new SourceFailedException(url.redacted() + " names every database of the server: back it up with"
					+ " PostgresServerSource (pg_dumpall), or name one database");
		}
		String psql = host.require("psql");
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(host.runner(), List.of(psql, "-X", "-A", "-t", "-w", "--host=" + url.host(),
					"--port=" + url.port(), "--username=" + url.user(), "--dbname=" + url.database(), "-c",
					"select current_setting('server_version_num'), current_setting('server_version')"), environment(),
					CONNECT_TIMEOUT_SECONDS * 3);
		} catch (IOException e) {
			throw new SourceFailedException("cannot check " + url.redacted() + ": " + e.getMessage()
					+ ": check that the server is on and reachable", e);
		}
		if (!outcome.ok()) {
			throw new SourceFailedException(LibpqErrors.explain(url, "psql", outcome.stderr()));
		}
		String line = outcome.stdout().strip();
		int bar = line.indexOf('|');
		String serverMajor = PostgresVersions.ofServer(Integer.parseInt(line.substring(0, bar)));
		String pgDump = host.require("pg_dump");
		String clientVersion;
		try {
			clientVersion = ShortCommand.version(host.runner(), pgDump);
		} catch (IOException e) {
			throw new SourceFailedException(pgDump + " --version failed: " + e.getMessage() + ": reinstall postgresql-client", e);
		}
		refuseOlderClient("pg_dump", pgDump, clientVersion, serverMajor, url, host);
		toolVersion = Optional.of(clientVersion);
		serverVersion = Optional.of(line.substring(bar + 1));
	}

	/**
	 * Refuses a dump tool older than the server: pg_dump cannot dump a server of a newer major version.
	 *
	 * @throws SourceFailedException naming both versions and the two fixes
	 */
	static void refuseOlderClient(String tool, String path, String clientVersion, String serverMajor, DatabaseUrl url,
			SourceHost host) throws SourceFailedException {
		Optional<String> clientMajor = PostgresVersions.ofTool(clientVersion);
		if (clientMajor.isPresent() && PostgresVersions.compare(clientMajor.get(), serverMajor) < 0) {
			throw new SourceFailedException(tool + " " + clientMajor.get() + " (" + path + (host.isRemote() ? " on " + host.describe() : "")
					+ ") is older than the PostgreSQL " + serverMajor + " server at " + url.address()
					+ " and cannot dump it: install postgresql-client-" + serverMajor + " (or newer) on " + host.where()
					+ (host.isRemote() ? "" : ", or run the dump on the server itself over SSH"));
		}
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
		String pgDump = host.require("pg_dump");
		String application = "cadang-dump-" + java.util.UUID.randomUUID();
		List<String> command = new ArrayList<>(List.of(pgDump, "--format=custom", "--compress=0", "--no-password",
				"--host=" + url.host(), "--port=" + url.port(), "--username=" + url.user(), "--dbname=" + url.database()));
		snapshotCounts(host.require("psql"), application).ifPresent(snapshot -> command.add("--snapshot=" + snapshot));
		Map<String, String> env = environment();
		env.put("PGAPPNAME", application);
		try {
			ProducerProcess started = ProducerProcess.start(host.runner(), "pg_dump", command, env);
			producer = Optional.of(started);
			return started.stdout();
		} catch (IOException | RuntimeException e) {
			session.ifPresent(SnapshotHolder::kill);
			throw e;
		}
	}

	/**
	 * Opens a REPEATABLE READ transaction, exports its snapshot and counts the rows of every table in
	 * it; the session holds the transaction while pg_dump (connecting as {@code application}) runs, so
	 * pg_dump can import the snapshot.
	 *
	 * @return the snapshot id; empty (with a warning) when counting failed, and pg_dump then takes its own
	 */
	private Optional<String> snapshotCounts(String psql, String application) {
		SnapshotHolder opened = null;
		try {
			opened = SnapshotHolder.start(host.runner(), List.of(psql, "-w", "--host=" + url.host(), "--port=" + url.port(),
					"--username=" + url.user(), "--dbname=" + url.database()), environment(), COUNT_ROWS, application);
			String snapshot = opened.snapshot(CONNECT_TIMEOUT_SECONDS * 3);
			rowCounts = Optional.of(RowCounts.fromTabSeparated(String.join("\n", opened.queryAnswer(COUNT_TIMEOUT_SECONDS))));
			session = Optional.of(opened);
			return Optional.of(snapshot);
		} catch (IOException | RuntimeException e) {
			if (opened != null) {
				opened.kill();
			}
			countWarning = Optional.of("row counts not recorded: " + e.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("pg_dump was never started: call open() first"));
		}
		ExitStatus status;
		try {
			status = running.waitFor(EXIT_WAIT_SECONDS);
		} finally {
			// pg_dump has ended, so the snapshot it imported is no longer needed: end the session now rather
			// than wait for it (a small database's dump can be over before the session starts watching for it)
			session.ifPresent(SnapshotHolder::kill);
		}
		String what = "the dump of database '" + url.database() + "' on " + url.address();
		if (running.aborted()) {
			throw new SourceFailedException("pg_dump was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (ProducerProcess.killed(status)) {
			String tail = running.stderr().lastLines(3);
			throw new SourceFailedException("pg_dump " + ProducerProcess.describeExit(status) + " before it finished, so " + what
					+ " is incomplete" + (tail.isEmpty() ? "" : " (pg_dump said: " + tail + ")")
					+ ": " + ProducerProcess.adviceAfterKill(status, host.isRemote() ? host.describe() : "the server"));
		}
		if (!status.ok()) {
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
		if (host.isRemote()) {
			facts.put("ssh", host.describe());
		}
		rowCounts.ifPresent(counts -> {
			facts.put(RowCounts.FACT, RowCounts.toJson(counts));
			facts.put(RowCounts.NOTE_FACT, "exact count(*) per table in the REPEATABLE READ snapshot that pg_dump dumped (--snapshot)");
		});
		List<String> warnings = new ArrayList<>(running.stderr().lines().stream().filter(l -> l.contains("warning:")).toList());
		countWarning.ifPresent(warnings::add);
		return new SourceResult(0, facts, warnings);
	}

	@Override
	public synchronized void abort() {
		producer.ifPresent(ProducerProcess::abort);
		session.ifPresent(SnapshotHolder::kill);
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
