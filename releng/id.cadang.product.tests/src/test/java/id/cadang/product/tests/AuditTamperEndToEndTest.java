package id.cadang.product.tests;

import static id.cadang.product.tests.CliChecks.ok;
import static id.cadang.product.tests.CliChecks.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit entry changed in the catalog file behind Cadang's back, while no cadang runs (as someone with the file and
 * an H2 console would do it), is found by {@code cadang audit verify}: exit 1 and a message naming the entry; put
 * back as it was, the trail verifies again.
 */
class AuditTamperEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void anEntryEditedInTheCatalogFileIsNamedByAuditVerify() throws Exception {
		Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		ok(cadang.run("bind", "iainptk", "data=" + Files.createDirectories(temp.resolve("data")), "media=" + temp,
				"--name", "siakad"));
		ok(cadang.run("users", "add", "kepala"));
		ok(cadang.run("roles", "grant", "kepala", "iainptk", "kepala-ptid"));
		long runId = Cadang.runId(ok(cadang.run("run", "iainptk", "--binding", "siakad", "--json")));
		ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "kepala", "--note",
				"Sesuai jadwal backup"));
		ok(cadang.run("audit", "verify"));

		String url = "jdbc:h2:file:" + cadang.home().resolve("catalog/cadang") + ";AUTO_SERVER=TRUE";
		long entry;
		String detail;
		try (Connection db = DriverManager.getConnection(url, "cadang", "");
				ResultSet row = db.createStatement().executeQuery(
						"SELECT id, detail FROM audit WHERE action = 'task.done' ORDER BY id FETCH FIRST 1 ROW ONLY")) {
			assertTrue(row.next(), "the task done is in the audit trail");
			entry = row.getLong("id");
			detail = row.getString("detail");
			assertTrue(detail.contains("kepala"), detail);
			update(db, entry, detail.replace("kepala", "petugas"));
		}

		Cadang.Result verify = cadang.run("audit", "verify");
		assertEquals(1, verify.exit(), verify::toString);
		assertTrue(verify.err().contains("#" + entry + " ") && verify.err().contains("changed"),
				"the message names the changed entry #" + entry + "\n" + verify);
		Cadang.Result json = cadang.run("audit", "verify", "--json");
		assertEquals(1, json.exit(), json::toString);
		assertTrue(json.out().contains("\"ok\": false") && json.out().contains("#" + entry + " "), json::toString);

		try (Connection db = DriverManager.getConnection(url, "cadang", "")) {
			update(db, entry, detail);
		}
		ok(cadang.run("audit", "verify"));
	}

	private static void update(Connection db, long id, String detail) throws SQLException {
		try (PreparedStatement update = db.prepareStatement("UPDATE audit SET detail = ? WHERE id = ?")) {
			update.setString(1, detail);
			update.setLong(2, id);
			assertEquals(1, update.executeUpdate());
		}
	}
}
