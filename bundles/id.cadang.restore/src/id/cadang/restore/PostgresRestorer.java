package id.cadang.restore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.PostgresSource;
import id.cadang.dump.Tools;
import id.cadang.dump.internal.RowCounts;
import id.cadang.restore.internal.Feed;
import id.cadang.storage.SourceFailedException;

/**
 * Restores a {@code pg_dump -Fc} backup with {@code pg_restore --single-transaction --exit-on-error}, streamed
 * into its stdin. Into a database that does not exist yet ({@link #into}) it creates it; over an existing one
 * ({@link #replacing}) it restores into a new database beside it and, only when that succeeded, renames the old
 * one away and the new one into its name in one transaction, then drops the old one: a failed restore leaves the
 * original as it was.
 */
public final class PostgresRestorer implements Restorer {
	private static final String MAINTENANCE_DB = "postgres";

	private final DatabaseUrl url;
	private final boolean replace;
	private final Tools tools;

	private PostgresRestorer(DatabaseUrl url, boolean replace, Tools tools) {
		this.url = url;
		this.replace = replace;
		this.tools = tools;
	}

	/** Into a new database: the URL's database must not exist yet. */
	public static PostgresRestorer into(DatabaseUrl url) {
		return new PostgresRestorer(url, false, Tools.system());
	}

	/** Over the URL's existing database, swapped in by rename once restored. */
	public static PostgresRestorer replacing(DatabaseUrl url) {
		return new PostgresRestorer(url, true, Tools.system());
	}

	@Override
	public String destination() {
		return url.redacted();
	}

	@Override
	public boolean accepts(String kind) {
		return "postgresql".equals(kind);
	}

	@Override
	public void restore(BackupFile backup, RestoreProgress progress) throws RestoreException {
		boolean exists = exists(url.database());
		if (!replace && exists) {
			throw new RestoreException("database '" + url.database() + "' exists already on " + url.address()
					+ ": restoring to another place needs a new database name; nothing was touched");
		}
		if (replace && !exists) {
			throw new RestoreException("database '" + url.database() + "' does not exist on " + url.address()
					+ ": restore into it as a new database instead; nothing was touched");
		}
		String into = replace ? url.database() + "_cadang_new_" + Instant.now().getEpochSecond() : url.database();
		sql(MAINTENANCE_DB, "create database " + identifier(into) + " template template0");
		try {
			List<String> command = new ArrayList<>(List.of(tool("pg_restore"), "--no-password", "--exit-on-error",
					"--single-transaction", "--host=" + url.host(), "--port=" + url.port(), "--username=" + url.user(),
					"--dbname=" + into));
			try (var data = backup.open(progress)) {
				Feed.run("pg_restore", command, environment(), data);
			}
		} catch (java.io.IOException | RuntimeException e) {
			dropQuietly(into, e);
			throw new RestoreException("restoring backup #" + backup.id() + " into " + url.address() + " failed, "
					+ (replace ? "database '" + url.database() + "' was not touched" : "the new database was removed")
					+ ": " + e.getMessage(), e);
		}
		if (replace) {
			String old = url.database() + "_cadang_old_" + Instant.now().getEpochSecond();
			sql(MAINTENANCE_DB, "select pg_terminate_backend(pid) from pg_stat_activity where datname in ("
					+ literal(url.database()) + ", " + literal(into) + ") and pid <> pg_backend_pid()");
			sql(MAINTENANCE_DB, "alter database " + identifier(url.database()) + " rename to " + identifier(old)
					+ "; alter database " + identifier(into) + " rename to " + identifier(url.database()));
			try {
				sql(MAINTENANCE_DB, "drop database " + identifier(old));
			} catch (RestoreException e) {
				throw new RestoreException("backup #" + backup.id() + " was restored into '" + url.database()
						+ "', but the previous database, now '" + old + "', could not be dropped: " + e.getMessage()
						+ "; drop it by hand once you no longer need it", e);
			}
		}
	}

	@Override
	public Optional<SortedMap<String, Long>> countRows() throws RestoreException {
		return Optional.of(RowCounts.fromTabSeparated(sql(url.database(), PostgresSource.COUNT_ROWS)));
	}

	@Override
	public void drop() throws RestoreException {
		sql(MAINTENANCE_DB, "drop database if exists " + identifier(url.database()));
	}

	private boolean exists(String database) throws RestoreException {
		return !sql(MAINTENANCE_DB, "select 1 from pg_database where datname = " + literal(database)).isBlank();
	}

	private void dropQuietly(String database, Exception cause) {
		try {
			sql(MAINTENANCE_DB, "drop database if exists " + identifier(database));
		} catch (RestoreException e) {
			cause.addSuppressed(e);
		}
	}

	/** Runs SQL with psql on {@code database}; the answer unaligned, tab-separated, without headers. */
	private String sql(String database, String statements) throws RestoreException {
		return Feed.run("psql", List.of(tool("psql"), "-X", "-q", "-A", "-t", "-F", "\t", "-w", "-v", "ON_ERROR_STOP=1",
				"--host=" + url.host(), "--port=" + url.port(), "--username=" + url.user(), "--dbname=" + database,
				"-c", statements), environment());
	}

	private String tool(String name) throws RestoreException {
		try {
			return tools.require(name).toString();
		} catch (SourceFailedException e) {
			throw new RestoreException(e.getMessage(), e);
		}
	}

	private Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		env.put("PGCONNECT_TIMEOUT", "10");
		env.put("LC_MESSAGES", "C");
		env.put("PGAPPNAME", "cadang-restore");
		url.password().ifPresent(p -> env.put("PGPASSWORD", p));
		return env;
	}

	static String identifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}
}
