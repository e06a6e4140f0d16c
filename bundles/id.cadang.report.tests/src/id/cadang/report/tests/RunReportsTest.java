package id.cadang.report.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.ReportRecord;
import id.cadang.catalog.ReportStatus;
import id.cadang.report.Csv;
import id.cadang.report.Ods;
import id.cadang.report.ReportBook;
import id.cadang.report.ReportTable;
import id.cadang.report.WeeklyLog;

/** Reports made from a run with known data: what they print is what the catalog holds. */
class RunReportsTest {
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@TempDir
	Path home;

	private H2Catalog catalog;
	private IainRun data;
	private ReportBook book;

	@BeforeEach
	void write() throws Exception {
		catalog = H2Catalog.open(home);
		data = new IainRun(catalog, home);
		book = new ReportBook(catalog, Clock.fixed(Instant.parse("2026-03-05T03:00:00Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	@Test
	void weeklyLogCellsReadBackFromTheOdsMatchTheCatalog() throws Exception {
		ReportTable log = WeeklyLog.build(catalog, "iainptk", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), WIB);
		byte[] ods = Ods.write(List.of(log));
		keep("log-mingguan.ods", ods);
		List<List<String>> rows = odsRows(ods);

		assertEquals(3, rows.size(), "a heading row and the two backups: " + rows);
		assertEquals(List.of("No", "ID backup", "Waktu mulai", "Binding", "Slot", "Sumber", "Status", "Ukuran (byte)",
				"SHA-256", "Verifikasi", "Petugas", "Run", "Berkas", "Penyimpangan"), rows.get(0));
		List<String> good = rows.get(1);
		assertAll(
				() -> assertEquals(Long.toString(data.goodBackup), good.get(1)),
				() -> assertEquals("2026-03-02 09:26:40", good.get(2), "the time in the SOP's zone (WIB)"),
				() -> assertEquals("siakad", good.get(3)),
				() -> assertEquals("media", good.get(4)),
				() -> assertEquals("postgresql://backup@10.1.1.5:5432/siakad", good.get(5)),
				() -> assertEquals("Berhasil", good.get(6)),
				() -> assertEquals(Long.toString(IainRun.SIZE), good.get(7)),
				() -> assertEquals(IainRun.SHA, good.get(8)),
				() -> assertEquals("Terverifikasi", good.get(9)),
				() -> assertEquals("Sari Wulandari (NIP 197505052000032002), Budi Santoso (NIP 198001012006041001)",
						good.get(10)),
				() -> assertEquals(Long.toString(data.run), good.get(11)),
				() -> assertEquals(data.backupPath, good.get(12)),
				() -> assertEquals("Langkah 9: " + IainRun.DEVIATION, good.get(13)));
		assertEquals("Gagal", rows.get(2).get(6));
		assertEquals("", rows.get(2).get(8), "a failed backup has no checksum");
		assertEquals("-", rows.get(2).get(9), "nor a verification");
		assertTrue(odsValueTypes(ods).contains("float"), "sizes are numbers a spreadsheet can add up");

		ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods));
		ZipEntry first = zip.getNextEntry();
		assertEquals("mimetype", first.getName());
		assertEquals(ZipEntry.STORED, first.getMethod(), "mimetype is stored uncompressed");
		assertEquals(Ods.MIME_TYPE, new String(zip.readAllBytes(), StandardCharsets.US_ASCII));

		String csv = new String(Csv.write(log), StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.split("\r\n"));
		assertEquals(3, lines.size(), csv);
		assertTrue(lines.get(0).startsWith("No,ID backup,Waktu mulai,"), lines.get(0));
		assertTrue(lines.get(1).contains("," + IainRun.SHA + ",Terverifikasi,\"Sari Wulandari (NIP 197505052000032002), Budi"),
				"a field holding a comma is quoted: " + lines.get(1));
	}

	/** LibreOffice (Debian libreoffice-calc-nogui) opens the spreadsheet and reads the cells we wrote. */
	@Test
	void libreOfficeOpensTheLogAndReadsTheSameCellsAsTheCsv() throws Exception {
		ReportTable log = WeeklyLog.build(catalog, "iainptk", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), WIB);
		Path folder = home.resolve("lo");
		Files.createDirectories(folder);
		Path ods = folder.resolve("log.ods");
		Files.write(ods, Ods.write(List.of(log)));
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + home.resolve("lo-profile"),
				"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
				folder.resolve("out").toString(), ods.toString()).redirectErrorStream(true).start();
		String said = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, soffice.waitFor(), said);
		Path csv = folder.resolve("out/log.csv");
		assertTrue(Files.isRegularFile(csv), "LibreOffice made no CSV: " + said);
		List<String> theirs = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r?\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
		List<String> ours = List.of(new String(Csv.write(log), StandardCharsets.UTF_8).split("\r\n"));
		assertEquals(ours.get(0), theirs.get(0), "the heading row");
		assertEquals(ours.get(1).replace("\r\n", "\n"), theirs.get(1), "the backup row, cell for cell");
	}

	@Test
	void aPeriodWithoutBackupsGivesOnlyTheHeadingsAndABackwardPeriodIsRefused() {
		assertEquals(0, WeeklyLog.build(catalog, "iainptk", LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1), WIB)
				.rows().size());
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> WeeklyLog.build(catalog, "iainptk", LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 2), WIB));
		assertTrue(refused.getMessage().contains("2026-03-08 sampai 2026-03-02"), refused.getMessage());
	}

	@Test
	void minutesPrintWhatWasBackedUpThePeopleTheTimesAndTheDeviationWithItsExplanation() throws Exception {
		ReportRecord minutes = book.minutes(data.run, "budi");
		keep("berita-acara.pdf", catalog.reportContent(minutes.id()));
		String text = pdfText(catalog.reportContent(minutes.id())).replaceAll("\\s+", " ");
		assertAll(
				() -> assertTrue(text.contains("BERITA ACARA DAN LAPORAN PELAKSANAAN BACKUP DATA"), text),
				() -> assertTrue(text.contains("LPM.In.15/SOP/12/10"), "the SOP number"),
				() -> assertTrue(text.contains("Revisi 1"), "the revision"),
				() -> assertTrue(text.contains("Senin, tanggal 2 Maret 2026"), "the day in Indonesian: " + text),
				() -> assertTrue(text.contains(IainRun.SHA.substring(0, 20)), "the checksum"),
				() -> assertTrue(text.contains("7.0 MiB"), "the size"),
				() -> assertTrue(text.replace(" ", "").contains(data.backupPath.replace(" ", "")), "where it was stored"),
				() -> assertTrue(text.contains("Permission denied") || text.contains("Gagal"), "the failed backup"),
				() -> assertTrue(text.contains("Budi Santoso (NIP 198001012006041001)"), "the people"),
				() -> assertTrue(text.contains("Petugas Backup Data"), "their roles"),
				() -> assertTrue(text.contains("2 hari 0 jam") || text.contains("2 hari"), "step 9's time"),
				() -> assertTrue(text.contains(IainRun.DEVIATION), "the deviation"),
				() -> assertTrue(text.contains(IainRun.EXPLANATION), "its explanation"),
				() -> assertTrue(text.contains("Nama server salah"), "the checklist sent back and why"),
				() -> assertTrue(signing(text).contains("Kepala PTID Sari Wulandari (NIP 197505052000032002)"
						+ " Petugas Backup Data Budi Santoso (NIP 198001012006041001)"), "the role holders sign: " + signing(text)),
				() -> assertTrue(text.contains("Kasub Bag Umum Dan Keu"), "every role of the SOP signs"));
	}

	@Test
	void aReportSentBackGetsANewRevisionAndTheEarlierOneIsKept() throws Exception {
		ReportRecord first = book.minutes(data.run, "budi");
		book.sendBack(first.id(), "sari", "Lengkapi penjelasan langkah 9");
		ReportRecord second = book.minutes(data.run, "budi");

		assertEquals(2, second.revision());
		List<ReportRecord> all = catalog.reports(ReportBook.MINUTES, "run:" + data.run);
		assertEquals(List.of(ReportStatus.RETURNED, ReportStatus.DRAFT), all.stream().map(ReportRecord::status).toList());
		assertTrue(pdfText(catalog.reportContent(first.id())).contains("Revisi 1"), "revision 1 is kept as it was");
		assertTrue(pdfText(catalog.reportContent(second.id())).contains("Revisi 2"));
		assertEquals("Lengkapi penjelasan langkah 9", all.get(0).note());
	}

	@Test
	void anAcceptedReportIsArchivedBesideTheBackupsAndAChangedCopyIsDetected() throws Exception {
		ReportRecord draft = book.minutes(data.run, "budi");
		ReportRecord accepted = book.accept(draft.id(), "sari");

		Path archived = Path.of(accepted.archivedAt());
		assertEquals(data.target.resolve("iainptk/siakad/reports").resolve(draft.fileName()), archived,
				"beside the backups of the run on its target");
		assertEquals(draft.sha256(), ReportBook.sha256(Files.readAllBytes(archived)));
		assertTrue(catalog.auditTrail("report:" + draft.id()).stream()
				.anyMatch(e -> e.action().equals("report.accepted") && e.detail().contains(draft.sha256())),
				"its hash is in the audit trail");
		assertEquals(List.of(), book.verify(draft.id()));
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> book.minutes(data.run, "budi"));
		assertTrue(refused.getMessage().contains("sudah diterima"), refused.getMessage());

		byte[] bytes = Files.readAllBytes(archived);
		bytes[bytes.length / 2] ^= 1;
		Files.write(archived, bytes);
		List<String> problems = book.verify(draft.id());
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains(archived.toString()) && problems.get(0).contains("telah berubah"),
				problems.get(0));

		Files.delete(archived);
		assertTrue(book.verify(draft.id()).get(0).contains("tidak ada"), "a removed copy is named");
	}

	@Test
	void theFilledChecklistPrintsEveryFieldWithItsLabelAndWhoFilledIt() throws Exception {
		ReportRecord form = book.forms(data.run, Optional.empty(), "budi");
		keep("ceklis.pdf", catalog.reportContent(form.id()));
		String text = pdfText(catalog.reportContent(form.id())).replaceAll("\\s+", " ");
		assertAll(
				() -> assertTrue(text.contains("Ceklis Backup Data Dan Informasi"), text),
				() -> assertTrue(text.contains("Tanggal pelaksanaan backup 2026-03-02"), text),
				() -> assertTrue(text.contains("Server siakad-db01"), text),
				() -> assertTrue(text.contains("Hardisk eksternal WD 2 TB"), text),
				() -> assertTrue(text.contains("Backup eksternal"), text),
				() -> assertTrue(text.contains("Budi Santoso (NIP 198001012006041001)"), "who filled it"),
				() -> assertTrue(text.contains("Catatan koreksi"), "a field left empty still shows"));
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
				() -> book.forms(data.run, Optional.of("1"), "budi"));
		assertTrue(none.getMessage().contains("Langkah 1"), none.getMessage());
	}

	/** The text after the closing sentence: the signature blocks. */
	private static String signing(String text) {
		int closing = text.indexOf("sebagaimana mestinya.");
		return closing < 0 ? "" : text.substring(closing).replaceAll("\\(\\.+\\)", "").replaceAll("\\s+", " ");
	}

	/** Keeps a generated file under target/reports for a person to look at. */
	static void keep(String name, byte[] bytes) throws Exception {
		Path folder = Path.of(System.getProperty("user.dir"), "target", "reports");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name), bytes);
		if (name.endsWith(".pdf")) {
			try (PDDocument doc = Loader.loadPDF(bytes)) {
				for (int i = 0; i < doc.getNumberOfPages(); i++) {
					javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(i, 70),
							"png", folder.resolve(name + "-" + (i + 1) + ".png").toFile());
				}
			}
		}
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	/** The cells of the first sheet, each the text of its paragraphs joined by line breaks. */
	static List<List<String>> odsRows(byte[] ods) throws Exception {
		Document content = contentXml(ods);
		NodeList rows = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-row");
		List<List<String>> out = new ArrayList<>();
		for (int i = 0; i < rows.getLength(); i++) {
			NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(
					"urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell");
			List<String> row = new ArrayList<>();
			for (int j = 0; j < cells.getLength(); j++) {
				Element cell = (Element) cells.item(j);
				NodeList paragraphs = cell.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "p");
				List<String> lines = new ArrayList<>();
				for (int k = 0; k < paragraphs.getLength(); k++) {
					lines.add(paragraphs.item(k).getTextContent());
				}
				row.add(String.join("\n", lines));
			}
			out.add(row);
		}
		return out;
	}

	static List<String> odsValueTypes(byte[] ods) throws Exception {
		NodeList cells = contentXml(ods).getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0",
				"table-cell");
		List<String> types = new ArrayList<>();
		for (int i = 0; i < cells.getLength(); i++) {
			types.add(((Element) cells.item(i)).getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0",
					"value-type"));
		}
		return types;
	}

	private static Document contentXml(byte[] ods) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("content.xml")) {
					DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
					factory.setNamespaceAware(true);
					return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
				}
			}
		}
		throw new AssertionError("no content.xml in the spreadsheet");
	}
}
