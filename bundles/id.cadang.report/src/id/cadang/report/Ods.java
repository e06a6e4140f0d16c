package id.cadang.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables as an OpenDocument spreadsheet (ODF 1.2, {@code .ods}), one sheet per table, with a bold first row:
 * a zip whose first entry is {@code mimetype}, stored uncompressed, then {@code META-INF/manifest.xml},
 * {@code styles.xml} and {@code content.xml}. LibreOffice, Excel and Google Sheets open it.
 */
public final class Ods {

	public static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private Ods() {
	}

	public static byte[] write(List<ReportTable> tables) {
		if (tables.isEmpty()) {
			throw new IllegalArgumentException("a spreadsheet needs at least one table");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			byte[] mime = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mime.length);
			entry.setCompressedSize(mime.length);
			CRC32 crc = new CRC32();
			crc.update(mime);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mime);
			zip.closeEntry();
			deflated(zip, "META-INF/manifest.xml", manifest());
			deflated(zip, "styles.xml", styles());
			deflated(zip, "content.xml", content(tables));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String manifest() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
				 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
				 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>
				""".formatted(MIME_TYPE);
	}

	private static String styles() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>
				""";
	}

	private static String content(List<ReportTable> tables) {
		StringBuilder x = new StringBuilder(4096);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
				.append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
				.append(" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"")
				.append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
				.append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"")
				.append(" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"")
				.append(" office:version=\"1.2\">\n<office:automatic-styles>")
				.append("<style:style style:name=\"head\" style:family=\"table-cell\">")
				.append("<style:text-properties fo:font-weight=\"bold\"/></style:style>")
				.append("</office:automatic-styles>\n<office:body><office:spreadsheet>\n");
		for (ReportTable table : tables) {
			x.append("<table:table table:name=\"").append(escape(sheetName(table.name()))).append("\">");
			x.append("<table:table-column table:number-columns-repeated=\"").append(table.headings().size()).append("\"/>\n");
			x.append("<table:table-row>");
			for (String heading : table.headings()) {
				cell(x, heading, "head");
			}
			x.append("</table:table-row>\n");
			for (List<Object> row : table.rows()) {
				x.append("<table:table-row>");
				for (Object value : row) {
					cell(x, value, null);
				}
				x.append("</table:table-row>\n");
			}
			x.append("</table:table>\n");
		}
		return x.append("</office:spreadsheet></office:body></office:document-content>\n").toString();
	}

	private static void cell(StringBuilder x, Object value, String style) {
		x.append("<table:table-cell");
		if (style != null) {
			x.append(" table:style-name=\"").append(style).append('"');
		}
		if (value == null) {
			x.append("/>");
			return;
		}
		if (value instanceof Number number) {
			x.append(" office:value-type=\"float\" office:value=\"").append(number).append('"');
		} else {
			x.append(" office:value-type=\"string\"");
		}
		x.append('>');
		String[] lines = ReportTable.text(value).split("\\R", -1);
		for (String line : lines) {
			x.append("<text:p>").append(escape(line)).append("</text:p>");
		}
		x.append("</table:table-cell>");
	}

	/** A sheet name LibreOffice accepts: no []*?:/\ and at most 31 characters. */
	static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]*?:/\\\\']", "-");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			switch (cp) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
						out.appendCodePoint(cp);
					} else {
						out.append(' ');
					}
				}
			}
		});
		return out.toString();
	}
}
