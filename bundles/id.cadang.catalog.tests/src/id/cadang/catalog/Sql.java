package id.cadang.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;

/** Plain SQL on a catalog's database, beside the code under test, to see what it really stored. */
final class Sql {
	private Sql() {
	}

	static JdbcDataSource source(Path home) {
		JdbcDataSource source = new JdbcDataSource();
		source.setURL(H2Catalog.url(home.toAbsolutePath().normalize().resolve("catalog").resolve("cadang")));
		source.setUser(H2Catalog.USER);
		source.setPassword("");
		return source;
	}

	/** Each row's columns as text. */
	static List<List<String>> query(Path home, String sql) throws SQLException {
		try (Connection connection = source(home).getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<List<String>> result = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rows.getString(i));
				}
				result.add(row);
			}
			return result;
		}
	}

	static void execute(Path home, String sql) throws SQLException {
		try (Connection connection = source(home).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static List<String> tables(Path home) throws SQLException {
		return query(home, "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
				+ "ORDER BY 1").stream().map(row -> row.get(0)).toList();
	}
}
