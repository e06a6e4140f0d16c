package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;

/**
 * Issue 3 through the real launcher: the five SOP plug-ins with their official numbers, the SOP sheet as
 * a PDF, Lumajang's loop and second copy for real, and plug-ins dropped into {@code $CADANG_HOME/plugins}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopPluginsEndToEndTest {

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private Cadang cadang;

	@BeforeAll
	void start() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("sipd");
		postgres.psql("sipd", "create table anggaran (id serial primary key, uraian text); "
				+ "insert into anggaran (uraian) select 'Belanja ' || g from generate_series(1, 2000) g;");
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
	}

	@AfterAll
	void stop() {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void theFiveSopsAreListedWithTheirOfficialNumbers() throws Exception {
		Map<String, String> numbers = sops();
		assertEquals("427.53/4/2.02/2021", numbers.get("lumajang"));
		assertEquals("800/0015-12/Kominfosanti/2020", numbers.get("buleleng"));
		assertEquals("SOP/06/406.020/2019", numbers.get("trenggalek"));
		assertEquals("LPM.In.15/SOP/12/10", numbers.get("iainptk"));
		assertEquals("067/ /18.01/2020", numbers.get("kudus"));
	}

	@Test
	void theLumajangSheetIsAPdfWithItsNumberAndSteps() throws Exception {
		Path pdf = temp.resolve("lumajang.pdf");
		Cadang.Result sheet = cadang.run("sop", "sheet", "lumajang", "--out", pdf.toString());
		assertEquals(0, sheet.exit(), sheet::toString);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document);
		}
		String flat = text.replaceAll("\\s+", " ");
		assertTrue(flat.contains("427.53/4/2.02/2021"), "the SOP number is on the sheet");
		assertTrue(flat.contains("NAS"), "step texts are on the sheet");

		Cadang.Result show = cadang.run("sop", "show", "lumajang");
		assertEquals(0, show.exit(), show::toString);
		assertFalse(show.out().lines().anyMatch(l -> l.matches("\\s*4\\s.*")), "Lumajang has no step 4:\n" + show.out());
	}

	@Test
	void lumajangDumpsToTheNasFindsItThereAndCopiesItToTheAdminComputer() throws Exception {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		Path admin = Files.createDirectories(temp.resolve("admin"));
		Cadang.Result bind = cadang.run("bind", "lumajang", "db=" + postgres.url("sipd"), "target=" + nas,
				"admin=" + admin, "--name", "sipd");
		assertEquals(0, bind.exit(), bind::toString);

		assertEquals(0, cadang.run("users", "add", "admin").exit());
		assertEquals(0, cadang.run("roles", "grant", "admin", "lumajang", "admin-server", "--binding", "sipd").exit());
		Cadang.Result run = cadang.run("run", "lumajang", "--binding", "sipd", "--json");
		assertEquals(0, run.exit(), run::toString);
		assertEquals("WAITING", JsonParser.parseString(run.out()).getAsJsonObject().get("status").getAsString());
		for (Cadang.Result done : cadang.completeTasks(Cadang.runId(run), "admin")) {
			assertEquals(0, done.exit(), done::toString);
		}
		Cadang.Result status = cadang.run("run-status", String.valueOf(Cadang.runId(run)), "--json");
		JsonObject json = JsonParser.parseString(status.out()).getAsJsonObject();
		assertEquals("SUCCEEDED", json.get("status").getAsString(), status::toString);
		List<String> numbers = json.getAsJsonArray("steps").asList().stream()
				.map(s -> s.getAsJsonObject().get("number").getAsString()).toList();
		assertEquals(List.of("1", "2", "3", "5", "6", "7", "8"), numbers, "the dump was on the NAS at the first check");

		Cadang.Result backups = cadang.run("backups", "--sop", "lumajang", "--json");
		JsonArray list = JsonParser.parseString(backups.out()).getAsJsonArray();
		assertEquals(2, list.size(), backups::toString);
		JsonObject onNas = object(list, b -> b.get("path").getAsString().startsWith(nas.toString()));
		JsonObject onAdmin = object(list, b -> b.get("path").getAsString().startsWith(admin.toString()));
		assertEquals(onNas.get("sha256").getAsString(), onAdmin.get("sha256").getAsString());
		assertEquals(0, cadang.run("verify", onAdmin.get("id").getAsString()).exit(), "the admin's copy verifies");
	}

	@Test
	void pluginsDroppedIntoThePluginFolderAppearAndBrokenOnesAreReported() throws Exception {
		Path plugins = Files.createDirectories(cadang.home().resolve("plugins"));
		Path good = jar(plugins.resolve("id.cadang.sop.contoh_1.0.0.jar"), "id.cadang.sop.contoh", "1.0.0",
				"sop/contoh.sop", sop("contoh", "CONTOH/1/2026", "Backup Contoh"));
		jar(plugins.resolve("rusak.jar"), "id.cadang.sop.rusak", "1.0.0", "sop/rusak.sop",
				"<?xml version=\"1.0\"?><broken".getBytes(StandardCharsets.UTF_8));
		Files.writeString(plugins.resolve("bukan-jar.jar"), "ini bukan jar");

		Cadang.Result listed = cadang.run("sops");
		assertEquals(0, listed.exit(), listed::toString);
		assertTrue(listed.out().contains("CONTOH/1/2026"), "the dropped plug-in is listed\n" + listed);
		assertTrue(listed.out().contains("rusak.jar"), "the broken jar is named\n" + listed);
		assertTrue(listed.out().contains("bukan-jar.jar"), "the garbage file is named\n" + listed);
		assertTrue(listed.out().contains("427.53/4/2.02/2021"), "the installed SOPs are still there\n" + listed);

		Files.delete(good);
		jar(plugins.resolve("id.cadang.sop.contoh_1.0.1.jar"), "id.cadang.sop.contoh", "1.0.1", "sop/contoh.sop",
				sop("contoh", "CONTOH/2/2026", "Backup Contoh Revisi"));
		Cadang.Result replaced = cadang.run("sops");
		assertTrue(replaced.out().contains("CONTOH/2/2026") && !replaced.out().contains("CONTOH/1/2026"),
				"the newer version replaced the older\n" + replaced);

		Files.delete(plugins.resolve("id.cadang.sop.contoh_1.0.1.jar"));
		Cadang.Result removed = cadang.run("sops");
		assertFalse(removed.out().contains("CONTOH/"), "a deleted plug-in is gone\n" + removed);
	}

	private Map<String, String> sops() throws Exception {
		Cadang.Result json = cadang.run("sops", "--json");
		assertEquals(0, json.exit(), json::toString);
		Map<String, String> numbers = new java.util.HashMap<>();
		for (JsonElement e : JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("sops")) {
			numbers.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject().get("number").getAsString());
		}
		return numbers;
	}

	private static JsonObject object(JsonArray array, java.util.function.Predicate<JsonObject> test) {
		return array.asList().stream().map(JsonElement::getAsJsonObject).filter(test).findFirst()
				.orElseThrow(() -> new AssertionError("no such entry in " + array));
	}

	private static byte[] sop(String id, String number, String title) {
		return ("""
				<?xml version="1.0" encoding="UTF-8"?>
				<sop:SopDocument xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sop="https://cadang.id/model/sop/1.0"
				    id="%s" number="%s" title="%s" agency="Dinas Contoh">
				  <roles id="admin" name="Admin"/>
				  <procedures id="backup" title="Backup">
				    <steps id="mulai" number="1" activity="Mulai" shape="START" performers="admin"/>
				    <steps id="selesai" number="2" activity="Selesai" shape="END" performers="admin"/>
				  </procedures>
				</sop:SopDocument>
				""").formatted(id, number, title).getBytes(StandardCharsets.UTF_8);
	}

	private static Path jar(Path file, String symbolicName, String version, String entry, byte[] content)
			throws Exception {
		return Cadang.sopPlugin(file, symbolicName, version, entry, content);
	}
}
