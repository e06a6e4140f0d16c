package id.cadang.report.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.report.SopSheet;

class SopSheetTest {

	private static final Path OUT = Path.of(System.getProperty("user.dir"), "target", "sheets");

	@Test
	void bulelengSheetHoldsNumberTitleEveryStepAndRole() throws Exception {
		SopDocument sop = Models.buleleng();
		byte[] pdf = render(sop);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertEquals(1 + ceil(stepCount(sop), SopSheet.STEPS_PER_PAGE), doc.getNumberOfPages(),
					"a header page and one page per " + SopSheet.STEPS_PER_PAGE + " steps");
			assertHoldsEverything(sop, text(doc));
			assertFontsEmbedded(doc);
			png(doc, "buleleng");
		}
	}

	@Test
	void lumajangSheetWithDecisionLoop() throws Exception {
		SopDocument sop = Models.lumajang();
		byte[] pdf = render(sop);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertEquals(2, doc.getNumberOfPages());
			String text = text(doc);
			assertHoldsEverything(sop, text);
			assertAll(
					() -> assertTrue(text.contains("Ya"), "the decision's yes branch is labelled"),
					() -> assertTrue(text.contains("Tidak"), "the decision's no branch is labelled"),
					() -> assertTrue(text.contains("NIP. 19780910 199802 1 001"), "approver's NIP"),
					() -> assertTrue(text.contains("23 Mei 2021"), "the date as the signed sheet prints it"),
					() -> assertFalse(text.contains("\n4\n"), "no step 4 is invented"));
			png(doc, "lumajang");
		}
	}

	@Test
	void longProcedureTakesAsManyPagesAsItsStepsNeedAndRepeatsTheHeader() throws Exception {
		SopDocument sop = Models.long_(19);
		byte[] pdf = render(sop);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertEquals(1 + 3, doc.getNumberOfPages(), "19 steps at 8 a page make three procedure pages");
			assertHoldsEverything(sop, text(doc));
			for (int page = 2; page <= doc.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String pageText = stripper.getText(doc);
				assertTrue(pageText.contains("SOP/99/2024") && pageText.contains("Aktivitas") && pageText.contains("Kepala Bidang"),
						"page " + page + " repeats the SOP number and the table heading: " + pageText);
				assertTrue(pageText.contains("Halaman " + page + " dari 4"), "page " + page + " is numbered");
			}
			png(doc, "long");
		}
	}

	@Test
	void eachOfSeveralProceduresHasTheSwimlanesOfItsOwnRoles() throws Exception {
		SopDocument sop = Models.lumajang();
		SopDocument other = Models.long_(3);
		Procedure restore = other.getProcedures().get(0);
		restore.setId("restore");
		restore.setTitle("Restore Data");
		List<Role> roles = List.copyOf(other.getRoles());
		sop.getRoles().addAll(roles);
		sop.getProcedures().add(restore);
		try (PDDocument doc = Loader.loadPDF(render(sop))) {
			assertEquals(3, doc.getNumberOfPages());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(3);
			stripper.setEndPage(3);
			String page = stripper.getText(doc);
			assertAll(
					() -> assertTrue(page.contains("Restore Data") && page.contains("Kepala Bidang"), page),
					() -> assertFalse(page.contains("Admin Server"), "a role without a step here has no column: " + page));
			png(doc, "two-procedures");
		}
	}

	@Test
	void writeLeavesOnlyTheFinishedFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("sheet.pdf");
		SopSheet.write(Models.lumajang(), file);
		assertTrue(Files.size(file) > 1000);
		assertEquals(List.of(file), Files.list(dir).toList(), "no .part left beside the sheet");
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			assertTrue(text(doc).contains("427.53/4/2.02/2021"));
		}
	}

	@Test
	void missingFontNamesTheDebianPackage(@TempDir Path noFonts) {
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> SopSheet.render(Models.lumajang(), new ByteArrayOutputStream(), noFonts));
		assertTrue(e.getMessage().contains("fonts-dejavu-core") && e.getMessage().contains("DejaVuSans.ttf"), e.getMessage());
	}

	private static byte[] render(SopDocument sop) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopSheet.render(sop, out);
		return out.toByteArray();
	}

	/** The text in the order it was written, whitespace collapsed, so a wrapped cell reads as one sentence. */
	private static String text(PDDocument doc) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(false);
		return stripper.getText(doc);
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static void assertHoldsEverything(SopDocument sop, String text) {
		String flat = flat(text);
		List<Executable> checks = new ArrayList<>();
		checks.add(() -> assertTrue(flat.contains(sop.getNumber()), "SOP number " + sop.getNumber()));
		checks.add(() -> assertTrue(flat.contains(sop.getTitle()), "title " + sop.getTitle()));
		for (Procedure p : sop.getProcedures()) {
			for (Step s : p.getSteps()) {
				checks.add(() -> assertTrue(flat.contains(flat(s.getActivity())), "step " + s.getNumber() + ": " + s.getActivity()));
			}
		}
		for (Role r : sop.getRoles()) {
			checks.add(() -> assertTrue(flat.contains(r.getName()), "role " + r.getName()));
		}
		assertAll(checks);
	}

	private static void assertFontsEmbedded(PDDocument doc) throws Exception {
		for (var name : doc.getPage(0).getResources().getFontNames()) {
			PDFont font = doc.getPage(0).getResources().getFont(name);
			assertTrue(font.isEmbedded(), font.getName() + " is embedded");
			assertTrue(font.getName().contains("DejaVuSans"), font.getName());
		}
	}

	private static void png(PDDocument doc, String name) throws Exception {
		Files.createDirectories(OUT);
		PDFRenderer renderer = new PDFRenderer(doc);
		for (int i = 0; i < doc.getNumberOfPages(); i++) {
			BufferedImage image = renderer.renderImageWithDPI(i, 110);
			ImageIO.write(image, "png", OUT.resolve(name + "-" + (i + 1) + ".png").toFile());
		}
	}

	private static int stepCount(SopDocument sop) {
		return sop.getProcedures().stream().mapToInt(p -> p.getSteps().size()).sum();
	}

	private static int ceil(int a, int b) {
		return (a + b - 1) / b;
	}
}
