package id.cadang.catalog.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.User;

/** Users and the roles they hold per SOP and binding. */
public final class People {
	private final Database database;

	public People(Database database) {
		this.database = database;
	}

	/** Inserts or updates the user with this name; the creation time of an existing user is kept. */
	public void save(User user) {
		Objects.requireNonNull(user, "user");
		database.call("save user " + user.name(), connection -> {
			try (PreparedStatement merge = connection.prepareStatement("MERGE INTO users (name, full_name, nip, contact, "
					+ "created) KEY (name) VALUES (?, ?, ?, ?, COALESCE((SELECT created FROM users WHERE name = ?), ?))")) {
				merge.setString(1, user.name());
				merge.setString(2, user.fullName());
				merge.setString(3, user.nip());
				merge.setString(4, user.contact());
				merge.setString(5, user.name());
				Columns.setInstant(merge, 6, user.created());
				merge.executeUpdate();
			}
			return null;
		});
	}

	public Optional<User> user(String name) {
		return users(name).stream().findFirst();
	}

	/** Every user by name, or the one named when {@code name} is not null. */
	public List<User> users(String name) {
		return database.call(name == null ? "list users" : "read user " + name, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT name, full_name, nip, contact, created "
					+ "FROM users" + (name == null ? "" : " WHERE name = ?") + " ORDER BY name")) {
				if (name != null) {
					select.setString(1, name);
				}
				List<User> users = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						users.add(new User(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
								Columns.instant(row, "created")));
					}
				}
				return users;
			}
		});
	}

	/** Grants a role; granting it again changes nothing. */
	public void grant(RoleGrant grant) {
		Objects.requireNonNull(grant, "grant");
		database.call("grant role " + grant.role() + " of SOP " + grant.sop() + " to " + grant.user(), connection -> {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
				exists.setString(1, grant.user());
				try (ResultSet row = exists.executeQuery()) {
					if (!row.next()) {
						throw new IllegalArgumentException("there is no user '" + grant.user()
								+ "': add the user first with: cadang users add " + grant.user());
					}
				}
			}
			try (PreparedStatement merge = connection.prepareStatement(
					"MERGE INTO role_holders (user_name, sop, binding, role_id) KEY (user_name, sop, binding, role_id) "
							+ "VALUES (?, ?, ?, ?)")) {
				merge.setString(1, grant.user());
				merge.setString(2, grant.sop());
				merge.setString(3, grant.binding());
				merge.setString(4, grant.role());
				merge.executeUpdate();
			}
			return null;
		});
	}

	/** The roles {@code user} holds, or every grant when {@code user} is null; by user, SOP, binding, role. */
	public List<RoleGrant> grants(String user) {
		return database.call(user == null ? "list role holders" : "list the roles of " + user, connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT user_name, sop, binding, role_id "
					+ "FROM role_holders" + (user == null ? "" : " WHERE user_name = ?")
					+ " ORDER BY user_name, sop, binding, role_id")) {
				if (user != null) {
					select.setString(1, user);
				}
				List<RoleGrant> grants = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						grants.add(new RoleGrant(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
					}
				}
				return grants;
			}
		});
	}
}
