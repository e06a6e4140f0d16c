package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.Alert;
import id.cadang.catalog.FireRecord;
import id.cadang.catalog.FireStatus;
import id.cadang.catalog.ScheduleOverride;

/** Schema version 6: a site's schedule overrides, the expected runs of schedules with their lease, and alerts. */
public final class Schedules {

	/** SQLState of a primary key that is taken already. */
	private static final String DUPLICATE_KEY = "23505";
	/** H2's error code when another transaction changed the same row first. */
	private static final int CONCURRENT_UPDATE = 90131;

	private final Database database;

	public Schedules(Database database) {
		this.database = database;
	}

	// --- overrides

	public void saveOverride(ScheduleOverride o) {
		Objects.requireNonNull(o, "schedule override");
		Objects.requireNonNull(o.updated(), "a schedule override needs the time it was set");
		database.call("save schedule " + o.scheduleId() + " of binding " + o.binding(), connection -> {
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM schedule_overrides WHERE binding = ? AND schedule_id = ?");
					PreparedStatement insert = connection.prepareStatement("INSERT INTO schedule_overrides (binding, "
							+ "schedule_id, procedure_id, cron, time_zone, slots, updated) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				delete.setString(1, o.binding());
				delete.setString(2, o.scheduleId());
				delete.executeUpdate();
				insert.setString(1, o.binding());
				insert.setString(2, o.scheduleId());
				insert.setString(3, o.procedure());
				insert.setString(4, o.cron());
				insert.setString(5, o.timeZone());
				insert.setString(6, o.slots().isEmpty() ? null : String.join(",", o.slots()));
				Columns.setInstant(insert, 7, o.updated());
				insert.executeUpdate();
			}
			return null;
		});
	}

	public boolean removeOverride(String binding, String scheduleId) {
		return database.call("remove schedule " + scheduleId + " of binding " + binding, connection -> {
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM schedule_overrides WHERE binding = ? AND schedule_id = ?")) {
				delete.setString(1, binding);
				delete.setString(2, scheduleId);
				return delete.executeUpdate() > 0;
			}
		});
	}

	public List<ScheduleOverride> overrides(String binding) {
		return database.call("list schedule overrides", connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT * FROM schedule_overrides"
					+ (binding == null ? "" : " WHERE binding = ?") + " ORDER BY binding, schedule_id")) {
				if (binding != null) {
					select.setString(1, binding);
				}
				List<ScheduleOverride> result = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						String slots = row.getString("slots");
						result.add(new ScheduleOverride(row.getString("binding"), row.getString("schedule_id"),
								row.getString("procedure_id"), row.getString("cron"), row.getString("time_zone"),
								slots == null ? List.of() : Arrays.asList(slots.split(",")),
								Columns.instant(row, "updated")));
					}
				}
				return result;
			}
		});
	}

	// --- fires

	/**
	 * Takes the lease of one expected run: a new row, or one CLAIMED whose holder let its lease run out (or that
	 * {@code owner} holds already) and that has not started a run.
	 */
	public boolean claim(String binding, String scheduleId, Instant due, String owner, Instant until, Instant now,
			boolean late) {
		Objects.requireNonNull(owner, "a lease needs its owner");
		String what = "claim the run of schedule " + scheduleId + " of binding " + binding + " due " + due;
		return unlessLost(() -> takeOver(binding, scheduleId, due, owner, until, now, late, what))
				|| unlessLost(() -> database.call(what, connection -> insert(connection, binding, scheduleId, due,
						FireStatus.CLAIMED, owner, until, late, now)));
	}

	private boolean takeOver(String binding, String scheduleId, Instant due, String owner, Instant until, Instant now,
			boolean late, String what) {
		return database.call(what, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE schedule_fires SET owner = ?, "
					+ "lease_until = ?, late = ?, recorded = ? WHERE binding = ? AND schedule_id = ? AND due = ? "
					+ "AND status = 'CLAIMED' AND run_id IS NULL AND (owner = ? OR lease_until < ?)")) {
				update.setString(1, owner);
				Columns.setInstant(update, 2, until);
				update.setBoolean(3, late);
				Columns.setInstant(update, 4, now);
				update.setString(5, binding);
				update.setString(6, scheduleId);
				Columns.setInstant(update, 7, due);
				update.setString(8, owner);
				Columns.setInstant(update, 9, now);
				return update.executeUpdate() == 1;
			}
		});
	}

	/** False when another runtime inserted or changed the same row first. */
	private static boolean unlessLost(java.util.function.BooleanSupplier work) {
		try {
			return work.getAsBoolean();
		} catch (RuntimeException e) {
			if (lostRace(e)) {
				return false;
			}
			throw e;
		}
	}

	/** Another runtime inserted or changed the same row first. */
	private static boolean lostRace(RuntimeException e) {
		return e.getCause() instanceof SQLException sql
				&& (DUPLICATE_KEY.equals(sql.getSQLState()) || sql.getErrorCode() == CONCURRENT_UPDATE);
	}

	private static boolean insert(Connection connection, String binding, String scheduleId, Instant due,
			FireStatus status, String owner, Instant until, boolean late, Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schedule_fires (binding, schedule_id, "
				+ "due, status, owner, lease_until, late, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, binding);
			insert.setString(2, scheduleId);
			Columns.setInstant(insert, 3, due);
			insert.setString(4, status.name());
			insert.setString(5, owner);
			Columns.setInstant(insert, 6, until);
			insert.setBoolean(7, late);
			Columns.setInstant(insert, 8, now);
			return insert.executeUpdate() == 1;
		}
	}

	/** Records that an expected run did not happen; false when it had a row already. */
	public boolean recordMissed(String binding, String scheduleId, Instant due, Instant now) {
		return unlessLost(() -> database.call("record the missed run of schedule " + scheduleId + " of binding "
				+ binding, connection -> insert(connection, binding, scheduleId, due, FireStatus.MISSED, null, null, true,
						now)));
	}

	/** Moves a fire that {@code owner} holds on: STARTED with its run, or DONE. */
	public boolean update(String binding, String scheduleId, Instant due, String owner, FireStatus status, Long runId,
			Instant until, Instant now) {
		return database.call("update the run of schedule " + scheduleId + " of binding " + binding, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE schedule_fires SET status = ?, "
					+ "run_id = COALESCE(?, run_id), lease_until = ?, recorded = ? WHERE binding = ? AND schedule_id = ? "
					+ "AND due = ? AND owner = ?")) {
				update.setString(1, status.name());
				Columns.setLong(update, 2, runId);
				Columns.setInstant(update, 3, until);
				Columns.setInstant(update, 4, now);
				update.setString(5, binding);
				update.setString(6, scheduleId);
				Columns.setInstant(update, 7, due);
				update.setString(8, owner);
				return update.executeUpdate() == 1;
			}
		});
	}

	/** The newest expected runs of one schedule of a binding (or of all when both are null), newest first. */
	public List<FireRecord> fires(String binding, String scheduleId, int limit) {
		return database.call("list the scheduled runs", connection -> {
			StringBuilder sql = new StringBuilder("SELECT * FROM schedule_fires WHERE 1 = 1");
			if (binding != null) {
				sql.append(" AND binding = ?");
			}
			if (scheduleId != null) {
				sql.append(" AND schedule_id = ?");
			}
			sql.append(" ORDER BY due DESC, binding, schedule_id LIMIT ?");
			try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
				int i = 1;
				if (binding != null) {
					select.setString(i++, binding);
				}
				if (scheduleId != null) {
					select.setString(i++, scheduleId);
				}
				select.setInt(i, limit);
				List<FireRecord> result = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						result.add(new FireRecord(row.getString("binding"), row.getString("schedule_id"),
								Columns.instant(row, "due"), FireStatus.valueOf(row.getString("status")),
								row.getString("owner"), Columns.instant(row, "lease_until"),
								Columns.longOrNull(row, "run_id"), row.getBoolean("late"), Columns.instant(row, "recorded")));
					}
				}
				return result;
			}
		});
	}

	// --- alerts

	/** Raises an alert unless one of the same kind and subject is open; returns the open one's id. */
	public long raise(String kind, String subject, String message, Instant at) {
		return database.call("raise alert " + kind + " " + subject, connection -> {
			Optional<Long> open = openId(connection, kind, subject);
			if (open.isPresent()) {
				return open.get();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO alerts (kind, subject, message, raised) VALUES (?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, kind);
				insert.setString(2, subject);
				insert.setString(3, message);
				Columns.setInstant(insert, 4, at);
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	private static Optional<Long> openId(Connection connection, String kind, String subject) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id FROM alerts WHERE kind = ? AND subject = ? AND closed IS NULL ORDER BY id LIMIT 1")) {
			select.setString(1, kind);
			select.setString(2, subject);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
			}
		}
	}

	/** Closes the open alerts of a kind about a subject; returns how many. */
	public int close(String kind, String subject, Instant at) {
		return database.call("close alert " + kind + " " + subject, connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE alerts SET closed = ? WHERE kind = ? AND subject = ? AND closed IS NULL")) {
				Columns.setInstant(update, 1, at);
				update.setString(2, kind);
				update.setString(3, subject);
				return update.executeUpdate();
			}
		});
	}

	public List<Alert> openAlerts() {
		return database.call("list the open alerts", connection -> {
			try (PreparedStatement select = connection
					.prepareStatement("SELECT * FROM alerts WHERE closed IS NULL ORDER BY raised, id")) {
				List<Alert> result = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						result.add(new Alert(row.getLong("id"), row.getString("kind"), row.getString("subject"),
								row.getString("message"), Columns.instant(row, "raised"), Columns.instant(row, "closed")));
					}
				}
				return result;
			}
		});
	}
}
