package id.cadang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page in points measured from the top left corner, the way a sheet is laid out; PDF's own
 * origin is the bottom left.
 */
final class Canvas implements AutoCloseable {

	/** Where a line of text sits in its box. */
	enum Align {
		LEFT, CENTER
	}

	static final float LEADING = 1.2f;
	static final float MIN_SIZE = 4.5f;

	private static final float KAPPA = 0.5523f;

	private final PDPageContentStream stream;
	private final float height;

	private Canvas(PDPageContentStream stream, float height) {
		this.stream = stream;
		this.height = height;
	}

	static Canvas open(PDDocument document, PDPage page) {
		try {
			return new Canvas(new PDPageContentStream(document, page), page.getMediaBox().getHeight());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One line of text with its top at {@code top}. */
	void text(PDFont font, float size, float x, float top, String text) {
		io(() -> {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, height - top - size * 0.9f);
			stream.showText(Wrap.printable(font, text));
			stream.endText();
		});
	}

	/**
	 * {@code text} wrapped into the box, at {@code size} or smaller until it fits; whatever still does not fit at
	 * the smallest size is cut with an ellipsis. The lines are written one after the other, so the text reads
	 * back in order. Returns the size used.
	 */
	float box(PDFont font, float size, float x, float top, float width, float boxHeight, String text, Align align,
			boolean middle) {
		if (text == null || text.isBlank()) {
			return size;
		}
		float s = size;
		List<String> lines = Wrap.lines(font, s, width, text);
		while (lines.size() * s * LEADING > boxHeight && s > MIN_SIZE) {
			s = Math.max(MIN_SIZE, s - 0.5f);
			lines = Wrap.lines(font, s, width, text);
		}
		int fit = Math.max(1, (int) Math.floor(boxHeight / (s * LEADING)));
		if (lines.size() > fit) {
			lines = new java.util.ArrayList<>(lines.subList(0, fit));
			lines.set(fit - 1, lines.get(fit - 1) + "…");
		}
		float used = lines.size() * s * LEADING;
		float y = middle ? top + (boxHeight - used) / 2 : top;
		for (String line : lines) {
			float lx = align == Align.CENTER ? x + (width - Wrap.width(font, s, Wrap.printable(font, line))) / 2 : x;
			text(font, s, lx, y + (s * LEADING - s) / 2, line);
			y += s * LEADING;
		}
		return s;
	}

	/** The height {@code text} takes wrapped to {@code width} at {@code size}. */
	static float height(PDFont font, float size, float width, String text) {
		return Wrap.lines(font, size, width, text).size() * size * LEADING;
	}

	void line(float x1, float y1, float x2, float y2, float lineWidth) {
		io(() -> {
			stream.setLineWidth(lineWidth);
			stream.moveTo(x1, height - y1);
			stream.lineTo(x2, height - y2);
			stream.stroke();
		});
	}

	void rect(float x, float top, float w, float h, float lineWidth) {
		io(() -> {
			stream.setLineWidth(lineWidth);
			stream.addRect(x, height - top - h, w, h);
			stream.stroke();
		});
	}

	void fill(float x, float top, float w, float h, float gray) {
		io(() -> {
			stream.setNonStrokingColor(gray);
			stream.addRect(x, height - top - h, w, h);
			stream.fill();
			stream.setNonStrokingColor(0f);
		});
	}

	/** A rectangle with fully rounded ends (a terminator: START and END). */
	void rounded(float x, float top, float w, float h) {
		float r = Math.min(h / 2, w / 2);
		float x2 = x + w;
		float y1 = height - top;
		float y2 = y1 - h;
		float k = r * KAPPA;
		io(() -> {
			stream.setLineWidth(0.8f);
			stream.moveTo(x + r, y1);
			stream.lineTo(x2 - r, y1);
			stream.curveTo(x2 - r + k, y1, x2, y1 - r + k, x2, y1 - r);
			stream.lineTo(x2, y2 + r);
			stream.curveTo(x2, y2 + r - k, x2 - r + k, y2, x2 - r, y2);
			stream.lineTo(x + r, y2);
			stream.curveTo(x + r - k, y2, x, y2 + r - k, x, y2 + r);
			stream.lineTo(x, y1 - r);
			stream.curveTo(x, y1 - r + k, x + r - k, y1, x + r, y1);
			stream.closePath();
			stream.stroke();
		});
	}

	void diamond(float cx, float cy, float w, float h) {
		io(() -> {
			stream.setLineWidth(0.8f);
			stream.moveTo(cx, height - (cy - h / 2));
			stream.lineTo(cx + w / 2, height - cy);
			stream.lineTo(cx, height - (cy + h / 2));
			stream.lineTo(cx - w / 2, height - cy);
			stream.closePath();
			stream.stroke();
		});
	}

	void circle(float cx, float cy, float r) {
		float k = r * KAPPA;
		float y = height - cy;
		io(() -> {
			stream.setLineWidth(0.6f);
			stream.moveTo(cx + r, y);
			stream.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
			stream.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
			stream.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
			stream.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
			stream.closePath();
			stream.stroke();
		});
	}

	/** A polyline through {@code xy} (x1, y1, x2, y2, ...) with an arrowhead at its last point. */
	void arrow(float... xy) {
		int n = xy.length;
		io(() -> {
			stream.setLineWidth(0.6f);
			stream.moveTo(xy[0], height - xy[1]);
			for (int i = 2; i < n; i += 2) {
				stream.lineTo(xy[i], height - xy[i + 1]);
			}
			stream.stroke();
			float dx = xy[n - 2] - xy[n - 4];
			float dy = xy[n - 1] - xy[n - 3];
			double len = Math.hypot(dx, dy);
			if (len == 0) {
				return;
			}
			float ux = (float) (dx / len);
			float uy = (float) (dy / len);
			float tipX = xy[n - 2];
			float tipY = xy[n - 1];
			float back = 4.5f;
			float half = 2.2f;
			stream.moveTo(tipX, height - tipY);
			stream.lineTo(tipX - ux * back - uy * half, height - (tipY - uy * back + ux * half));
			stream.lineTo(tipX - ux * back + uy * half, height - (tipY - uy * back - ux * half));
			stream.closePath();
			stream.fill();
		});
	}

	@Override
	public void close() {
		io(stream::close);
	}

	private interface PdfWork {
		void run() throws IOException;
	}

	private static void io(PdfWork work) {
		try {
			work.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

