package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import id.cadang.catalog.CatalogException;

/**
 * Brings a catalog's schema up to the version this code knows, one migration per transaction, and records each
 * in {@code schema_version}. Bundle resources cannot be listed portably, so the scripts are listed here.
 */
public final class Migrations {

	/** Every migration this code knows, oldest first. Add a line and a script for each schema change. */
	public static final List<Migration> ALL = List.of(
			Migration.of(1, "initial"),
			Migration.of(2, "audit"),
			Migration.of(3, "run snapshots"),
			Migration.of(4, "audit chain"),
			Migration.of(5, "tasks and roles"),
			Migration.of(6, "schedules"),
			Migration.of(7, "retention"),
			Migration.of(8, "restores"),
			Migration.of(9, "notifications"),
			Migration.of(12, "reports"));

	private final List<Migration> known;
	private final String where;

	public Migrations(List<Migration> known, String where) {
		this.known = known;
		this.where = where;
	}

	/** The schema version this code brings a catalog to. */
	public int latest() {
		return known.isEmpty() ? 0 : known.get(known.size() - 1).version();
	}

	/** Applies what is missing; refuses a catalog newer than this code or one whose applied scripts changed. */
	public void apply(Connection connection) throws SQLException {
		checkOrder();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
					+ "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL, "
					+ "checksum VARCHAR(64) NOT NULL)");
		}
		connection.commit();
		NavigableMap<Integer, String> applied = applied(connection);
		int current = applied.isEmpty() ? 0 : applied.lastKey();
		if (current > latest()) {
			throw new CatalogException("catalog schema version " + current + " is newer than this Cadang ("
					+ latest() + "): upgrade Cadang (catalog " + where + ")", null);
		}
		for (Migration migration : known) {
			String checksum = applied.get(migration.version());
			if (checksum == null) {
				run(connection, migration);
			} else if (!checksum.equals(migration.checksum())) {
				throw new CatalogException("migration V" + migration.version() + " (" + migration.description()
						+ ") was changed after it was applied to the catalog " + where
						+ ": restore its script " + migration.resource() + " and add a new migration instead", null);
			}
		}
	}

	private void checkOrder() {
		for (int i = 1; i < known.size(); i++) {
			if (known.get(i).version() <= known.get(i - 1).version()) {
				throw new IllegalArgumentException("migrations must be listed oldest first without repeats, but V"
						+ known.get(i).version() + " follows V" + known.get(i - 1).version());
			}
		}
	}

	private static NavigableMap<Integer, String> applied(Connection connection) throws SQLException {
		NavigableMap<Integer, String> applied = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version")) {
			while (rows.next()) {
				applied.put(rows.getInt("version"), rows.getString("checksum"));
			}
		}
		connection.commit();
		return applied;
	}

	private void run(Connection connection, Migration migration) throws SQLException {
		List<String> statements = migration.statements();
		try {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (?, ?, ?, ?)")) {
				insert.setInt(1, migration.version());
				insert.setString(2, migration.description());
				Columns.setInstant(insert, 3, Instant.now());
				insert.setString(4, migration.checksum());
				insert.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw new CatalogException("cannot apply migration V" + migration.version() + " ("
					+ migration.description() + ") to the catalog " + where + ": " + e.getMessage(), e);
		}
	}
}
