package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.cadang.catalog.AuditEntry;

/** The audit trail: appended to, never changed. */
public final class AuditTrail {
	private final Database database;

	public AuditTrail(Database database) {
		this.database = database;
	}

	public long append(String actor, String action, String subject, String detail) {
		Objects.requireNonNull(actor, "an audit entry needs its actor");
		Objects.requireNonNull(action, "an audit entry needs its action");
		return database.call("record " + action + " in the audit trail",
				connection -> append(connection, Instant.now(), actor, action, subject, detail));
	}

	/**
	 * Appends inside a transaction that is already open: takes the chain's head under a row lock, so
	 * appends from several threads or processes form one chain, and links the new entry to it.
	 */
	static long append(Connection connection, Instant at, String actor, String action, String subject, String detail)
			throws SQLException {
		Instant stamp = at.truncatedTo(ChronoUnit.MICROS); // as the database keeps it, so the hash can be recomputed
		String previous;
		try (PreparedStatement head = connection.prepareStatement("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE");
				ResultSet row = head.executeQuery()) {
			previous = row.next() ? row.getString(1) : "";
		}
		long id;
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO audit (at, actor, action, subject, detail, prev_hash) VALUES (?, ?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			Columns.setInstant(insert, 1, stamp);
			insert.setString(2, actor);
			insert.setString(3, action);
			insert.setString(4, subject);
			insert.setString(5, detail);
			insert.setString(6, previous);
			insert.executeUpdate();
			id = Columns.generatedId(insert);
		}
		String hash = hash(previous, id, stamp, actor, action, subject, detail);
		try (PreparedStatement seal = connection.prepareStatement("UPDATE audit SET hash = ? WHERE id = ?");
				PreparedStatement head = connection.prepareStatement(
						"UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1")) {
			seal.setString(1, hash);
			seal.setLong(2, id);
			seal.executeUpdate();
			head.setLong(1, id);
			head.setString(2, hash);
			head.executeUpdate();
		}
		return id;
	}

	/** Links entries written before the chain existed (schema version 3 and older) into it, oldest first. */
	public void sealUnchained() {
		database.call("seal the audit entries written before version 4", connection -> {
			List<Object[]> open = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT id, at, actor, action, subject, detail FROM audit WHERE hash IS NULL ORDER BY id");
					ResultSet row = select.executeQuery()) {
				while (row.next()) {
					open.add(new Object[] { row.getLong(1), Columns.instant(row, "at"), row.getString(3), row.getString(4),
							row.getString(5), row.getString(6) });
				}
			}
			if (open.isEmpty()) {
				return null;
			}
			String previous;
			try (PreparedStatement head = connection.prepareStatement(
					"SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE"); ResultSet row = head.executeQuery()) {
				previous = row.next() ? row.getString(1) : "";
			}
			long last = 0;
			for (Object[] entry : open) {
				long id = (Long) entry[0];
				String hash = hash(previous, id, (Instant) entry[1], (String) entry[2], (String) entry[3],
						(String) entry[4], (String) entry[5]);
				try (PreparedStatement seal = connection.prepareStatement(
						"UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?")) {
					seal.setString(1, previous);
					seal.setString(2, hash);
					seal.setLong(3, id);
					seal.executeUpdate();
				}
				previous = hash;
				last = id;
			}
			try (PreparedStatement head = connection.prepareStatement(
					"UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1")) {
				head.setLong(1, last);
				head.setString(2, previous);
				head.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Walks the chain from the first entry: every entry's hash must be the hash of its content and of the
	 * entry before, and the newest must be the head.
	 *
	 * @return what is wrong, one sentence per problem; empty when the trail is intact
	 */
	public List<String> verify() {
		return database.call("check the audit trail", connection -> {
			List<String> problems = new ArrayList<>();
			String previous = "";
			long previousId = 0;
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM audit ORDER BY id");
					ResultSet row = select.executeQuery()) {
				while (row.next()) {
					long id = row.getLong("id");
					String stored = row.getString("hash");
					if (!previous.equals(row.getString("prev_hash"))) {
						problems.add("audit entry #" + id + " does not follow #" + previousId
								+ ": an entry between them was removed or the chain was rewritten");
					}
					String expected = hash(row.getString("prev_hash") == null ? "" : row.getString("prev_hash"), id,
							Columns.instant(row, "at"), row.getString("actor"), row.getString("action"),
							row.getString("subject"), row.getString("detail"));
					if (!expected.equals(stored)) {
						problems.add("audit entry #" + id + " was changed after it was written (its hash no longer"
								+ " matches its content)");
					}
					previous = stored == null ? "" : stored;
					previousId = id;
				}
			}
			try (PreparedStatement head = connection.prepareStatement("SELECT last_id, hash FROM audit_head WHERE id = 1");
					ResultSet row = head.executeQuery()) {
				if (row.next() && (row.getLong(1) != previousId || !row.getString(2).equals(previous))) {
					problems.add("the newest audit entry should be #" + row.getLong(1) + " but is #" + previousId
							+ ": entries at the end were removed or added outside Cadang");
				}
			}
			return problems;
		});
	}

	static String hash(String previous, long id, Instant at, String actor, String action, String subject,
			String detail) {
		java.security.MessageDigest digest;
		try {
			digest = java.security.MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256", e);
		}
		for (String part : new String[] { previous, Long.toString(id), at.toString(), actor, action, field(subject),
				field(detail) }) {
			digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

	private static String field(String value) {
		return value == null ? "\u0000null" : value;
	}

	/** Newest first. */
	public List<AuditEntry> entries(String subject) {
		return database.call("read the audit trail", connection -> {
			String where = subject == null ? "" : " WHERE subject = ?";
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT id, at, actor, action, subject, detail FROM audit" + where + " ORDER BY at DESC, id DESC")) {
				if (subject != null) {
					select.setString(1, subject);
				}
				List<AuditEntry> entries = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						entries.add(new AuditEntry(row.getLong("id"), Columns.instant(row, "at"), row.getString("actor"),
								row.getString("action"), row.getString("subject"), row.getString("detail")));
					}
				}
				return entries;
			}
		});
	}
}
