package id.cadang.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;

/**
 * The official SOP sheet as a PDF, laid out like the signed originals (Permenpan RB 35/2012) on landscape A4:
 * a first page with the header (identity block, legal bases, qualifications, related SOPs, equipment,
 * warnings, record keeping), then each procedure as a table with one column per role in which each step's
 * shape (rounded START/END, rectangle ACTIVITY, diamond DECISION) sits, joined by arrows, beside the
 * requirements, time standard, output and remark. Each procedure page repeats the identity block; a procedure
 * takes {@value #STEPS_PER_PAGE} steps a page. Text is set in DejaVu Sans, embedded.
 */
public final class SopSheet {

	/** The number of step rows on one procedure page. */
	public static final int STEPS_PER_PAGE = 8;

	private SopSheet() {
	}

	/**
	 * Writes the sheet of {@code document} as PDF to {@code out}, which stays open. A pure function of the
	 * model.
	 *
	 * @throws IllegalStateException when the DejaVu Sans font (Debian package fonts-dejavu-core) is missing
	 */
	public static void render(SopDocument document, OutputStream out) {
		render(document, out, SheetFonts.DEJAVU);
	}

	/** As {@link #render(SopDocument, OutputStream)} with DejaVuSans.ttf and DejaVuSans-Bold.ttf from {@code fontFolder}. */
	public static void render(SopDocument document, OutputStream out, Path fontFolder) {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(out, "out");
		try (PDDocument pdf = new PDDocument()) {
			SheetFonts fonts = SheetFonts.load(pdf, fontFolder);
			info(pdf, document);
			int pages = pageCount(document);
			int page = 1;
			draw(pdf, canvas -> new HeaderPage(document, fonts).draw(canvas), fonts, document, page++, pages);
			for (Procedure procedure : document.getProcedures()) {
				Map<Step, Integer> pageOf = pagesOf(procedure, page);
				for (int chunk = 0; chunk < chunks(procedure); chunk++) {
					ProcedurePage body = new ProcedurePage(document, procedure, fonts, pageOf, chunk);
					draw(pdf, body::draw, fonts, document, page++, pages);
				}
			}
			pdf.save(out);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the sheet of SOP '" + document.getId() + "': " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the sheet to {@code file} through {@code file.part}, synced and renamed, so a half-written sheet
	 * never sits under the final name.
	 */
	public static void write(SopDocument document, Path file) {
		Objects.requireNonNull(file, "file");
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				render(document, out);
				out.flush();
				channel.force(true);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			deleteQuietly(part);
			throw new UncheckedIOException("Cannot write the SOP sheet " + file + ": " + e.getMessage()
					+ ". Check that its folder exists and is writable.", e);
		} catch (RuntimeException e) {
			deleteQuietly(part);
			throw e;
		}
	}

	/** The number of pages the sheet of {@code document} has: the header page and each procedure's pages. */
	public static int pageCount(SopDocument document) {
		int pages = 1;
		for (Procedure procedure : document.getProcedures()) {
			pages += chunks(procedure);
		}
		return pages;
	}

	private static int chunks(Procedure procedure) {
		return Math.max(1, (procedure.getSteps().size() + STEPS_PER_PAGE - 1) / STEPS_PER_PAGE);
	}

	private static Map<Step, Integer> pagesOf(Procedure procedure, int firstPage) {
		Map<Step, Integer> pages = new HashMap<>();
		List<Step> steps = procedure.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			pages.put(steps.get(i), firstPage + i / STEPS_PER_PAGE);
		}
		return pages;
	}

	private interface Body {
		void draw(Canvas canvas);
	}

	private static void draw(PDDocument pdf, Body body, SheetFonts fonts, SopDocument document, int page, int pages) {
		PDPage pdPage = new PDPage(new PDRectangle(Sheet.WIDTH, Sheet.HEIGHT));
		pdf.addPage(pdPage);
		try (Canvas canvas = Canvas.open(pdf, pdPage)) {
			body.draw(canvas);
			Sheet.footer(canvas, fonts, document, page, pages);
		}
	}

	private static void info(PDDocument pdf, SopDocument document) {
		PDDocumentInformation info = pdf.getDocumentInformation();
		info.setTitle("SOP " + Sheet.text(document.getNumber()) + " " + Sheet.text(document.getTitle()));
		info.setAuthor(Sheet.text(document.getAgency()));
		info.setSubject("Standar Operasional Prosedur");
		info.setCreator("Cadang");
	}

	private static void deleteQuietly(Path part) {
		try {
			Files.deleteIfExists(part);
		} catch (IOException e) {
			// the error that brought us here is the one to report
		}
	}
}
