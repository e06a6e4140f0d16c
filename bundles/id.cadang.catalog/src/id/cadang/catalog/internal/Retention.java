package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.RetentionOverride;

/** Schema version 7: deleted backups and a site's own retention policy per binding. */
public final class Retention {
	private final Database database;

	public Retention(Database database) {
		this.database = database;
	}

	public void markDeleted(long backupId, Instant at, String actor) {
		Objects.requireNonNull(at, "a deletion needs its time");
		Objects.requireNonNull(actor, "a deletion needs who did it");
		database.call("mark backup " + backupId + " deleted", connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE backups SET status_before_delete = "
					+ "status, status = ?, deleted_at = ?, deleted_by = ? WHERE id = ? AND status IN (?, ?)")) {
				update.setString(1, BackupStatus.DELETED.name());
				Columns.setInstant(update, 2, at);
				update.setString(3, actor);
				update.setLong(4, backupId);
				update.setString(5, BackupStatus.GOOD.name());
				update.setString(6, BackupStatus.FAILED.name());
				if (update.executeUpdate() == 0) {
					throw new IllegalStateException("backup " + backupId + " is not in the catalog as GOOD or FAILED: "
							+ "a running or already deleted backup cannot be marked deleted");
				}
			}
			return null;
		});
	}

	public void save(RetentionOverride o) {
		Objects.requireNonNull(o, "override");
		database.call("save the retention policy of binding " + o.binding(), connection -> {
			try (PreparedStatement delete = connection.prepareStatement(
					"DELETE FROM retention_overrides WHERE binding = ? AND slot = ?");
					PreparedStatement insert = connection.prepareStatement("INSERT INTO retention_overrides (binding, "
							+ "slot, kind, keep_last, daily, weekly, monthly, yearly, set_at, set_by) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				delete.setString(1, o.binding());
				delete.setString(2, o.slot());
				delete.executeUpdate();
				insert.setString(1, o.binding());
				insert.setString(2, o.slot());
				insert.setString(3, o.kind());
				insert.setInt(4, o.keepLast());
				insert.setInt(5, o.daily());
				insert.setInt(6, o.weekly());
				insert.setInt(7, o.monthly());
				insert.setInt(8, o.yearly());
				Columns.setInstant(insert, 9, o.setAt());
				insert.setString(10, o.setBy());
				insert.executeUpdate();
			}
			return null;
		});
	}

	public boolean remove(String binding, String slot) {
		return database.call("remove the retention policy of binding " + binding, connection -> {
			try (PreparedStatement delete = connection.prepareStatement(
					"DELETE FROM retention_overrides WHERE binding = ? AND slot = ?")) {
				delete.setString(1, binding);
				delete.setString(2, slot);
				return delete.executeUpdate() > 0;
			}
		});
	}

	/** By slot. */
	public List<RetentionOverride> overrides(String binding) {
		return database.call("read the retention policy of binding " + binding, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT binding, slot, kind, keep_last, daily, "
					+ "weekly, monthly, yearly, set_at, set_by FROM retention_overrides WHERE binding = ? ORDER BY slot")) {
				select.setString(1, binding);
				List<RetentionOverride> overrides = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						overrides.add(new RetentionOverride(row.getString("binding"), row.getString("slot"),
								row.getString("kind"), row.getInt("keep_last"), row.getInt("daily"), row.getInt("weekly"),
								row.getInt("monthly"), row.getInt("yearly"), Columns.instant(row, "set_at"),
								row.getString("set_by")));
					}
				}
				return overrides;
			}
		});
	}
}
