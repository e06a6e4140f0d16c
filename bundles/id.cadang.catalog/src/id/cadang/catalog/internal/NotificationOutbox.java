package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import id.cadang.catalog.Notification;
import id.cadang.catalog.NotificationOpen;
import id.cadang.catalog.NotificationState;

/**
 * The notification outbox: a notice is stored before it is mailed, so a mail that could not be sent is tried again
 * later, by this process or another, and nothing is lost. A process claims a due row for a while before it mails
 * it, so two processes sharing the catalog do not both send it.
 */
public final class NotificationOutbox {
	private static final String COLUMNS = "id, created_at, kind, run_id, task_id, sop, binding, step_number, roles, "
			+ "user_name, address, subject, body, state, attempts, next_attempt_at, last_error, sent_at";

	private final Database database;

	public NotificationOutbox(Database database) {
		this.database = database;
	}

	public long add(NotificationOpen n) {
		Objects.requireNonNull(n, "notification");
		return database.call("store a " + n.kind() + " notification", connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications (created_at, kind, "
					+ "run_id, task_id, sop, binding, step_number, roles, user_name, address, subject, body, state, "
					+ "next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				Columns.setInstant(insert, 1, n.created());
				insert.setString(2, n.kind());
				Columns.setLong(insert, 3, n.runId());
				Columns.setLong(insert, 4, n.taskId());
				insert.setString(5, n.sop());
				insert.setString(6, n.binding());
				insert.setString(7, n.stepNumber());
				insert.setString(8, String.join(",", n.roles()));
				insert.setString(9, n.user());
				insert.setString(10, n.address());
				insert.setString(11, n.subject());
				insert.setString(12, n.body());
				insert.setString(13, n.state().name());
				Columns.setInstant(insert, 14, n.state() == NotificationState.PENDING ? n.created() : null);
				insert.setString(15, n.reason());
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	/** Newest first, at most {@code limit}; of one run when {@code runId} is not null. */
	public List<Notification> list(Long runId, int limit) {
		return database.call("list notifications", connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notifications"
					+ (runId == null ? "" : " WHERE run_id = ?") + " ORDER BY id DESC LIMIT ?")) {
				int i = 1;
				if (runId != null) {
					select.setLong(i++, runId);
				}
				select.setInt(i, limit);
				return read(select);
			}
		});
	}

	/** PENDING notifications due at {@code now} and claimed by no process, oldest first. */
	public List<Notification> due(Instant now, int limit) {
		return database.call("list the notifications due", connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notifications "
					+ "WHERE state = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
					+ "ORDER BY next_attempt_at, id LIMIT ?")) {
				Columns.setInstant(select, 1, now);
				Columns.setInstant(select, 2, now);
				select.setInt(3, limit);
				return read(select);
			}
		});
	}

	/** Takes a due notification for mailing until {@code until}; false when another process has it or it is not due. */
	public boolean claim(long id, Instant now, Instant until) {
		return database.call("claim notification " + id, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE notifications SET claimed_until = ? "
					+ "WHERE id = ? AND state = 'PENDING' AND next_attempt_at <= ? "
					+ "AND (claimed_until IS NULL OR claimed_until < ?)")) {
				Columns.setInstant(update, 1, until);
				update.setLong(2, id);
				Columns.setInstant(update, 3, now);
				Columns.setInstant(update, 4, now);
				return update.executeUpdate() == 1;
			}
		});
	}

	public void sent(long id, Instant at) {
		database.call("mark notification " + id + " sent", connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE notifications SET state = 'SENT', "
					+ "sent_at = ?, attempts = attempts + 1, claimed_until = NULL, next_attempt_at = NULL WHERE id = ?")) {
				Columns.setInstant(update, 1, at);
				update.setLong(2, id);
				update.executeUpdate();
			}
			return null;
		});
	}

	/** An attempt failed: tried again at {@code next}, or FAILED for good when {@code next} is null. */
	public void failed(long id, String error, Instant next) {
		database.call("record a failed attempt of notification " + id, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE notifications SET state = ?, "
					+ "attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ?")) {
				update.setString(1, next == null ? NotificationState.FAILED.name() : NotificationState.PENDING.name());
				update.setString(2, error);
				Columns.setInstant(update, 3, next);
				update.setLong(4, id);
				update.executeUpdate();
			}
			return null;
		});
	}

	/** Makes every PENDING and FAILED notification with an address due at {@code now}; returns how many. */
	public int retryAll(Instant now) {
		return database.call("retry notifications", connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE notifications SET state = 'PENDING', "
					+ "next_attempt_at = ? WHERE state IN ('PENDING', 'FAILED') AND address IS NOT NULL")) {
				Columns.setInstant(update, 1, now);
				return update.executeUpdate();
			}
		});
	}

	private static List<Notification> read(PreparedStatement select) throws SQLException {
		List<Notification> list = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				String roles = row.getString("roles");
				list.add(new Notification(row.getLong("id"), Columns.instant(row, "created_at"), row.getString("kind"),
						Columns.longOrNull(row, "run_id"), Columns.longOrNull(row, "task_id"), row.getString("sop"),
						row.getString("binding"), row.getString("step_number"),
						roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
						row.getString("user_name"), row.getString("address"), row.getString("subject"),
						row.getString("body"), NotificationState.valueOf(row.getString("state")), row.getInt("attempts"),
						Columns.instant(row, "next_attempt_at"), row.getString("last_error"),
						Columns.instant(row, "sent_at")));
			}
		}
		return list;
	}
}
