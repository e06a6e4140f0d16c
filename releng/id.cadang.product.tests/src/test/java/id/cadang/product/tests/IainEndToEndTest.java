package id.cadang.product.tests;

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

/**
 * IAIN Pontianak's backup procedure through the command line, as its people would do it: the head orders the
 * backup, the officer prepares the checklist, the head sends it back for correction once, the storage media is
 * missing at first (report, request, wait) and then there, and the copy to it runs.
 */
class IainEndToEndTest {

	@TempDir
	Path temp;

	@Test
	void theProcedureWaitsForItsPeopleAndSendsTheChecklistBackOnce() throws Exception {
		Cadang cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		Path media = Files.createDirectories(temp.resolve("media"));
		ok(cadang.run("bind", "iainptk", "media=" + media, "--name", "siakad"));
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
		Cadang.Result copy = cadang.run("task", "done", media2.get("id").getAsString(), "--as", "petugas", "--answer", "ya");

		JsonObject status = JsonParser.parseString(ok(cadang.run("run-status", String.valueOf(runId), "--json")).out())
				.getAsJsonObject();
		List<String> numbers = status.getAsJsonArray("steps").asList().stream()
				.map(s -> s.getAsJsonObject().get("number").getAsString()).toList();
		assertEquals(List.of("1", "2", "3", "2", "3", "4", "5", "6", "4", "7"), numbers, status.toString());
		// A fresh catalog holds no backup of this binding for step 7 to copy: the run stops there with the reason.
		assertEquals(1, copy.exit(), copy::toString);
		assertTrue(copy.err().contains("no good backup"), copy::toString);
		assertEquals("FAILED", status.get("status").getAsString());
		Cadang.Result text = ok(cadang.run("run-status", String.valueOf(runId)));
		assertTrue(text.out().contains("DIKEMBALIKAN") && text.out().contains("kepala"), text::toString);
		ok(cadang.run("audit", "verify"));
	}

	private static JsonObject openTask(Cadang cadang, long runId) throws Exception {
		Cadang.Result tasks = ok(cadang.run("tasks", "--json"));
		return JsonParser.parseString(tasks.out()).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
				.filter(t -> t.get("run").getAsLong() == runId).findFirst()
				.orElseThrow(() -> new AssertionError("run " + runId + " has no open task: " + tasks));
	}

	private static Cadang.Result ok(Cadang.Result result) {
		assertEquals(0, result.exit(), result::toString);
		return result;
	}
}
