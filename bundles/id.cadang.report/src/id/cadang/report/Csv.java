package id.cadang.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A table as CSV (RFC 4180): UTF-8, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
public final class Csv {

	private Csv() {
	}

	public static byte[] write(ReportTable table) {
		StringBuilder out = new StringBuilder();
		line(out, table.headings());
		for (List<Object> row : table.rows()) {
			line(out, row);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(ReportTable.text(cells.get(i))));
		}
		out.append("\r\n");
	}

	static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
