package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;

/** Runs of a procedure and the record of each step. */
public final class Runs {
	private static final String RUN_COLUMNS = "id, sop, procedure, binding, status, started, finished, error";
	private static final String STEP_COLUMNS = "id, run_id, step_id, number, activity, action_type, roles, status, "
			+ "time_standard_ms, started, finished, message";

	private final Database database;

	public Runs(Database database) {
		this.database = database;
	}

	public long start(String sop, String procedure, String binding, Instant started) {
		Objects.requireNonNull(sop, "a run needs the id of its SOP");
		Objects.requireNonNull(started, "a run needs its start time");
		return database.call("start a run of SOP " + sop, connection -> {
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO runs (sop, procedure, binding, status, started) VALUES (?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, sop);
				insert.setString(2, procedure);
				insert.setString(3, binding);
				insert.setString(4, RunStatus.RUNNING.name());
				Columns.setInstant(insert, 5, started);
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	public void finish(long runId, RunStatus status, Instant finished, String error) {
		Objects.requireNonNull(status, "status");
		if (status == RunStatus.RUNNING) {
			throw new IllegalArgumentException("run " + runId + " cannot finish as RUNNING: give SUCCEEDED or FAILED");
		}
		Objects.requireNonNull(finished, "run " + runId + " needs its end time");
		database.call("finish run " + runId, connection -> {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE runs SET status = ?, finished = ?, error = ? WHERE id = ?")) {
				update.setString(1, status.name());
				Columns.setInstant(update, 2, finished);
				update.setString(3, error);
				update.setLong(4, runId);
				if (update.executeUpdate() == 0) {
					throw new IllegalArgumentException("there is no run " + runId + " in the catalog");
				}
			}
			return null;
		});
	}

	public Optional<RunRecord> run(long runId) {
		return database.call("read run " + runId, connection -> {
			try (PreparedStatement select = connection
					.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?")) {
				select.setLong(1, runId);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? Optional.of(run(row)) : Optional.empty();
				}
			}
		});
	}

	/** Newest first; all runs when {@code sop} is null. */
	public List<RunRecord> runs(String sop) {
		return database.call(sop == null ? "list runs" : "list the runs of SOP " + sop, connection -> {
			String where = sop == null ? "" : " WHERE sop = ?";
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT " + RUN_COLUMNS + " FROM runs" + where + " ORDER BY started DESC, id DESC")) {
				if (sop != null) {
					select.setString(1, sop);
				}
				List<RunRecord> runs = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						runs.add(run(row));
					}
				}
				return runs;
			}
		});
	}

	public long startStep(long runId, StepStart step) {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(step.stepId(), "a step record needs the step's id");
		Objects.requireNonNull(step.started(), "step " + step.stepId() + " needs its start time");
		return database.call("start step " + step.stepId() + " of run " + runId, connection -> {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
				exists.setLong(1, runId);
				try (ResultSet row = exists.executeQuery()) {
					if (!row.next()) {
						throw new IllegalArgumentException("there is no run " + runId + " in the catalog to record step "
								+ step.stepId() + " in: start the run first");
					}
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO step_records (run_id, step_id, number, activity, action_type, roles, status, "
							+ "time_standard_ms, started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setLong(1, runId);
				insert.setString(2, step.stepId());
				insert.setString(3, step.number());
				insert.setString(4, step.activity());
				insert.setString(5, step.actionType());
				insert.setString(6, step.roles());
				insert.setString(7, StepStatus.RUNNING.name());
				Columns.setDuration(insert, 8, step.timeStandard());
				Columns.setInstant(insert, 9, step.started());
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	public void finishStep(long stepRecordId, StepStatus status, Instant finished, String message) {
		Objects.requireNonNull(status, "status");
		database.call("finish step record " + stepRecordId, connection -> {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE step_records SET status = ?, finished = ?, message = ? WHERE id = ?")) {
				update.setString(1, status.name());
				Columns.setInstant(update, 2, finished);
				update.setString(3, message);
				update.setLong(4, stepRecordId);
				if (update.executeUpdate() == 0) {
					throw new IllegalArgumentException("there is no step record " + stepRecordId + " in the catalog");
				}
			}
			return null;
		});
	}

	/** In the order they started. */
	public List<StepRecord> steps(long runId) {
		return database.call("list the steps of run " + runId, connection -> {
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT " + STEP_COLUMNS + " FROM step_records WHERE run_id = ? ORDER BY started, id")) {
				select.setLong(1, runId);
				List<StepRecord> steps = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						steps.add(new StepRecord(row.getLong("id"), row.getLong("run_id"), row.getString("step_id"),
								row.getString("number"), row.getString("activity"), row.getString("action_type"),
								row.getString("roles"), StepStatus.valueOf(row.getString("status")),
								Columns.duration(row, "time_standard_ms"), Columns.instant(row, "started"),
								Columns.instant(row, "finished"), row.getString("message")));
					}
				}
				return steps;
			}
		});
	}

	private static RunRecord run(ResultSet row) throws SQLException {
		return new RunRecord(row.getLong("id"), row.getString("sop"), row.getString("procedure"),
				row.getString("binding"), RunStatus.valueOf(row.getString("status")), Columns.instant(row, "started"),
				Columns.instant(row, "finished"), row.getString("error"));
	}
}
