package id.cadang.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A report laid out top to bottom on portrait A4 pages: title, headings, paragraphs, label-value blocks, tables
 * (heading row repeated on each page) and signature blocks, with a new page whenever the next piece does not
 * fit, and "page x of y" at the foot of every page. DejaVu Sans, embedded.
 */
final class PdfDocument implements AutoCloseable {

	static final float WIDTH = PDRectangle.A4.getWidth();
	static final float HEIGHT = PDRectangle.A4.getHeight();
	static final float MARGIN = 48;
	static final float BODY = 9.5f;
	private static final float PAD = 2.5f;

	/** One signature block: the role that signs, and the person when known. */
	record Signature(String role, String person) {
	}

	private final PDDocument pdf;
	private final SheetFonts fonts;
	private final String footer;
	private Canvas canvas;
	private float y;

	PdfDocument(String title, String footer) {
		this.pdf = new PDDocument();
		this.fonts = SheetFonts.load(pdf, SheetFonts.DEJAVU);
		this.footer = footer;
		PDDocumentInformation info = pdf.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Cadang");
		newPage();
	}

	PdfDocument title(String text) {
		float size = 14;
		float h = Canvas.height(fonts.bold(), size, usable(), text);
		room(h + 6);
		canvas.box(fonts.bold(), size, MARGIN, y, usable(), h, text, Canvas.Align.CENTER, false);
		y += h + 6;
		return this;
	}

	PdfDocument centered(String text) {
		float h = Canvas.height(fonts.regular(), BODY + 1, usable(), text);
		room(h + 4);
		canvas.box(fonts.regular(), BODY + 1, MARGIN, y, usable(), h, text, Canvas.Align.CENTER, false);
		y += h + 4;
		return this;
	}

	PdfDocument heading(String text) {
		float size = 11;
		float h = Canvas.height(fonts.bold(), size, usable(), text);
		room(h + 8 + BODY * 3);
		y += 6;
		canvas.box(fonts.bold(), size, MARGIN, y, usable(), h, text, Canvas.Align.LEFT, false);
		y += h + 3;
		return this;
	}

	PdfDocument paragraph(String text) {
		for (String line : Wrap.lines(fonts.regular(), BODY, usable(), text)) {
			float h = BODY * Canvas.LEADING;
			room(h);
			canvas.text(fonts.regular(), BODY, MARGIN, y, line);
			y += h;
		}
		y += 3;
		return this;
	}

	/** Label and value pairs, the labels in a narrow column: {@code pairs} holds label, value, label, value ... */
	PdfDocument fields(List<String> pairs) {
		float labelWidth = usable() * 0.32f;
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			String label = pairs.get(i);
			String value = pairs.get(i + 1) == null || pairs.get(i + 1).isBlank() ? "-" : pairs.get(i + 1);
			float h = Math.max(Canvas.height(fonts.bold(), BODY, labelWidth - 6, label),
					Canvas.height(fonts.regular(), BODY, usable() - labelWidth, value));
			room(h + 1);
			canvas.box(fonts.bold(), BODY, MARGIN, y, labelWidth - 6, h, label, Canvas.Align.LEFT, false);
			canvas.box(fonts.regular(), BODY, MARGIN + labelWidth, y, usable() - labelWidth, h, value,
					Canvas.Align.LEFT, false);
			y += h + 1;
		}
		y += 3;
		return this;
	}

	/** A table with ruled cells; {@code weights} share the width between columns. */
	PdfDocument table(ReportTable table, float... weights) {
		float size = BODY - 1.5f;
		float[] widths = widths(weights, table.headings().size());
		List<String> head = table.headings();
		drawRow(head, widths, fonts.bold(), size, true);
		for (List<Object> row : table.rows()) {
			List<String> cells = new ArrayList<>();
			for (Object cell : row) {
				cells.add(ReportTable.text(cell));
			}
			float h = rowHeight(cells, widths, fonts.regular(), size);
			if (y + h > HEIGHT - MARGIN - 20) {
				newPage();
				drawRow(head, widths, fonts.bold(), size, true);
			}
			drawRow(cells, widths, fonts.regular(), size, false);
		}
		y += 6;
		return this;
	}

	/** Signature blocks side by side, two a line: role, room to sign, the name under it. */
	PdfDocument signatures(String place, List<Signature> signatures) {
		float w = usable() / 2;
		float h = 92;
		room(BODY * 2 + h);
		if (place != null) {
			canvas.text(fonts.regular(), BODY, MARGIN + w, y, place);
			y += BODY * 2;
		}
		for (int i = 0; i < signatures.size(); i++) {
			if (i % 2 == 0 && i > 0) {
				y += h;
			}
			room(h);
			Signature s = signatures.get(i);
			float x = MARGIN + (i % 2) * w;
			canvas.box(fonts.bold(), BODY, x, y, w - 12, BODY * 2.6f, s.role(), Canvas.Align.LEFT, false);
			canvas.line(x, y + h - 22, x + w - 24, y + h - 22, 0.5f);
			String person = s.person() == null || s.person().isBlank() ? Labels.get("sign.unnamed") : s.person();
			canvas.box(fonts.regular(), BODY - 1, x, y + h - 20, w - 12, 18, person, Canvas.Align.LEFT, false);
		}
		y += h;
		return this;
	}

	byte[] toBytes() {
		canvas.close();
		canvas = null;
		int pages = pdf.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			PDPage page = pdf.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				String text = Wrap.printable(fonts.regular(), footer + " — " + Labels.get("page", i + 1, pages));
				stream.beginText();
				stream.setFont(fonts.regular(), 7.5f);
				stream.newLineAtOffset(MARGIN, MARGIN / 2);
				stream.showText(text);
				stream.endText();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			pdf.save(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	@Override
	public void close() {
		if (canvas != null) {
			canvas.close();
		}
		try {
			pdf.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void drawRow(List<String> cells, float[] widths, PDFont font, float size, boolean head) {
		float h = rowHeight(cells, widths, font, size);
		room(h);
		float x = MARGIN;
		if (head) {
			canvas.fill(x, y, usable(), h, 0.9f);
		}
		for (int i = 0; i < cells.size(); i++) {
			canvas.rect(x, y, widths[i], h, 0.4f);
			canvas.box(font, size, x + PAD, y + PAD, widths[i] - 2 * PAD, h - 2 * PAD, cells.get(i), Canvas.Align.LEFT,
					false);
			x += widths[i];
		}
		y += h;
	}

	private float rowHeight(List<String> cells, float[] widths, PDFont font, float size) {
		float h = size * Canvas.LEADING;
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).isEmpty() ? " " : cells.get(i);
			h = Math.max(h, Canvas.height(font, size, widths[i] - 2 * PAD, text));
		}
		return h + 2 * PAD + 0.5f;
	}

	private static float[] widths(float[] weights, int columns) {
		float[] w = new float[columns];
		float total = 0;
		for (int i = 0; i < columns; i++) {
			w[i] = i < weights.length ? weights[i] : 1;
			total += w[i];
		}
		for (int i = 0; i < columns; i++) {
			w[i] = w[i] / total * usable();
		}
		return w;
	}

	private static float usable() {
		return WIDTH - 2 * MARGIN;
	}

	/** Starts a new page unless {@code height} more points fit on this one. */
	private void room(float height) {
		if (y + height > HEIGHT - MARGIN - 14) {
			newPage();
		}
	}

	private void newPage() {
		if (canvas != null) {
			canvas.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		pdf.addPage(page);
		canvas = Canvas.open(pdf, page);
		y = MARGIN;
	}
}
