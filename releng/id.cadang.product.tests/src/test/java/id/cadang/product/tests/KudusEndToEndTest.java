package id.cadang.product.tests;

import static id.cadang.product.tests.CliChecks.backups;
import static id.cadang.product.tests.CliChecks.ok;
import static id.cadang.product.tests.CliChecks.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;

/**
 * Kudus's back-up on request (067/ /18.01/2020) through the command line from start to end: an agency (OPD) files
 * the request letter (a wrong date and missing fields are refused first), the division verifies and dispatches it,
 * the section agrees the schedule, the agency's database is backed up, the staff reports and the section confirms.
 */
class KudusEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void aRequestLetterLeadsToAGoodBackupAndAConfirmedReport() throws Exception {
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("sipkd");
			postgres.psql("sipkd", "create table anggaran (kode text primary key, uraian text, pagu numeric);"
					+ " insert into anggaran values ('5.1.02', 'Belanja Barang dan Jasa', 125000000);");
			Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
			Path target = Files.createDirectories(temp.resolve("backup"));
			ok(cadang.run("bind", "kudus", "db=" + postgres.url("sipkd"), "target=" + target, "--name", "bpkad-sipkd"));
			for (String[] person : new String[][] { { "bpkad", "opd" }, { "kabid", "bidang-informatika" },
					{ "kasi", "seksi-si" }, { "staf", "staf" } }) {
				ok(cadang.run("users", "add", person[0]));
				ok(cadang.run("roles", "grant", person[0], "kudus", person[1], "--binding", "bpkad-sipkd"));
			}

			long runId = Cadang.runId(ok(cadang.run("run", "kudus", "--binding", "bpkad-sipkd", "--json")));
			JsonObject letter = openTask(cadang, runId);
			assertEquals("1", letter.get("step").getAsString());
			assertEquals("FORM", letter.get("kind").getAsString());
			Cadang.Result refused = cadang.run("task", "done", letter.get("id").getAsString(), "--as", "bpkad", "--field",
					"nomor=027/114/BPKAD/2026", "--field", "tanggal=2 Maret 2026", "--field", "jenis=Back-up");
			assertEquals(1, refused.exit(), refused::toString);
			assertTrue(refused.err().contains("tanggal") && refused.err().contains("2026-03-02"),
					"the wrong date is named with how to write it\n" + refused);
			assertTrue(refused.err().contains("opd") && refused.err().contains("penandatangan"),
					"the missing required fields are named\n" + refused);
			ok(cadang.run("task", "done", letter.get("id").getAsString(), "--as", "bpkad", "--field",
					"nomor=027/114/BPKAD/2026", "--field", "tanggal=2026-03-02", "--field", "opd=BPKAD Kabupaten Kudus",
					"--field", "jenis=back-up", "--field", "server=srv-bpkad, PostgreSQL 15", "--field", "aplikasi=SIPKD",
					"--field", "penandatangan=Kepala BPKAD"));
			ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "kabid", "--note",
					"Disposisi ke Seksi SI"));
			JsonObject schedule = openTask(cadang, runId);
			assertEquals("3", schedule.get("step").getAsString());
			Cadang.Result backedUp = ok(cadang.run("task", "done", schedule.get("id").getAsString(), "--as", "kasi",
					"--note", "Jadwal: 3 Maret 2026 pukul 20.00"));
			assertTrue(backedUp.out().contains("Langkah 4"), "the backup ran once the schedule was agreed\n" + backedUp);
			JsonObject report = openTask(cadang, runId);
			assertEquals("5", report.get("step").getAsString());
			ok(cadang.run("task", "done", report.get("id").getAsString(), "--as", "staf"));
			ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "kasi"));

			RunStatus status = RunStatus.of(cadang, runId).assertSucceededWithWhoAndTime();
			assertEquals(List.of("1", "2", "3", "4", "5", "6"), status.numbers());
			assertEquals(List.of("bpkad", "kabid", "kasi", "cadang", "staf", "kasi"), status.actors());
			JsonObject letterData = status.json().getAsJsonArray("tasks").get(0).getAsJsonObject()
					.getAsJsonObject("formData");
			assertEquals("Back-up", letterData.get("jenis").getAsString(), "the choice as the SOP writes it");
			assertEquals("2026-03-02", letterData.get("tanggal").getAsString());

			List<JsonObject> backups = backups(cadang);
			assertEquals(1, backups.size(), backups::toString);
			JsonObject backup = backups.get(0);
			assertEquals("GOOD", backup.get("status").getAsString(), backup::toString);
			assertEquals("postgresql", backup.get("sourceKind").getAsString());
			Path file = Path.of(backup.get("path").getAsString());
			assertTrue(file.startsWith(target), file.toString());
			String sql = Processes.shell(Duration.ofMinutes(1), "zstd -dc '" + file + "' | '"
					+ postgres.bin().resolve("pg_restore") + "' -f - --data-only");
			assertTrue(sql.contains("Belanja Barang dan Jasa"), "the agency's data is in the dump");
			ok(cadang.run("verify", backup.get("id").getAsString()));
			ok(cadang.run("audit", "verify"));
		}
	}
}
