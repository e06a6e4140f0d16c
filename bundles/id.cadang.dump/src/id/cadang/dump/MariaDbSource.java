package id.cadang.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.dump.internal.MariaDbErrors;
import id.cadang.dump.internal.OptionFile;
import id.cadang.dump.internal.ProducerProcess;
import id.cadang.dump.internal.RowCounts;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.dump.internal.TailKeepingInputStream;
import id.cadang.ssh.ExitStatus;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * A MariaDB or MySQL database, dumped as SQL with {@code mariadb-dump} (or {@code mysqldump})
 * {@code --single-transaction --routines --events --triggers --hex-blob}, on this computer or, with a
 * remote {@link SourceHost}, on a server over SSH with the server's own client (connecting to host and
 * port as seen from there; {@code localhost} is the server's socket). The password never appears on a
 * command line: on this computer it travels in a temporary option file of mode 0600
 * ({@code --defaults-extra-file}, deleted after); on a server in {@code MYSQL_PWD}, which the SSH runner
 * sends through the channel's stdin into the tool's environment (readable only by that user and root,
 * as a 0600 file would be), so nothing is written on the server.
 * A dump is good only when the tool exits with 0 and the stream ends with its
 * {@code -- Dump completed on ...} trailer: a dump cut off before it is a failure even with exit 0.
 * Per-table row counts are taken just before the dump in a consistent-snapshot transaction of their
 * own (mariadb-dump's transaction cannot be shared). One instance makes one backup.
 */
public final class MariaDbSource implements CheckableSource {
	/** What mariadb-dump writes as its last line when it dumped everything. */
	public static final String TRAILER = "-- Dump completed";

	private static final long CONNECT_TIMEOUT_SECONDS = 10;
	private static final long EXIT_WAIT_SECONDS = 60;
	private static final long COUNT_TIMEOUT_SECONDS = 3600;
	private static final int TAIL_BYTES = 512;

	private final DatabaseUrl url;
	private final SourceHost host;
	private Optional<String> serverVersion = Optional.empty();
	private Optional<String> toolVersion = Optional.empty();
	private String toolName = "mariadb-dump";
	private Optional<SortedMap<String, Long>> rowCounts = Optional.empty();
	private Optional<ProducerProcess> producer = Optional.empty();
	private Optional<TailKeepingInputStream> stream = Optional.empty();
	private Optional<OptionFile> optionFile = Optional.empty();

	public MariaDbSource(DatabaseUrl url, Tools tools) {
		this(url, SourceHost.local(tools));
	}

	/** A database dumped on {@code host}. */
	public MariaDbSource(DatabaseUrl url, SourceHost host) {
		this.url = url;
		this.host = host;
	}

	@Override
	public String kind() {
		return "mariadb";
	}

	@Override
	public String extension() {
		return "sql";
	}

	public DatabaseUrl url() {
		return url;
	}

	/**
	 * Connects with the {@code mariadb} (or {@code mysql}) client and asks the server for its version.
	 *
	 * @throws SourceFailedException when the client is missing or the connection fails: the message says
	 *                               whether the database, the user, the password or the server is the problem
	 */
	@Override
	public synchronized void preflight() throws SourceFailedException {
		if (!DatabaseUrl.MARIADB.equals(url.kind())) {
			throw new SourceFailedException(url.redacted() + " is not a MariaDB/MySQL URL: use mariadb://user@host:3306/dbname");
		}
		if (url.database().startsWith("-")) {
			throw new SourceFailedException("database name '" + url.database()
					+ "' starts with '-', which the MariaDB tools would read as an option: rename the database, or fix the database URL "
					+ url.redacted());
		}
		ShortCommand.Outcome outcome = client("select version()", CONNECT_TIMEOUT_SECONDS * 3);
		if (!outcome.ok()) {
			throw new SourceFailedException(MariaDbErrors.explain(url, "mariadb", outcome.stderr()));
		}
		serverVersion = Optional.of(outcome.stdout().strip());
	}

	/** The server's version ({@code 10.11.19-MariaDB-0+deb12u1}), once {@link #preflight()} ran. */
	public synchronized Optional<String> serverVersion() {
		return serverVersion;
	}

	/** The row counts taken by {@link #open()}: table name to rows. */
	public synchronized Optional<SortedMap<String, Long>> rowCounts() {
		return rowCounts;
	}

	/** Runs {@link #preflight()} unless it ran already, counts the rows of every table, then starts mariadb-dump. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (producer.isPresent()) {
			throw new IllegalStateException("this MariaDbSource for " + url + " was opened already: make a new one for each backup");
		}
		if (serverVersion.isEmpty()) {
			preflight();
		}
		rowCounts = Optional.of(countRows());
		String dump = host.requireAny("mariadb-dump", "mysqldump");
		toolName = dump.substring(dump.lastIndexOf('/') + 1);
		toolVersion = Optional.of(ShortCommand.version(host.runner(), dump));
		List<String> command = new ArrayList<>();
		command.add(dump);
		if (url.password().isPresent() && !host.isRemote()) {
			OptionFile file = OptionFile.withPassword(url.password().get());
			optionFile = Optional.of(file);
			command.add(file.argument());
		}
		command.addAll(List.of("--single-transaction", "--routines", "--events", "--triggers", "--hex-blob",
				"--default-character-set=utf8mb4", "--comments", "--dump-date",
				"--host=" + url.host(), "--port=" + url.port(), "--user=" + url.user(), "--databases", url.database()));
		try {
			ProducerProcess started = ProducerProcess.start(host.runner(), "mariadb-dump", command, environment());
			producer = Optional.of(started);
			TailKeepingInputStream tail = new TailKeepingInputStream(started.stdout(), TAIL_BYTES);
			stream = Optional.of(tail);
			return tail;
		} catch (IOException | RuntimeException e) {
			optionFile.ifPresent(OptionFile::close);
			throw e;
		}
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		TailKeepingInputStream tail;
		String tool;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("mariadb-dump was never started: call open() first"));
			tail = stream.orElseThrow();
			tool = toolName;
		}
		ExitStatus status;
		try {
			status = running.waitFor(EXIT_WAIT_SECONDS);
		} finally {
			optionFile.ifPresent(OptionFile::close);
		}
		String what = "the dump of database '" + url.database() + "' on " + url.address();
		if (running.aborted()) {
			throw new SourceFailedException("mariadb-dump was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (ProducerProcess.killed(status)) {
			String said = running.stderr().lastLines(3);
			throw new SourceFailedException("mariadb-dump " + ProducerProcess.describeExit(status) + " before it finished, so "
					+ what + " is incomplete" + (said.isEmpty() ? "" : " (mariadb-dump said: " + said + ")")
					+ ": " + ProducerProcess.adviceAfterKill(status, host.where()));
		}
		if (!status.ok()) {
			String said = running.stderr().lastLines(3);
			String explained = MariaDbErrors.explain(url, "mariadb-dump", running.stderr().text());
			throw new SourceFailedException("mariadb-dump " + ProducerProcess.describeExit(status) + ": " + explained
					+ (said.isEmpty() || explained.contains(said) ? "" : " (mariadb-dump said: " + said + ")"));
		}
		if (!endsWithTrailer(tail.tail())) {
			throw new SourceFailedException("mariadb-dump exited with status 0 but " + what
					+ " does not end with its '" + TRAILER + "' line after " + tail.total()
					+ " bytes, so it was cut off: check the disk and the connection to the server, then run the backup again");
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", tool);
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
			facts.put(RowCounts.NOTE_FACT, "exact count(*) per base table in a consistent-snapshot transaction just before"
					+ " mariadb-dump started its own; rows written in between differ");
		});
		List<String> warnings = running.stderr().lines().stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("warning"))
				.toList();
		return new SourceResult(0, facts, warnings);
	}

	/** Whether the last non-blank line of a dump is mariadb-dump's completion trailer. */
	static boolean endsWithTrailer(String tail) {
		return tail.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).map(l -> l.startsWith(TRAILER))
				.orElse(false);
	}

	@Override
	public synchronized void abort() {
		producer.ifPresent(ProducerProcess::abort);
		optionFile.ifPresent(OptionFile::close);
	}

	/** {@code select count(*)} of every base table, in one consistent-snapshot transaction. */
	private SortedMap<String, Long> countRows() throws SourceFailedException {
		ShortCommand.Outcome tables = client("select table_name from information_schema.tables where table_schema = database()"
				+ " and table_type in ('BASE TABLE', 'SYSTEM VERSIONED') order by table_name", CONNECT_TIMEOUT_SECONDS * 6);
		if (!tables.ok()) {
			throw new SourceFailedException("cannot list the tables of " + url.redacted() + " to count their rows: "
					+ MariaDbErrors.explain(url, "mariadb", tables.stderr()));
		}
		List<String> names = tables.stdout().lines().filter(l -> !l.isEmpty()).toList();
		if (names.isEmpty()) {
			return new java.util.TreeMap<>();
		}
		StringBuilder sql = new StringBuilder(
				"set session transaction isolation level repeatable read; start transaction with consistent snapshot, read only; ");
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			sql.append(i == 0 ? "" : " union all ").append("select '").append(name.replace("\\", "\\\\").replace("'", "''"))
					.append("', count(*) from `").append(name.replace("`", "``")).append('`');
		}
		sql.append("; commit");
		ShortCommand.Outcome counted = client(sql.toString(), COUNT_TIMEOUT_SECONDS);
		if (!counted.ok()) {
			throw new SourceFailedException("cannot count the rows of the tables of " + url.redacted() + ": "
					+ MariaDbErrors.explain(url, "mariadb", counted.stderr()));
		}
		return RowCounts.fromTabSeparated(counted.stdout());
	}

	/** Runs {@code sql} with the mariadb client in batch mode, raw and without column names. */
	private ShortCommand.Outcome client(String sql, long seconds) throws SourceFailedException {
		String client = host.requireAny("mariadb", "mysql");
		List<String> command = new ArrayList<>();
		command.add(client);
		Optional<OptionFile> file = Optional.empty();
		try {
			if (url.password().isPresent() && !host.isRemote()) {
				file = Optional.of(OptionFile.withPassword(url.password().get()));
				command.add(file.get().argument());
			}
			command.addAll(List.of("--batch", "--raw", "--skip-column-names", "--default-character-set=utf8mb4",
					"--connect-timeout=" + CONNECT_TIMEOUT_SECONDS, "--host=" + url.host(), "--port=" + url.port(),
					"--user=" + url.user(), "--database=" + url.database(), "--execute=" + sql));
			return ShortCommand.run(host.runner(), command, environment(), seconds);
		} catch (IOException e) {
			throw new SourceFailedException("cannot check " + url.redacted() + ": " + e.getMessage()
					+ ": check that the server is on and reachable", e);
		} finally {
			file.ifPresent(OptionFile::close);
		}
	}

	/** {@code LC_ALL=C}, and on a server the password as {@code MYSQL_PWD} (sent over the channel's stdin). */
	private Map<String, String> environment() {
		Map<String, String> env = new java.util.HashMap<>();
		env.put("LC_ALL", "C");
		if (host.isRemote()) {
			url.password().ifPresent(p -> env.put("MYSQL_PWD", p));
		}
		return env;
	}
}
