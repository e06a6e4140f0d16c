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
import com.google.gson.JsonParser;

import id.cadang.testing.Processes;

/**
 * IAIN Pontianak's backup procedure through the command line from start to end, as its people would do it: the
 * head orders the backup, the officer prepares the checklist, the head sends it back for correction once, the
 * storage media is missing at first (report, request, wait) and then there, the server's data is archived onto it,
 * the checklist is filled in, the minutes are written and corrected, and everything is archived.
 */
class IainEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void theProcedureRunsFromTheOrderToTheArchivedMinutes() throws Exception {
		Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		Path data = Files.createDirectories(temp.resolve("srv/siakad"));
		Files.writeString(data.resolve("mahasiswa.csv"), "nim;nama\n11901001;Siti Aminah\n");
		Files.writeString(Files.createDirectories(data.resolve("berkas")).resolve("krs-2026.txt"), "KRS semester genap\n");
		Path media = temp.resolve("media"); // the external disk is not there yet
		ok(cadang.run("bind", "iainptk", "data=" + data, "media=" + media, "--name", "siakad"));
		ok(cadang.run("users", "add", "kepala", "--full-name", "Kepala PTID"));
		ok(cadang.run("users", "add", "petugas"));
		ok(cadang.run("users", "add", "umum"));
		ok(cadang.run("roles", "grant", "kepala", "iainptk", "kepala-ptid"));
		ok(cadang.run("roles", "grant", "petugas", "iainptk", "petugas"));
		ok(cadang.run("roles", "grant", "umum", "iainptk", "kasubbag-umum", "--binding", "siakad"));

		Cadang.Result run = ok(cadang.run("run", "iainptk", "--binding", "siakad", "--json"));
		long runId = Cadang.runId(run);

		JsonObject order = openTask(cadang, runId);
		assertEquals("1", order.get("step").getAsString());
		Cadang.Result refused = cadang.run("task", "done", order.get("id").getAsString(), "--as", "umum");
		assertEquals(1, refused.exit(), refused::toString);
		assertTrue(refused.err().contains("Kepala PTID") && refused.err().contains("kepala-ptid"),
				"the refusal names the role\n" + refused);
		ok(cadang.run("task", "done", order.get("id").getAsString(), "--as", "kepala"));

		JsonObject checklist = openTask(cadang, runId);
		assertEquals("FORM", checklist.get("kind").getAsString());
		Cadang.Result badDate = cadang.run("task", "done", checklist.get("id").getAsString(), "--as", "petugas",
				"--field", "tanggal=kemarin");
		assertEquals(1, badDate.exit(), badDate::toString);
		assertTrue(badDate.err().contains("tanggal") && badDate.err().contains("2026-03-02"), badDate::toString);
		assertTrue(badDate.err().contains("server"), "missing required fields are named\n" + badDate);
		ok(cadang.run("task", "done", checklist.get("id").getAsString(), "--as", "petugas", "--field", "tanggal=2026-03-02",
				"--field", "server=siakad.iainptk.ac.id", "--field", "data=Basis data SIAKAD", "--field",
				"jenis=Backup eksternal", "--field", "media=Hardisk eksternal 1 TB", "--field", "tersalin=tidak", "--field",
				"petugas=Petugas", "--field", "dikoreksi=Kepala PTID"));
		Cadang.Result twice = cadang.run("task", "done", checklist.get("id").getAsString(), "--as", "petugas");
		assertEquals(1, twice.exit(), twice::toString);
		assertTrue(twice.err().contains("DONE"), twice::toString);

		JsonObject correction = openTask(cadang, runId);
		assertEquals("3", correction.get("step").getAsString());
		ok(cadang.run("task", "return", correction.get("id").getAsString(), "--as", "kepala", "--reason",
				"Tanggal pelaksanaan salah"));
		JsonObject again = openTask(cadang, runId);
		assertEquals("2", again.get("step").getAsString(), "sent back to the checklist");
		assertEquals("Tanggal pelaksanaan salah", again.get("returnReason").getAsString());
		assertEquals("siakad.iainptk.ac.id", again.getAsJsonObject("formData").get("server").getAsString(),
				"the checklist comes back as it was filled in");
		ok(cadang.run("task", "done", again.get("id").getAsString(), "--as", "petugas", "--field", "tanggal=2026-03-03"));
		ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "kepala"));

		JsonObject media1 = openTask(cadang, runId);
		assertEquals("DECISION", media1.get("kind").getAsString());
		Cadang.Result noAnswer = cadang.run("task", "done", media1.get("id").getAsString(), "--as", "petugas");
		assertEquals(1, noAnswer.exit(), noAnswer::toString);
		ok(cadang.run("task", "done", media1.get("id").getAsString(), "--as", "petugas", "--answer", "tidak"));
		assertEquals("5", openTask(cadang, runId).get("step").getAsString(), "no media: report it");
		ok(cadang.run("task", "done", openTask(cadang, runId).get("id").getAsString(), "--as", "petugas"));
		JsonObject request = openTask(cadang, runId);
		assertEquals("6", request.get("step").getAsString());
		ok(cadang.run("task", "done", request.get("id").getAsString(), "--as", "umum", "--note", "Hardisk dibeli"));
		JsonObject media2 = openTask(cadang, runId);
		assertEquals("4", media2.get("step").getAsString(), "back to the media question");
		Files.createDirectories(media); // the disk general affairs supplied is mounted
		Cadang.Result archived = ok(cadang.run("task", "done", media2.get("id").getAsString(), "--as", "petugas",
				"--answer", "ya"));
		assertTrue(archived.out().contains("Langkah 7"), "step 7 runs once the media is there\n" + archived);

		JsonObject filled = openTask(cadang, runId);
		assertEquals("8", filled.get("step").getAsString());
		assertEquals("2026-03-03", filled.getAsJsonObject("formData").get("tanggal").getAsString(),
				"the checklist as corrected at step 2");
		ok(cadang.run("task", "done", filled.get("id").getAsString(), "--as", "petugas", "--field", "tersalin=ya",
				"--field", "catatan=Disalin ke hardisk eksternal"));
		JsonObject minutes = openTask(cadang, runId);
		assertEquals("9", minutes.get("step").getAsString());
		ok(cadang.run("task", "done", minutes.get("id").getAsString(), "--as", "petugas", "--note",
				"Berita acara no. 12/PTID/2026"));
		JsonObject reportCorrection = openTask(cadang, runId);
		assertEquals("10", reportCorrection.get("step").getAsString());
		ok(cadang.run("task", "done", reportCorrection.get("id").getAsString(), "--as", "kepala"));
		JsonObject archive = openTask(cadang, runId);
		assertEquals("11", archive.get("step").getAsString());
		ok(cadang.run("task", "done", archive.get("id").getAsString(), "--as", "petugas"));
		Cadang.Result left = ok(cadang.run("tasks", "--json"));
		assertEquals(0, JsonParser.parseString(left.out()).getAsJsonArray().size(), "no task is left open\n" + left);

		RunStatus status = RunStatus.of(cadang, runId).assertSucceededWithWhoAndTime();
		assertEquals(List.of("1", "2", "3", "2", "3", "4", "5", "6", "4", "7", "8", "9", "10", "11"), status.numbers());
		assertEquals(List.of("kepala", "petugas", "kepala", "petugas", "kepala", "petugas", "petugas", "umum", "petugas",
				"cadang", "petugas", "petugas", "kepala", "petugas"), status.actors(), "who did each step");
		assertEquals("RETURNED", status.steps().get(2).get("status").getAsString());
		assertTrue(status.text().contains("DIKEMBALIKAN"), status::text);

		JsonObject backup = backups(cadang).get(0);
		assertEquals("GOOD", backup.get("status").getAsString(), backup::toString);
		assertEquals("data", backup.get("slot").getAsString());
		Path onMedia = Path.of(backup.get("path").getAsString());
		assertTrue(onMedia.startsWith(media) && Files.isRegularFile(onMedia), "the data lies on the media: " + onMedia);
		assertEquals(Processes.check(Duration.ofMinutes(1), "sha256sum", onMedia.toString()).split("\\s+")[0],
				backup.get("sha256").getAsString());
		String listing = Processes.shell(Duration.ofMinutes(1), "zstd -dc '" + onMedia + "' | tar -t");
		assertTrue(listing.contains("mahasiswa.csv") && listing.contains("berkas/krs-2026.txt"), listing);
		ok(cadang.run("verify", backup.get("id").getAsString()));
		ok(cadang.run("audit", "verify"));
	}
}
