package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.PostgresServer;

/**
 * The evidence an auditor asks for, through {@code ./cadang}: after a Buleleng run, {@code cadang report weekly}
 * writes the log with the run's backups as the catalog lists them, {@code cadang report minutes} the Berita
 * Acara; a returned report gets revision 2, an accepted one is archived beside the backups, and
 * {@code cadang report verify} fails once that copy is changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsEndToEndTest {

	@TempDir
	static Path temp;

	private PostgresServer postgres;
	private Cadang cadang;
	private Path target;
	private long runId;

	@BeforeAll
	void runBuleleng() throws Exception {
		postgres = PostgresServer.start();
		postgres.createDatabase("simpeg");
		postgres.psql("simpeg", "create table pegawai (id serial primary key, nama text); "
				+ "insert into pegawai (nama) select 'Pegawai ' || g from generate_series(1, 500) g;");
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'SIMPEG';\n");
		target = Files.createDirectories(temp.resolve("nas/backup"));
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		ok(cadang.run("bind", "buleleng", "db=" + postgres.url("simpeg"), "app=" + app, "target=" + target, "--name",
				"simpeg"));
		ok(cadang.run("users", "add", "komang", "--full-name", "Komang Adi Putra", "--nip", "198501012010011001"));
		ok(cadang.run("users", "add", "kadis", "--full-name", "Made Sutama"));
		for (String role : List.of("staf-it", "kasi")) {
			ok(cadang.run("roles", "grant", "komang", "buleleng", role));
		}
		Cadang.Result run = ok(cadang.run("run", "buleleng"));
		runId = Long.parseLong(run.out().replaceAll("(?s).*\\(run #(\\d+)\\).*", "$1"));
		cadang.completeTasks(runId, "komang").forEach(ReportsEndToEndTest::ok);
	}

	@AfterAll
	void stop() {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void weeklyLogMinutesRevisionsArchiveAndVerify() throws Exception {
		List<JsonObject> backups = JsonParser.parseString(ok(cadang.run("backups", "--sop", "buleleng", "--json")).out())
				.getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
		assertEquals(2, backups.size());

		// the weekly log, as ODS and CSV: every backup with its checksum and who ran it
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
		Path ods = temp.resolve("log.ods");
		ok(cadang.run("report", "weekly", "buleleng", "--from", today.minusDays(1).toString(), "--to",
				today.plusDays(1).toString(), "--out", ods.toString()));
		String content = contentXml(Files.readAllBytes(ods));
		Path csv = temp.resolve("log.csv");
		ok(cadang.run("report", "weekly", "buleleng", "--from", today.minusDays(1).toString(), "--to",
				today.plusDays(1).toString(), "--out", csv.toString()));
		List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
		assertEquals(3, lines.size(), "headings and two backups: " + lines);
		for (JsonObject backup : backups) {
			String sha = backup.get("sha256").getAsString();
			assertTrue(content.contains(">" + sha + "<"), "the ODS holds backup " + backup.get("id") + "'s sha256");
			assertTrue(lines.stream().anyMatch(l -> l.contains(sha) && l.contains("Komang Adi Putra (NIP 198501012010011001)")
					&& l.contains(backup.get("path").getAsString())), "the CSV row of " + sha + ": " + lines);
		}

		// the Berita Acara, sent back once, then accepted and archived beside the backups
		Path first = temp.resolve("ba-1.pdf");
		JsonObject rev1 = json(ok(cadang.run("report", "minutes", String.valueOf(runId), "--out", first.toString(), "--json")));
		String text = pdfText(first);
		assertTrue(text.contains("BERITA ACARA"), text);
		assertTrue(text.contains("Revisi 1"), text);
		for (JsonObject backup : backups) {
			assertTrue(text.replaceAll("\\s+", "").contains(backup.get("sha256").getAsString()), "sha256 in " + text);
		}
		assertTrue(text.contains("Komang Adi Putra (NIP 198501012010011001)"), text);
		String id1 = rev1.get("id").getAsString();
		ok(cadang.run("report", "return", id1, "--as", "kadis", "--reason", "Lengkapi tanda tangan"));
		Path second = temp.resolve("ba-2.pdf");
		JsonObject rev2 = json(ok(cadang.run("report", "minutes", String.valueOf(runId), "--out", second.toString(), "--json")));
		assertEquals(2, rev2.get("revision").getAsInt());
		assertTrue(pdfText(second).contains("Revisi 2"));
		List<JsonObject> listed = JsonParser.parseString(ok(cadang.run("report", "list", "--run", String.valueOf(runId),
				"--json")).out()).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
		assertEquals(List.of("RETURNED", "DRAFT"), listed.stream().map(r -> r.get("status").getAsString()).toList(),
				"the returned revision is kept");

		String id2 = rev2.get("id").getAsString();
		JsonObject accepted = json(ok(cadang.run("report", "accept", id2, "--as", "kadis", "--json")));
		Path archived = Path.of(accepted.get("archivedAt").getAsString());
		assertEquals(target.resolve("buleleng/simpeg/reports").resolve(rev2.get("fileName").getAsString()), archived);
		assertEquals(Files.readString(second, StandardCharsets.ISO_8859_1), Files.readString(archived, StandardCharsets.ISO_8859_1));
		ok(cadang.run("report", "verify", id2));
		ok(cadang.run("audit", "verify"));

		byte[] bytes = Files.readAllBytes(archived);
		bytes[bytes.length / 3] ^= 1;
		Files.write(archived, bytes);
		Cadang.Result changed = cadang.run("report", "verify", id2);
		assertEquals(1, changed.exit(), changed::toString);
		assertTrue(changed.err().contains(archived.toString()), changed::toString);

		Cadang.Result again = cadang.run("report", "minutes", String.valueOf(runId), "--out", temp.resolve("ba-3.pdf").toString());
		assertEquals(1, again.exit(), "an accepted report is not revised: " + again);
		Cadang.Result noOut = cadang.run("report", "weekly", "buleleng");
		assertEquals(2, noOut.exit(), noOut::toString);
	}

	private static Cadang.Result ok(Cadang.Result result) {
		assertEquals(0, result.exit(), result::toString);
		return result;
	}

	private static JsonObject json(Cadang.Result result) {
		return JsonParser.parseString(result.out()).getAsJsonObject();
	}

	private static String pdfText(Path pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(doc);
		}
	}

	private static String contentXml(byte[] ods) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
			ZipEntry first = zip.getNextEntry();
			assertEquals("mimetype", first.getName());
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("content.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no content.xml");
	}
}
