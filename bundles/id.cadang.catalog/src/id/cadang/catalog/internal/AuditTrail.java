package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.cadang.catalog.AuditEntry;

/** The audit trail: appended to, never changed. */
public final class AuditTrail {
	private final Database database;

	public AuditTrail(Database database) {
		this.database = database;
	}

	public long append(String actor, String action, String subject, String detail) {
		Objects.requireNonNull(actor, "an audit entry needs its actor");
		Objects.requireNonNull(action, "an audit entry needs its action");
		return database.call("record " + action + " in the audit trail",
				connection -> append(connection, Instant.now(), actor, action, subject, detail));
	}

	/** Appends inside a transaction that is already open. */
	static long append(Connection connection, Instant at, String actor, String action, String subject, String detail)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			Columns.setInstant(insert, 1, at);
			insert.setString(2, actor);
			insert.setString(3, action);
			insert.setString(4, subject);
			insert.setString(5, detail);
			insert.executeUpdate();
			return Columns.generatedId(insert);
		}
	}

	/** Newest first. */
	public List<AuditEntry> entries(String subject) {
		return database.call("read the audit trail", connection -> {
			String where = subject == null ? "" : " WHERE subject = ?";
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT id, at, actor, action, subject, detail FROM audit" + where + " ORDER BY at DESC, id DESC")) {
				if (subject != null) {
					select.setString(1, subject);
				}
				List<AuditEntry> entries = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						entries.add(new AuditEntry(row.getLong("id"), Columns.instant(row, "at"), row.getString("actor"),
								row.getString("action"), row.getString("subject"), row.getString("detail")));
					}
				}
				return entries;
			}
		});
	}
}
