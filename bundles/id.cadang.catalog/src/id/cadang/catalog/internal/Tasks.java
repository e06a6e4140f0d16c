package id.cadang.catalog.internal;

import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import id.cadang.catalog.Answer;
import id.cadang.catalog.TaskCompletion;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskOpen;
import id.cadang.catalog.TaskQuery;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;

/** The human steps of runs; a task leaves OPEN once, to DONE, RETURNED or CANCELLED. */
public final class Tasks {
	private static final Gson GSON = new Gson();
	private static final Type FORM = new TypeToken<LinkedHashMap<String, String>>() {
	}.getType();
	private static final String COLUMNS = "t.id, t.run_id, t.step_record_id, t.step_id, t.step_number, s.activity, "
			+ "r.sop, r.binding, t.kind, t.roles, t.status, t.opened_at, t.due_at, t.done_at, t.done_by, t.answer, "
			+ "t.note, t.form_id, t.form_data, t.return_reason";
	private static final String FROM = " FROM tasks t JOIN runs r ON r.id = t.run_id "
			+ "JOIN step_records s ON s.id = t.step_record_id";

	private final Database database;

	public Tasks(Database database) {
		this.database = database;
	}

	public long open(TaskOpen task) {
		Objects.requireNonNull(task, "task");
		return database.call("open a task for step " + task.stepNumber() + " of run " + task.runId(), connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tasks (run_id, step_record_id, "
					+ "step_id, step_number, kind, roles, status, opened_at, due_at, form_id, form_data, return_reason) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				insert.setLong(1, task.runId());
				insert.setLong(2, task.stepRecordId());
				insert.setString(3, task.stepId());
				insert.setString(4, task.stepNumber());
				insert.setString(5, task.kind().name());
				insert.setString(6, String.join(",", task.roles()));
				insert.setString(7, TaskStatus.OPEN.name());
				Columns.setInstant(insert, 8, task.openedAt());
				Columns.setInstant(insert, 9, task.dueAt());
				insert.setString(10, task.formId());
				insert.setString(11, task.formData().isEmpty() ? null : GSON.toJson(task.formData()));
				insert.setString(12, task.returnReason());
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	public Optional<TaskRecord> task(long taskId) {
		return database.call("read task " + taskId, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE t.id = ?")) {
				select.setLong(1, taskId);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? Optional.of(task(row)) : Optional.empty();
				}
			}
		});
	}

	/** Oldest first. */
	public List<TaskRecord> tasks(TaskQuery query) {
		Objects.requireNonNull(query, "query");
		return database.call("list tasks", connection -> {
			List<String> where = new ArrayList<>();
			if (query.runId() != null) {
				where.add("t.run_id = ?");
			}
			if (query.status() != null) {
				where.add("t.status = ?");
			}
			if (query.sop() != null) {
				where.add("r.sop = ?");
			}
			try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + FROM
					+ (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY t.opened_at, t.id")) {
				int i = 1;
				if (query.runId() != null) {
					select.setLong(i++, query.runId());
				}
				if (query.status() != null) {
					select.setString(i++, query.status().name());
				}
				if (query.sop() != null) {
					select.setString(i, query.sop());
				}
				List<TaskRecord> tasks = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						tasks.add(task(row));
					}
				}
				return tasks;
			}
		});
	}

	/** @return false when the task was not OPEN any more (done, returned or cancelled before) */
	public boolean complete(long taskId, TaskCompletion done) {
		return database.call("complete task " + taskId, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE tasks SET status = 'DONE', done_at = ?, "
					+ "done_by = ?, answer = ?, note = ?, form_data = ? WHERE id = ? AND status = 'OPEN'")) {
				Columns.setInstant(update, 1, done.at());
				update.setString(2, done.user());
				update.setString(3, done.answer() == null ? null : done.answer().name());
				update.setString(4, done.note());
				update.setString(5, done.formData().isEmpty() ? null : GSON.toJson(done.formData()));
				update.setLong(6, taskId);
				return update.executeUpdate() == 1;
			}
		});
	}

	/** Ends an OPEN task as RETURNED or CANCELLED; @return false when it was not OPEN any more */
	public boolean close(long taskId, TaskStatus status, String user, Instant at, String reason) {
		if (status != TaskStatus.RETURNED && status != TaskStatus.CANCELLED) {
			throw new IllegalArgumentException("a task is closed as RETURNED or CANCELLED, not " + status);
		}
		return database.call("close task " + taskId + " as " + status, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE tasks SET status = ?, done_at = ?, "
					+ "done_by = ?, note = ? WHERE id = ? AND status = 'OPEN'")) {
				update.setString(1, status.name());
				Columns.setInstant(update, 2, at);
				update.setString(3, user);
				update.setString(4, reason);
				update.setLong(5, taskId);
				return update.executeUpdate() == 1;
			}
		});
	}

	private static TaskRecord task(ResultSet row) throws SQLException {
		String roles = row.getString("roles");
		String answer = row.getString("answer");
		String form = row.getString("form_data");
		Map<String, String> data = form == null ? Map.of() : GSON.fromJson(form, FORM);
		return new TaskRecord(row.getLong("id"), row.getLong("run_id"), row.getLong("step_record_id"),
				row.getString("step_id"), row.getString("step_number"), row.getString("activity"), row.getString("sop"),
				row.getString("binding"), TaskKind.valueOf(row.getString("kind")),
				roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), TaskStatus.valueOf(row.getString("status")),
				Columns.instant(row, "opened_at"), Columns.instant(row, "due_at"), Columns.instant(row, "done_at"),
				row.getString("done_by"), answer == null ? null : Answer.valueOf(answer), row.getString("note"),
				row.getString("form_id"), java.util.Collections.unmodifiableMap(data), row.getString("return_reason"));
	}
}
