package id.cadang.product.tests;

import static id.cadang.product.tests.CliChecks.backups;
import static id.cadang.product.tests.CliChecks.ok;
import static id.cadang.product.tests.CliChecks.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;

/**
 * Trenggalek's backup procedure (SOP/06/406.020/2019) through the command line from start to end: the database is
 * dumped into the bound folder, the application staff confirms, names and secures it and fills in the backup
 * execution form (a wrong number and a missing field are refused first), and the Kasi receives, checks and signs it.
 */
class TrenggalekEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void theBackupProcedureRunsFromTheDumpToTheCheckedForm() throws Exception {
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("simpeg");
			postgres.psql("simpeg", "create table pegawai (nip text primary key, nama text);"
					+ " insert into pegawai values ('197901012005011001', 'Sri Wahyuni'), ('198202022010012002', 'Agus');");
			Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
			Path target = Files.createDirectories(temp.resolve("backup"));
			ok(cadang.run("bind", "trenggalek", "db=" + postgres.url("simpeg"), "target=" + target, "--name", "simpeg"));
			ok(cadang.run("users", "add", "dewi", "--full-name", "Dewi Lestari", "--nip", "199001012015032001"));
			ok(cadang.run("users", "add", "bambang", "--full-name", "Bambang Sutrisno"));
			ok(cadang.run("roles", "grant", "dewi", "trenggalek", "staf-aplikasi"));
			ok(cadang.run("roles", "grant", "bambang", "trenggalek", "kasi-aplikasi", "--binding", "simpeg"));

			Cadang.Result started = ok(cadang.run("run", "trenggalek", "--binding", "simpeg", "--json"));
			long runId = Cadang.runId(started);
			JsonObject confirm = openTask(cadang, runId);
			assertEquals("2", confirm.get("step").getAsString(), "step 1, the dump, ran at once");
			JsonObject backup = backups(cadang).get(0);
			assertEquals("GOOD", backup.get("status").getAsString(), backup::toString);
			ok(cadang.run("task", "done", confirm.get("id").getAsString(), "--as", "dewi"));
			ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "dewi", "--note",
					"nama sesuai ketentuan"));
			ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "dewi"));

			JsonObject form = openTask(cadang, runId);
			assertEquals("5", form.get("step").getAsString());
			assertEquals("FORM", form.get("kind").getAsString());
			String file = Path.of(backup.get("path").getAsString()).getFileName().toString();
			Cadang.Result refused = cadang.run("task", "done", form.get("id").getAsString(), "--as", "dewi", "--field",
					"tanggal=2026-03-01 01:00", "--field", "aplikasi=SIMPEG", "--field", "status=Berhasil", "--field",
					"nama-file=" + file, "--field", "ukuran=dua mega", "--field", "petugas=Dewi Lestari");
			assertEquals(1, refused.exit(), refused::toString);
			assertTrue(refused.err().contains("ukuran") && refused.err().contains("12.5"),
					"the wrong number is named with what a number looks like\n" + refused);
			assertTrue(refused.err().contains("lokasi"), "the missing required field is named\n" + refused);
			assertEquals("5", openTask(cadang, runId).get("step").getAsString(), "the refused form leaves the task open");
			ok(cadang.run("task", "done", form.get("id").getAsString(), "--as", "dewi", "--field",
					"tanggal=2026-03-01 01:00", "--field", "aplikasi=SIMPEG", "--field", "status=Berhasil", "--field",
					"nama-file=" + file, "--field", "ukuran=0.1", "--field", "lokasi=" + target, "--field",
					"petugas=Dewi Lestari"));

			JsonObject check = openTask(cadang, runId);
			assertEquals("6", check.get("step").getAsString());
			assertEquals(file, check.getAsJsonObject("formData").get("nama-file").getAsString(),
					"the Kasi sees the form as the staff filled it in");
			Cadang.Result notHis = cadang.run("task", "done", check.get("id").getAsString(), "--as", "dewi");
			assertEquals(1, notHis.exit(), notHis::toString);
			assertTrue(notHis.err().contains("kasi-aplikasi"), notHis::toString);
			ok(cadang.run("task", "done", check.get("id").getAsString(), "--as", "bambang", "--field",
					"diperiksa=Bambang Sutrisno"));

			RunStatus status = RunStatus.of(cadang, runId).assertSucceededWithWhoAndTime();
			assertEquals(List.of("1", "2", "3", "4", "5", "6"), status.numbers());
			assertEquals(List.of("cadang", "dewi", "dewi", "dewi", "dewi", "bambang"), status.actors());
			JsonObject saved = status.json().getAsJsonArray("tasks").asList().stream().map(JsonElement::getAsJsonObject)
					.filter(t -> t.get("step").getAsString().equals("6")).findFirst().orElseThrow()
					.getAsJsonObject("formData");
			assertEquals("Bambang Sutrisno", saved.get("diperiksa").getAsString());
			assertEquals("2026-03-01T01:00", saved.get("tanggal").getAsString(), saved::toString);
			assertEquals(1, backups(cadang).size());
			ok(cadang.run("verify", backup.get("id").getAsString()));
			ok(cadang.run("audit", "verify"));
		}
	}
}
