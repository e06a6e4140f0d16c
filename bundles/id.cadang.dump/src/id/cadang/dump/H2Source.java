package id.cadang.dump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import id.cadang.dump.internal.RowCounts;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * An H2 database file ({@code name.mv.db}), dumped as SQL by H2's own {@code SCRIPT} command, run in
 * this JVM by the H2 engine of the runtime and streamed line by line (no temporary file). The file is
 * opened read-only; an application that holds it open must be stopped first (H2's file lock). Row
 * counts are taken on the same connection just before, while the file is locked against writers, so
 * they match the script. Restore with {@code RUNSCRIPT FROM 'file.sql'} into a new database.
 * One instance makes one backup.
 */
public final class H2Source implements CheckableSource {
	private static final String SUFFIX = ".mv.db";
	private static final int PIPE_BYTES = 1 << 20;

	private final Path file;
	private final String user;
	private final Optional<String> password;
	private Optional<Connection> connection = Optional.empty();
	private Optional<Thread> writer = Optional.empty();
	private Optional<SortedMap<String, Long>> rowCounts = Optional.empty();
	private Optional<String> engineVersion = Optional.empty();
	private volatile Optional<Exception> failure = Optional.empty();
	private volatile boolean aborted;

	/**
	 * @param file     the database file, {@code /srv/app/data/app.mv.db}
	 * @param user     the H2 user ({@code sa} by default in most applications)
	 * @param password its password, when it has one
	 */
	public H2Source(Path file, String user, Optional<String> password) {
		this.file = file;
		this.user = user;
		this.password = password;
	}

	@Override
	public String kind() {
		return "h2";
	}

	@Override
	public String extension() {
		return "sql";
	}

	public Path file() {
		return file;
	}

	/** Checks that the file is there and is an H2 2.x database this user may open, then closes it again. */
	@Override
	public synchronized void preflight() throws SourceFailedException {
		checkFile();
		try (Connection checked = connect()) {
			engineVersion = Optional.of(checked.getMetaData().getDatabaseProductVersion());
		} catch (SQLException e) {
			throw explain(e);
		}
	}

	private void checkFile() throws SourceFailedException {
		String name = file.getFileName().toString();
		if (name.endsWith(".h2.db")) {
			throw new SourceFailedException("H2 database " + file + " is in the H2 1.3 file format, which this H2 cannot read:"
					+ " export it with the H2 version the application uses (java -cp h2-1.x.jar org.h2.tools.Script) and back up that script");
		}
		if (!name.endsWith(SUFFIX)) {
			throw new SourceFailedException("H2 database file " + file + " does not end in " + SUFFIX
					+ ": bind the slot to the database's .mv.db file");
		}
		if (!Files.exists(file)) {
			throw new SourceFailedException("H2 database file " + file + " does not exist: bind the slot to the application's "
					+ SUFFIX + " file (look for it in the application's data folder or its JDBC URL)");
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new SourceFailedException("H2 database file " + file + " cannot be read by user " + System.getProperty("user.name")
					+ ": run Cadang as a user who may read it, or grant read access");
		}
	}

	private Connection connect() throws SQLException {
		String base = file.toAbsolutePath().toString();
		base = base.substring(0, base.length() - SUFFIX.length());
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password.orElse(""));
		Connection opened = new org.h2.Driver().connect("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", properties);
		if (opened == null) {
			throw new SQLException("the H2 driver did not accept the file URL of " + file);
		}
		return opened;
	}

	private SourceFailedException explain(SQLException e) {
		String message = Optional.ofNullable(e.getMessage()).orElse(e.toString());
		if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
			return new SourceFailedException("H2 database " + file + " rejected user '" + user
					+ "' (wrong user name or password): use the user and password of the application's JDBC settings", e);
		}
		if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || message.contains("already in use")) {
			return new SourceFailedException("H2 database " + file + " is in use by another process (H2 locks its file):"
					+ " stop the application for the backup, or back it up through the application's own H2 server", e);
		}
		if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_VERSION_ERROR_1 || message.contains("format")) {
			return new SourceFailedException("H2 database " + file + " was written by another H2 version (" + firstLine(message)
					+ "): export it with the H2 version the application uses (org.h2.tools.Script) and back up that script", e);
		}
		return new SourceFailedException("cannot open H2 database " + file + ": " + firstLine(message), e);
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text).strip();
	}

	/** The row counts taken by {@link #open()}: {@code SCHEMA.TABLE} to rows. */
	public synchronized Optional<SortedMap<String, Long>> rowCounts() {
		return rowCounts;
	}

	/** Opens the database, counts the rows of every table, then streams {@code SCRIPT} from a thread of its own. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (connection.isPresent()) {
			throw new IllegalStateException("this H2Source for " + file + " was opened already: make a new one for each backup");
		}
		checkFile();
		Connection opened;
		try {
			opened = connect();
			engineVersion = Optional.of(opened.getMetaData().getDatabaseProductVersion());
			rowCounts = Optional.of(countRows(opened));
		} catch (SQLException e) {
			throw explain(e);
		}
		connection = Optional.of(opened);
		PipedInputStream in = new PipedInputStream(PIPE_BYTES);
		PipedOutputStream out = new PipedOutputStream(in);
		Thread started = Thread.ofPlatform().daemon().name("H2 SCRIPT " + file.getFileName()).start(() -> script(opened, out));
		writer = Optional.of(started);
		return in;
	}

	private void script(Connection opened, PipedOutputStream out) {
		try (opened; Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				Statement statement = opened.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet lines = statement.executeQuery("SCRIPT")) {
				while (lines.next()) {
					text.write(lines.getString(1));
					text.write('\n');
				}
			}
		} catch (SQLException | IOException | RuntimeException e) {
			failure = Optional.of(e);
		}
	}

	private static SortedMap<String, Long> countRows(Connection opened) throws SQLException {
		SortedMap<String, Long> counts = new TreeMap<>();
		List<String[]> tables = new java.util.ArrayList<>();
		try (Statement statement = opened.createStatement();
				ResultSet rs = statement.executeQuery("select table_schema, table_name from information_schema.tables"
						+ " where table_type = 'BASE TABLE' and table_schema <> 'INFORMATION_SCHEMA' order by 1, 2")) {
			while (rs.next()) {
				tables.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		for (String[] table : tables) {
			try (Statement statement = opened.createStatement();
					ResultSet rs = statement.executeQuery("select count(*) from " + quote(table[0]) + "." + quote(table[1]))) {
				rs.next();
				counts.put(table[0] + "." + table[1], rs.getLong(1));
			}
		}
		return counts;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public SourceResult finish() throws IOException {
		Thread running;
		synchronized (this) {
			running = writer.orElseThrow(() -> new IllegalStateException("H2 SCRIPT was never started: call open() first"));
		}
		try {
			running.join();
		} catch (InterruptedException e) {
			abort();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for H2 SCRIPT of " + file, e);
		}
		if (aborted) {
			throw new SourceFailedException("H2 SCRIPT was stopped by Cadang before it finished: the dump of " + file + " is incomplete");
		}
		Optional<Exception> failed = failure;
		if (failed.isPresent()) {
			throw new SourceFailedException("H2 SCRIPT of " + file + " failed, so its dump is incomplete: "
					+ firstLine(Optional.ofNullable(failed.get().getMessage()).orElse(failed.get().toString()))
					+ ": check the file and the disk, then run the backup again", failed.get());
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", "H2 SCRIPT");
		engineVersion.ifPresent(v -> facts.put("toolVersion", "H2 " + v));
		facts.put("file", file.toString());
		facts.put("user", user);
		rowCounts.ifPresent(counts -> {
			facts.put(RowCounts.FACT, RowCounts.toJson(counts));
			facts.put(RowCounts.NOTE_FACT, "exact count(*) per table on the same read-only connection just before SCRIPT;"
					+ " H2's file lock keeps other writers out");
		});
		return new SourceResult(0, facts, List.of());
	}

	@Override
	public synchronized void abort() {
		aborted = true;
		connection.ifPresent(c -> {
			try {
				c.close();
			} catch (SQLException e) {
				// closing to stop the script: nothing more to do
			}
		});
		writer.ifPresent(Thread::interrupt);
	}
}
