package id.cadang.headless;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table whose columns fit their widest cell. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final int columns;

	Table(String... header) {
		this.columns = header.length;
		rows.add(header);
	}

	Table row(Object... cells) {
		String[] row = new String[columns];
		for (int i = 0; i < columns; i++) {
			Object cell = i < cells.length ? cells[i] : null;
			row[i] = cell == null ? "-" : cell.toString().replace('\n', ' ');
		}
		rows.add(row);
		return this;
	}

	boolean isEmpty() {
		return rows.size() == 1;
	}

	void print(PrintStream out) {
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append(row[i]);
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
