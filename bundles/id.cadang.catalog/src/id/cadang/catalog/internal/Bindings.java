package id.cadang.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.Binding;

/** Bindings and their slots, in the order they were given. */
public final class Bindings {
	private final Database database;

	public Bindings(Database database) {
		this.database = database;
	}

	/** Inserts or replaces; a replaced binding keeps the time it was first saved. */
	public void save(Binding binding) {
		Objects.requireNonNull(binding, "binding");
		requireText(binding.name(), "a binding needs a name");
		requireText(binding.sop(), "binding " + binding.name() + " needs the id of its SOP");
		Objects.requireNonNull(binding.created(), "binding " + binding.name() + " needs its creation time");
		database.call("save binding " + binding.name(), connection -> {
			Optional<Instant> created = created(connection, binding.name());
			if (created.isPresent()) {
				try (PreparedStatement update = connection.prepareStatement("UPDATE bindings SET sop = ? WHERE name = ?");
						PreparedStatement clear = connection.prepareStatement("DELETE FROM binding_slots WHERE binding = ?")) {
					update.setString(1, binding.sop());
					update.setString(2, binding.name());
					update.executeUpdate();
					clear.setString(1, binding.name());
					clear.executeUpdate();
				}
			} else {
				try (PreparedStatement insert = connection
						.prepareStatement("INSERT INTO bindings (name, sop, created) VALUES (?, ?, ?)")) {
					insert.setString(1, binding.name());
					insert.setString(2, binding.sop());
					Columns.setInstant(insert, 3, binding.created());
					insert.executeUpdate();
				}
			}
			try (PreparedStatement slot = connection.prepareStatement(
					"INSERT INTO binding_slots (binding, slot, slot_value, position) VALUES (?, ?, ?, ?)")) {
				int position = 0;
				for (Map.Entry<String, String> entry : binding.slots().entrySet()) {
					slot.setString(1, binding.name());
					slot.setString(2, entry.getKey());
					slot.setString(3, entry.getValue());
					slot.setInt(4, position++);
					slot.addBatch();
				}
				slot.executeBatch();
			}
			return null;
		});
	}

	public Optional<Binding> binding(String name) {
		Objects.requireNonNull(name, "name");
		return database.call("read binding " + name, connection -> {
			List<Binding> found = read(connection, "SELECT name, sop, created FROM bindings WHERE name = ?", name);
			return found.stream().findFirst();
		});
	}

	public List<Binding> bindings(String sop) {
		return database.call(sop == null ? "list bindings" : "list the bindings of SOP " + sop, connection -> sop == null
				? read(connection, "SELECT name, sop, created FROM bindings ORDER BY name")
				: read(connection, "SELECT name, sop, created FROM bindings WHERE sop = ? ORDER BY name", sop));
	}

	private static Optional<Instant> created(Connection connection, String name) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT created FROM bindings WHERE name = ?")) {
			select.setString(1, name);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(Columns.instant(row, "created")) : Optional.empty();
			}
		}
	}

	private static List<Binding> read(Connection connection, String sql, String... parameters) throws SQLException {
		List<Binding> bindings = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setString(i + 1, parameters[i]);
			}
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					String name = row.getString("name");
					bindings.add(new Binding(name, row.getString("sop"), slots(connection, name),
							Columns.instant(row, "created")));
				}
			}
		}
		return bindings;
	}

	private static Map<String, String> slots(Connection connection, String binding) throws SQLException {
		Map<String, String> slots = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT slot, slot_value FROM binding_slots WHERE binding = ? ORDER BY position")) {
			select.setString(1, binding);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					slots.put(row.getString("slot"), row.getString("slot_value"));
				}
			}
		}
		return slots;
	}

	private static void requireText(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}
}
