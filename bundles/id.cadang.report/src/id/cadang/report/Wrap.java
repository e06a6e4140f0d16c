package id.cadang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width, at spaces where possible, and measures it. */
final class Wrap {

	private Wrap() {
	}

	/** The width of {@code text} in points. */
	static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Text the font can show: control characters become spaces, characters without a glyph become '?', so one
	 * odd character never stops a sheet.
	 */
	static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp)) {
				out.append(' ');
			} else {
				String s = Character.toString(cp);
				try {
					font.encode(s);
					out.append(s);
				} catch (IOException | IllegalArgumentException e) {
					out.append('?');
				}
			}
		});
		return out.toString();
	}

	/** The lines of {@code text} (which may hold line breaks) at {@code size} within {@code width} points. */
	static List<String> lines(PDFont font, float size, float width, String text) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			String rest = printable(font, paragraph).strip();
			if (rest.isEmpty()) {
				lines.add("");
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (String word : rest.split(" +")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(font, size, candidate) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String piece = word;
				while (width(font, size, piece) > width && piece.length() > 1) {
					int cut = piece.length() - 1;
					while (cut > 1 && width(font, size, piece.substring(0, cut)) > width) {
						cut--;
					}
					lines.add(piece.substring(0, cut));
					piece = piece.substring(cut);
				}
				line.append(piece);
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
