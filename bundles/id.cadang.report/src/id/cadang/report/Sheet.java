package id.cadang.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import id.cadang.model.SopDocument;

/** The measures of a sheet (landscape A4, in points from the top left) and the words printed on it. */
final class Sheet {

	static final float WIDTH = PDRectangle.A4.getHeight();
	static final float HEIGHT = PDRectangle.A4.getWidth();
	static final float MARGIN = 20;
	static final float FOOTER = 14;

	private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember");

	private Sheet() {
	}

	/** An ISO date (2020-01-10) the way the signed sheets print it (10 Januari 2020); other text as it is. */
	static String date(String value) {
		if (value == null || value.isBlank()) {
			return "-";
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
		} catch (DateTimeParseException e) {
			return value;
		}
	}

	static String text(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}

	/** The page footer: the SOP and "Halaman i dari n". */
	static void footer(Canvas canvas, SheetFonts fonts, SopDocument document, int page, int pages) {
		float top = HEIGHT - MARGIN - 8;
		String number = text(document.getNumber());
		String left = (number.regionMatches(true, 0, "SOP", 0, 3) ? "" : "SOP ") + number + " · " + text(document.getTitle());
		canvas.text(fonts.regular(), 6.5f, MARGIN, top, left);
		String right = "Halaman " + page + " dari " + pages;
		canvas.text(fonts.regular(), 6.5f, WIDTH - MARGIN - Wrap.width(fonts.regular(), 6.5f, right), top, right);
	}
}
