package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads and writes the column types the schema uses: instants in UTC, durations as milliseconds. */
public final class Columns {
	private Columns() {
	}

	public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		} else {
			statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
		}
	}

	public static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		} else {
			statement.setLong(index, value);
		}
	}

	public static Long longOrNull(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	public static void setDuration(PreparedStatement statement, int index, Duration value) throws SQLException {
		setLong(statement, index, value == null ? null : value.toMillis());
	}

	public static Duration duration(ResultSet row, String column) throws SQLException {
		Long millis = longOrNull(row, column);
		return millis == null ? null : Duration.ofMillis(millis);
	}

	/** The key the database generated for the row just inserted. */
	public static long generatedId(PreparedStatement statement) throws SQLException {
		try (ResultSet keys = statement.getGeneratedKeys()) {
			if (!keys.next()) {
				throw new SQLException("the database returned no generated id");
			}
			return keys.getLong(1);
		}
	}
}
