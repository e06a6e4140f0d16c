package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.RunSnapshot;

/** The SOP model each run started with. */
public final class RunSnapshots {
	private final Database database;

	public RunSnapshots(Database database) {
		this.database = database;
	}

	public void save(long runId, String sopVersion, byte[] xmi) {
		Objects.requireNonNull(sopVersion, "the snapshot of run " + runId + " needs the SOP plug-in's version");
		Objects.requireNonNull(xmi, "the snapshot of run " + runId + " needs the SOP model's XMI");
		database.call("save the SOP snapshot of run " + runId, connection -> {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
				exists.setLong(1, runId);
				try (ResultSet row = exists.executeQuery()) {
					if (!row.next()) {
						throw new IllegalArgumentException("there is no run " + runId
								+ " in the catalog to keep an SOP snapshot for: start the run first");
					}
				}
			}
			try (PreparedStatement taken = connection.prepareStatement("SELECT 1 FROM run_snapshots WHERE run_id = ?")) {
				taken.setLong(1, runId);
				try (ResultSet row = taken.executeQuery()) {
					if (row.next()) {
						throw new IllegalStateException("run " + runId
								+ " already has its SOP snapshot: a run keeps the SOP it started with");
					}
				}
			}
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO run_snapshots (run_id, sop_version, xmi) VALUES (?, ?, ?)")) {
				insert.setLong(1, runId);
				insert.setString(2, sopVersion);
				insert.setBytes(3, xmi);
				insert.executeUpdate();
			}
			return null;
		});
	}

	public Optional<RunSnapshot> snapshot(long runId) {
		return database.call("read the SOP snapshot of run " + runId, connection -> {
			try (PreparedStatement select = connection
					.prepareStatement("SELECT sop_version, xmi FROM run_snapshots WHERE run_id = ?")) {
				select.setLong(1, runId);
				try (ResultSet row = select.executeQuery()) {
					return row.next()
							? Optional.of(new RunSnapshot(runId, row.getString("sop_version"), row.getBytes("xmi")))
							: Optional.empty();
				}
			}
		});
	}
}
