package id.cadang.restore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.Tools;
import id.cadang.dump.internal.OptionFile;
import id.cadang.dump.internal.RowCounts;
import id.cadang.restore.internal.DatabaseHeaderFilter;
import id.cadang.restore.internal.Feed;
import id.cadang.storage.SourceFailedException;

/**
 * Restores a {@code mariadb-dump} backup with the {@code mariadb} client, streamed into its stdin, with the dump's
 * own {@code CREATE DATABASE}/{@code USE} lines left out so it loads into the database this restorer names. Into a
 * new database ({@link #into}) it creates it and removes it again when the load fails; over an existing one
 * ({@link #replacing}) it first loads into a scratch database to prove the dump loads, then drops and recreates the
 * original and loads it again (MariaDB cannot rename a database). The password travels in a 0600 option file.
 */
public final class MariaDbRestorer implements Restorer {
	private final DatabaseUrl url;
	private final boolean replace;
	private final Tools tools;

	private MariaDbRestorer(DatabaseUrl url, boolean replace, Tools tools) {
		this.url = url;
		this.replace = replace;
		this.tools = tools;
	}

	public static MariaDbRestorer into(DatabaseUrl url) {
		return new MariaDbRestorer(url, false, Tools.system());
	}

	public static MariaDbRestorer replacing(DatabaseUrl url) {
		return new MariaDbRestorer(url, true, Tools.system());
	}

	@Override
	public String destination() {
		return url.redacted();
	}

	@Override
	public boolean accepts(String kind) {
		return "mariadb".equals(kind);
	}

	@Override
	public void restore(BackupFile backup, RestoreProgress progress) throws RestoreException {
		boolean exists = exists(url.database());
		if (!replace && exists) {
			throw new RestoreException("database '" + url.database() + "' exists already on " + url.address()
					+ ": restoring to another place needs a new database name; nothing was touched");
		}
		if (replace) {
			String trial = url.database() + "_cadang_try_" + java.time.Instant.now().getEpochSecond();
			load(backup, trial, progress, "database '" + url.database() + "' was not touched");
			sql(null, "drop database " + identifier(trial));
			sql(null, "drop database if exists " + identifier(url.database()));
		}
		load(backup, url.database(), progress, replace
				? "the database was emptied: restore the safety backup, or run this restore again"
				: "the new database was removed");
	}

	private void load(BackupFile backup, String database, RestoreProgress progress, String onFailure)
			throws RestoreException {
		sql(null, "create database " + identifier(database) + " character set utf8mb4");
		try (InputStream data = DatabaseHeaderFilter.of(backup.open(progress))) {
			client(database, List.of("--binary-mode"), data);
		} catch (IOException | RuntimeException e) {
			try {
				sql(null, "drop database if exists " + identifier(database));
			} catch (RestoreException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw new RestoreException("restoring backup #" + backup.id() + " into " + url.address() + " failed, "
					+ onFailure + ": " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<SortedMap<String, Long>> countRows() throws RestoreException {
		List<String> tables = sql(url.database(), "select table_name from information_schema.tables where table_schema = "
				+ literal(url.database()) + " and table_type = 'BASE TABLE' order by table_name").lines()
				.filter(l -> !l.isBlank()).toList();
		if (tables.isEmpty()) {
			return Optional.of(new java.util.TreeMap<>());
		}
		StringBuilder count = new StringBuilder();
		for (String table : tables) {
			count.append(count.isEmpty() ? "" : " union all ").append("select ").append(literal(table))
					.append(", count(*) from ").append(identifier(table));
		}
		return Optional.of(RowCounts.fromTabSeparated(sql(url.database(), count.toString())));
	}

	@Override
	public void drop() throws RestoreException {
		sql(null, "drop database if exists " + identifier(url.database()));
	}

	private boolean exists(String database) throws RestoreException {
		return !sql(null, "select 1 from information_schema.schemata where schema_name = " + literal(database)).isBlank();
	}

	private String sql(String database, String statements) throws RestoreException {
		List<String> options = new ArrayList<>(List.of("--batch", "--raw", "--skip-column-names", "--execute=" + statements));
		if (database != null) {
			options.add("--database=" + database);
		}
		return client(null, options, InputStream.nullInputStream());
	}

	private String client(String database, List<String> options, InputStream data) throws RestoreException {
		String client;
		try {
			client = tools.requireAny("mariadb", "mysql").toString();
		} catch (SourceFailedException e) {
			throw new RestoreException(e.getMessage(), e);
		}
		Optional<OptionFile> file = Optional.empty();
		try {
			List<String> command = new ArrayList<>();
			command.add(client);
			if (url.password().isPresent()) {
				file = Optional.of(OptionFile.withPassword(url.password().get()));
				command.add(file.get().argument());
			}
			command.addAll(List.of("--default-character-set=utf8mb4", "--connect-timeout=10", "--host=" + url.host(),
					"--port=" + url.port(), "--user=" + url.user()));
			if (database != null) {
				command.add("--database=" + database);
			}
			command.addAll(options);
			return Feed.run("mariadb", command, Map.of("LC_ALL", "C"), data);
		} catch (RestoreException e) {
			throw e;
		} catch (IOException e) {
			throw new RestoreException("cannot pass the password for " + url.redacted() + ": " + e.getMessage(), e);
		} finally {
			file.ifPresent(OptionFile::close);
		}
	}

	static String identifier(String name) {
		return '`' + name.replace("`", "``") + '`';
	}

	static String literal(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}
}
