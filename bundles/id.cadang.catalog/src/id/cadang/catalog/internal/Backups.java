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
import java.util.Optional;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.GoodBackup;

/** Backups: RUNNING when they start, then GOOD or FAILED, never back. */
public final class Backups {
	private static final String COLUMNS = "id, run_id, sop, binding, slot, source_kind, source, status, path, size, "
			+ "source_size, sha256, manifest_path, started, finished, error";

	private final Database database;

	public Backups(Database database) {
		this.database = database;
	}

	public long start(BackupStart backup) {
		Objects.requireNonNull(backup, "backup");
		Objects.requireNonNull(backup.sop(), "a backup needs the id of its SOP");
		Objects.requireNonNull(backup.sourceKind(), "a backup needs the kind of its source");
		Objects.requireNonNull(backup.path(), "a backup needs the path it will be written to");
		Objects.requireNonNull(backup.started(), "a backup needs its start time");
		return database.call("start the backup " + backup.path(), connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO backups (run_id, sop, binding, "
					+ "slot, source_kind, source, status, path, started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				Columns.setLong(insert, 1, backup.runId());
				insert.setString(2, backup.sop());
				insert.setString(3, backup.binding());
				insert.setString(4, backup.slot());
				insert.setString(5, backup.sourceKind());
				insert.setString(6, backup.source());
				insert.setString(7, BackupStatus.RUNNING.name());
				insert.setString(8, backup.path());
				Columns.setInstant(insert, 9, backup.started());
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	public void markGood(long backupId, GoodBackup result) {
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(result.sha256(), "a good backup needs its SHA-256");
		Objects.requireNonNull(result.finished(), "a good backup needs its end time");
		database.call("mark backup " + backupId + " good", connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE backups SET status = ?, size = ?, "
					+ "source_size = ?, sha256 = ?, manifest_path = ?, finished = ?, error = NULL "
					+ "WHERE id = ? AND status = ?")) {
				update.setString(1, BackupStatus.GOOD.name());
				update.setLong(2, result.size());
				update.setLong(3, result.sourceSize());
				update.setString(4, result.sha256());
				update.setString(5, result.manifestPath());
				Columns.setInstant(update, 6, result.finished());
				update.setLong(7, backupId);
				update.setString(8, BackupStatus.RUNNING.name());
				if (update.executeUpdate() == 0) {
					throw notRunning(connection, backupId, BackupStatus.GOOD);
				}
			}
			return null;
		});
	}

	public void markFailed(long backupId, Instant finished, String error) {
		Objects.requireNonNull(finished, "a failed backup needs its end time");
		database.call("mark backup " + backupId + " failed", connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE backups SET status = ?, finished = ?, error = ? WHERE id = ? AND status = ?")) {
				update.setString(1, BackupStatus.FAILED.name());
				Columns.setInstant(update, 2, finished);
				update.setString(3, error);
				update.setLong(4, backupId);
				update.setString(5, BackupStatus.RUNNING.name());
				if (update.executeUpdate() == 0) {
					throw notRunning(connection, backupId, BackupStatus.FAILED);
				}
			}
			return null;
		});
	}

	public Optional<BackupRecord> backup(long backupId) {
		return database.call("read backup " + backupId, connection -> read(connection, backupId));
	}

	/** Newest first. */
	public List<BackupRecord> backups(BackupQuery query) {
		BackupQuery filter = query == null ? BackupQuery.all() : query;
		List<String> conditions = new ArrayList<>();
		List<String> parameters = new ArrayList<>();
		if (filter.sop() != null) {
			conditions.add("sop = ?");
			parameters.add(filter.sop());
		}
		if (filter.source() != null) {
			conditions.add("(binding = ? OR slot = ?)");
			parameters.add(filter.source());
			parameters.add(filter.source());
		}
		if (filter.status() != null) {
			conditions.add("status = ?");
			parameters.add(filter.status().name());
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return database.call("list backups", connection -> {
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT " + COLUMNS + " FROM backups" + where + " ORDER BY started DESC, id DESC")) {
				for (int i = 0; i < parameters.size(); i++) {
					select.setString(i + 1, parameters.get(i));
				}
				List<BackupRecord> backups = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						backups.add(backup(row));
					}
				}
				return backups;
			}
		});
	}

	private static IllegalStateException notRunning(Connection connection, long backupId, BackupStatus wanted)
			throws SQLException {
		Optional<BackupRecord> backup = read(connection, backupId);
		if (backup.isEmpty()) {
			return new IllegalStateException("there is no backup " + backupId + " in the catalog to mark " + wanted);
		}
		return new IllegalStateException("backup " + backupId + " (" + backup.get().path() + ") is "
				+ backup.get().status() + ", not RUNNING: only a running backup can be marked " + wanted);
	}

	private static Optional<BackupRecord> read(Connection connection, long backupId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM backups WHERE id = ?")) {
			select.setLong(1, backupId);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(backup(row)) : Optional.empty();
			}
		}
	}

	private static BackupRecord backup(ResultSet row) throws SQLException {
		return new BackupRecord(row.getLong("id"), Columns.longOrNull(row, "run_id"), row.getString("sop"),
				row.getString("binding"), row.getString("slot"), row.getString("source_kind"), row.getString("source"),
				BackupStatus.valueOf(row.getString("status")), row.getString("path"), Columns.longOrNull(row, "size"),
				Columns.longOrNull(row, "source_size"), row.getString("sha256"), row.getString("manifest_path"),
				Columns.instant(row, "started"), Columns.instant(row, "finished"), row.getString("error"));
	}
}
