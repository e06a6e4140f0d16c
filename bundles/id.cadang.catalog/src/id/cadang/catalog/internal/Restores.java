package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.RestoreRequest;
import id.cadang.catalog.RestoreStatus;
import id.cadang.catalog.ServiceControl;

/** Restore requests and, per binding, how its service is stopped, started and checked. */
public final class Restores {
	private static final String COLUMNS = "binding, slot, application, data_name, damage, point_in_time, requester, status, "
			+ "approver, reason, backup_id, destination, safety_backup_id, outcome, confirmed_by, created, updated";

	private final Database database;

	public Restores(Database database) {
		this.database = database;
	}

	public long file(RestoreRequest request) {
		Objects.requireNonNull(request, "request");
		return database.call("file a restore request for " + request.binding(), connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO restore_requests (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
				bind(insert, request);
				insert.executeUpdate();
				return Columns.generatedId(insert);
			}
		});
	}

	public void update(RestoreRequest request) {
		Objects.requireNonNull(request, "request");
		database.call("update restore request " + request.id(), connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE restore_requests SET ("
					+ COLUMNS + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
				bind(update, request);
				update.setLong(18, request.id());
				if (update.executeUpdate() != 1) {
					throw new IllegalArgumentException("there is no restore request " + request.id());
				}
			}
			return null;
		});
	}

	/** One request, or every request newest first when {@code id} is null. */
	public List<RestoreRequest> requests(Long id) {
		return database.call(id == null ? "list restore requests" : "read restore request " + id, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT id, " + COLUMNS + " FROM restore_requests"
					+ (id == null ? "" : " WHERE id = ?") + " ORDER BY id DESC")) {
				if (id != null) {
					select.setLong(1, id);
				}
				List<RestoreRequest> requests = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						requests.add(read(row));
					}
				}
				return requests;
			}
		});
	}

	public void saveService(ServiceControl control) {
		Objects.requireNonNull(control, "control");
		database.call("save the service of binding " + control.binding(), connection -> {
			try (PreparedStatement merge = connection.prepareStatement("MERGE INTO restore_services (binding, stop_command, "
					+ "start_command, health, ssh) KEY (binding) VALUES (?, ?, ?, ?, ?)")) {
				merge.setString(1, control.binding());
				merge.setString(2, control.stop());
				merge.setString(3, control.start());
				merge.setString(4, control.health());
				merge.setString(5, control.ssh());
				merge.executeUpdate();
			}
			return null;
		});
	}

	public Optional<ServiceControl> service(String binding) {
		return database.call("read the service of binding " + binding, connection -> {
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT binding, stop_command, start_command, health, ssh FROM restore_services WHERE binding = ?")) {
				select.setString(1, binding);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? Optional.of(new ServiceControl(row.getString(1), row.getString(2), row.getString(3),
							row.getString(4), row.getString(5))) : Optional.<ServiceControl>empty();
				}
			}
		});
	}

	private static void bind(PreparedStatement statement, RestoreRequest r) throws SQLException {
		statement.setString(1, r.binding());
		statement.setString(2, r.slot());
		statement.setString(3, r.application());
		statement.setString(4, r.data());
		statement.setString(5, r.damage());
		statement.setString(6, r.pointInTime());
		statement.setString(7, r.requester());
		statement.setString(8, r.status().name());
		statement.setString(9, r.approver());
		statement.setString(10, r.reason());
		Columns.setLong(statement, 11, r.backupId());
		statement.setString(12, r.destination());
		Columns.setLong(statement, 13, r.safetyBackupId());
		statement.setString(14, r.outcome());
		statement.setString(15, r.confirmedBy());
		Columns.setInstant(statement, 16, r.created());
		Columns.setInstant(statement, 17, r.updated());
	}

	private static RestoreRequest read(ResultSet row) throws SQLException {
		return new RestoreRequest(row.getLong("id"), row.getString("binding"), row.getString("slot"),
				row.getString("application"), row.getString("data_name"), row.getString("damage"),
				row.getString("point_in_time"), row.getString("requester"), RestoreStatus.valueOf(row.getString("status")),
				row.getString("approver"), row.getString("reason"), Columns.longOrNull(row, "backup_id"),
				row.getString("destination"), Columns.longOrNull(row, "safety_backup_id"), row.getString("outcome"),
				row.getString("confirmed_by"), Columns.instant(row, "created"), Columns.instant(row, "updated"));
	}
}
