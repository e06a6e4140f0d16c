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
	private static final String RUN_COLUMNS = "id, sop, procedure, binding, status, started, finished, error, "
			+ "current_step, lease_owner, lease_until";
	private static final String STEP_COLUMNS = "id, run_id, step_id, number, activity, action_type, roles, status, "
			+ "time_standard_ms, started, finished, message, actor, deviation";

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
		if (!status.finished()) {
			throw new IllegalArgumentException("run " + runId + " cannot finish as " + status
					+ ": give SUCCEEDED, FAILED or CANCELLED");
		}
		Objects.requireNonNull(finished, "run " + runId + " needs its end time");
		database.call("finish run " + runId, connection -> {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE runs SET status = ?, finished = ?, error = ?, current_step = NULL, lease_owner = NULL, "
							+ "lease_until = NULL WHERE id = ?")) {
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
								Columns.instant(row, "finished"), row.getString("message"), row.getString("actor"),
								row.getString("deviation")));
					}
				}
				return steps;
			}
		});
	}

	/** Sets a run that goes on RUNNING or WAITING, at {@code currentStep}. */
	public void move(long runId, RunStatus status, String currentStep) {
		Objects.requireNonNull(status, "status");
		if (status.finished()) {
			throw new IllegalArgumentException("run " + runId + " ends through finish, not move to " + status);
		}
		database.call("move run " + runId + " to " + status, connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE runs SET status = ?, current_step = ? WHERE id = ? AND status IN ('RUNNING', 'WAITING')")) {
				update.setString(1, status.name());
				update.setString(2, currentStep);
				update.setLong(3, runId);
				if (update.executeUpdate() == 0) {
					throw new IllegalStateException("run " + runId + " is not in the catalog or has already ended");
				}
			}
			return null;
		});
	}

	/**
	 * Takes or renews the lease of a run that has not ended: granted when nobody holds it, its holder's lease
	 * ran out before {@code now}, or {@code owner} holds it already.
	 */
	public boolean acquireLease(long runId, String owner, Instant until, Instant now) {
		Objects.requireNonNull(owner, "a lease needs its owner");
		return database.call("take the lease of run " + runId, connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET lease_owner = ?, lease_until = ? "
					+ "WHERE id = ? AND status IN ('RUNNING', 'WAITING') AND (lease_owner IS NULL OR lease_owner = ? "
					+ "OR lease_until < ?)")) {
				update.setString(1, owner);
				Columns.setInstant(update, 2, until);
				update.setLong(3, runId);
				update.setString(4, owner);
				Columns.setInstant(update, 5, now);
				return update.executeUpdate() == 1;
			}
		});
	}

	public void releaseLease(long runId, String owner) {
		database.call("release the lease of run " + runId, connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE runs SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")) {
				update.setLong(1, runId);
				update.setString(2, owner);
				update.executeUpdate();
			}
			return null;
		});
	}

	/** Runs left RUNNING whose lease ran out before {@code now} (or that never had one): their process died. */
	public List<RunRecord> abandoned(Instant now) {
		return database.call("list the runs whose process stopped", connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs "
					+ "WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?) ORDER BY id")) {
				Columns.setInstant(select, 1, now);
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

	public void setActor(long stepRecordId, String actor) {
		update("record who did step record " + stepRecordId, "UPDATE step_records SET actor = ? WHERE id = ?",
				stepRecordId, actor);
	}

	/** Records a deviation once: a later call for the same step keeps the first. */
	public boolean recordDeviation(long stepRecordId, String deviation) {
		return database.call("record a deviation of step record " + stepRecordId, connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE step_records SET deviation = ? WHERE id = ? AND deviation IS NULL")) {
				update.setString(1, deviation);
				update.setLong(2, stepRecordId);
				return update.executeUpdate() == 1;
			}
		});
	}

	private void update(String what, String sql, long id, String value) {
		database.call(what, connection -> {
			try (PreparedStatement update = connection.prepareStatement(sql)) {
				update.setString(1, value);
				update.setLong(2, id);
				if (update.executeUpdate() == 0) {
					throw new IllegalArgumentException("there is no step record " + id + " in the catalog");
				}
			}
			return null;
		});
	}

	private static RunRecord run(ResultSet row) throws SQLException {
		return new RunRecord(row.getLong("id"), row.getString("sop"), row.getString("procedure"),
				row.getString("binding"), RunStatus.valueOf(row.getString("status")), Columns.instant(row, "started"),
				Columns.instant(row, "finished"), row.getString("error"), row.getString("current_step"),
				row.getString("lease_owner"), Columns.instant(row, "lease_until"));
	}
}
