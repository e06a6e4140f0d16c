package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import id.cadang.catalog.CatalogException;

/**
 * A catalog database: one connection per call, one transaction per call. Thread-safe as long as the data
 * source is.
 */
public final class Database {
	private final DataSource source;
	private final String where;
	private final AtomicBoolean closed;

	/**
	 * @param where names the database in messages, e.g. its file
	 */
	public Database(DataSource source, String where, AtomicBoolean closed) {
		this.source = source;
		this.where = where;
		this.closed = closed;
	}

	public String where() {
		return where;
	}

	/**
	 * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws.
	 *
	 * @param what what is being done, for the message, e.g. "save binding simpeg"
	 */
	public <T> T call(String what, SqlWork<T> work) {
		if (closed.get()) {
			throw new IllegalStateException("the catalog " + where + " is closed: cannot " + what);
		}
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new CatalogException("cannot " + what + " in the catalog " + where + ": " + e.getMessage(), e);
		}
	}
}
