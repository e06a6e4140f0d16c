package id.cadang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Unicode TrueType fonts embedded in a sheet (DejaVu Sans, regular and bold), so Indonesian text and any
 * symbol an SOP uses renders the same on every machine.
 */
record SheetFonts(PDFont regular, PDFont bold) {

	/** Where Debian's fonts-dejavu-core puts DejaVu Sans. */
	static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

	static final String REGULAR_FILE = "DejaVuSans.ttf";
	static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

	/** Embeds (as subsets) DejaVu Sans from {@code folder} into {@code document}. */
	static SheetFonts load(PDDocument document, Path folder) {
		return new SheetFonts(font(document, folder.resolve(REGULAR_FILE)), font(document, folder.resolve(BOLD_FILE)));
	}

	private static PDFont font(PDDocument document, Path file) {
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("The SOP sheet needs the font " + file + ", which is missing: install the"
					+ " Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core) and try again.");
		}
		try {
			return PDType0Font.load(document, file.toFile());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the font " + file + ": " + e.getMessage()
					+ ". Reinstall the Debian package fonts-dejavu-core.", e);
		}
	}
}
