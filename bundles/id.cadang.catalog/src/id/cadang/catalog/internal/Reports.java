package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.ReportDraft;
import id.cadang.catalog.ReportRecord;
import id.cadang.catalog.ReportStatus;

/** Reports and their revisions; an accepted revision is never changed again. */
public final class Reports {
	private static final String COLUMNS = "id, kind, subject, revision, run_id, sop, binding, status, file_name, sha256, "
			+ "created_at, created_by, decided_at, decided_by, note, archived_at";

	private final Database database;

	public Reports(Database database) {
		this.database = database;
	}

	public ReportRecord save(ReportDraft draft) {
		return database.call("save a revision of report " + draft.kind() + " " + draft.subject(), connection -> {
			List<ReportRecord> earlier = list(connection, draft.kind(), draft.subject());
			for (ReportRecord r : earlier) {
				if (r.status() == ReportStatus.ACCEPTED) {
					throw new IllegalStateException("report " + r.id() + " (" + draft.kind() + " " + draft.subject()
							+ ", revision " + r.revision() + ") was accepted and cannot be revised any more");
				}
			}
			int revision = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).revision() + 1;
			long id;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reports (kind, subject, revision, "
					+ "run_id, sop, binding, status, file_name, content, sha256, created_at, created_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, draft.kind());
				insert.setString(2, draft.subject());
				insert.setInt(3, revision);
				Columns.setLong(insert, 4, draft.runId());
				insert.setString(5, draft.sop());
				insert.setString(6, draft.binding());
				insert.setString(7, ReportStatus.DRAFT.name());
				insert.setString(8, draft.fileName());
				insert.setBytes(9, draft.content());
				insert.setString(10, draft.sha256());
				Columns.setInstant(insert, 11, draft.createdAt());
				insert.setString(12, draft.createdBy());
				insert.executeUpdate();
				id = Columns.generatedId(insert);
			}
			return one(connection, id).orElseThrow();
		});
	}

	public Optional<ReportRecord> report(long id) {
		return database.call("read report " + id, connection -> one(connection, id));
	}

	public List<ReportRecord> reports(String kind, String subject) {
		return database.call("list reports", connection -> list(connection, kind, subject));
	}

	public byte[] content(long id) {
		return database.call("read the content of report " + id, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT content FROM reports WHERE id = ?")) {
				select.setLong(1, id);
				try (ResultSet row = select.executeQuery()) {
					if (!row.next()) {
						throw new IllegalArgumentException("there is no report " + id + " in the catalog");
					}
					return row.getBytes(1);
				}
			}
		});
	}

	public boolean decide(long id, ReportStatus status, String user, Instant at, String note, String archivedAt) {
		Objects.requireNonNull(user, "a report is decided on by someone");
		Objects.requireNonNull(at, "a report is decided on at some time");
		if (status == ReportStatus.DRAFT) {
			throw new IllegalArgumentException("a report is sent back or accepted, not made a draft again");
		}
		return database.call("decide on report " + id, connection -> {
			ReportRecord report = one(connection, id)
					.orElseThrow(() -> new IllegalArgumentException("there is no report " + id + " in the catalog"));
			List<ReportRecord> all = list(connection, report.kind(), report.subject());
			ReportRecord latest = all.get(all.size() - 1);
			if (latest.id() != id && report.status() == ReportStatus.DRAFT) {
				throw new IllegalStateException("report " + id + " is revision " + report.revision() + ", but revision "
						+ latest.revision() + " (report " + latest.id() + ") replaced it: decide on that one");
			}
			try (PreparedStatement update = connection.prepareStatement("UPDATE reports SET status = ?, decided_at = ?, "
					+ "decided_by = ?, note = ?, archived_at = ? WHERE id = ? AND status = ?")) {
				update.setString(1, status.name());
				Columns.setInstant(update, 2, at);
				update.setString(3, user);
				update.setString(4, note);
				update.setString(5, archivedAt);
				update.setLong(6, id);
				update.setString(7, ReportStatus.DRAFT.name());
				return update.executeUpdate() == 1;
			}
		});
	}

	private static Optional<ReportRecord> one(Connection connection, long id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE id = ?")) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(record(row)) : Optional.empty();
			}
		}
	}

	private static List<ReportRecord> list(Connection connection, String kind, String subject) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE "
				+ "(? IS NULL OR kind = ?) AND (? IS NULL OR subject = ?) ORDER BY kind, subject, revision")) {
			select.setString(1, kind);
			select.setString(2, kind);
			select.setString(3, subject);
			select.setString(4, subject);
			List<ReportRecord> reports = new ArrayList<>();
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					reports.add(record(row));
				}
			}
			return reports;
		}
	}

	private static ReportRecord record(ResultSet row) throws SQLException {
		return new ReportRecord(row.getLong("id"), row.getString("kind"), row.getString("subject"),
				row.getInt("revision"), Columns.longOrNull(row, "run_id"), row.getString("sop"), row.getString("binding"),
				ReportStatus.valueOf(row.getString("status")), row.getString("file_name"), row.getString("sha256"),
				Columns.instant(row, "created_at"), row.getString("created_by"), Columns.instant(row, "decided_at"),
				row.getString("decided_by"), row.getString("note"), row.getString("archived_at"));
	}
}
