package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/** Start-up clean-up: what a stopped process left RUNNING is FAILED. */
public final class Recovery {
	private final Database database;

	public Recovery(Database database) {
		this.database = database;
	}

	/** Marks RUNNING backups, runs and steps FAILED; returns the number of backups and runs marked. */
	public int recoverInterrupted(String reason) {
		Objects.requireNonNull(reason, "say why the running backups are being failed");
		return database.call("fail the backups and runs left running", connection -> {
			Instant now = Instant.now();
			int backups = fail(connection, "backups", "error", reason, now);
			int runs = fail(connection, "runs", "error", reason, now);
			int steps = fail(connection, "step_records", "message", reason, now);
			if (backups + runs + steps > 0) {
				AuditTrail.append(connection, now, "cadang", "catalog.recover-interrupted", "catalog",
						backups + " backups, " + runs + " runs, " + steps + " steps marked FAILED: " + reason);
			}
			return backups + runs;
		});
	}

	private static int fail(Connection connection, String table, String column, String reason, Instant now)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET status = 'FAILED', "
				+ "finished = ?, " + column + " = ? WHERE status = 'RUNNING'")) {
			Columns.setInstant(update, 1, now);
			update.setString(2, reason);
			return update.executeUpdate();
		}
	}

	/** Marks the backups of one run still RUNNING as FAILED; returns how many. */
	public int failRunningBackups(long runId, Instant at, String reason) {
		return database.call("fail the backups of run " + runId + " left running", connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE backups SET status = 'FAILED', "
					+ "finished = ?, error = ? WHERE status = 'RUNNING' AND run_id = ?")) {
				Columns.setInstant(update, 1, at);
				update.setString(2, reason);
				update.setLong(3, runId);
				return update.executeUpdate();
			}
		});
	}
}
