package id.cadang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report: a name, column headings and rows of cells. A cell is a {@link String}, a {@link Number}
 * (written as a number, so a spreadsheet can add it up) or null (empty).
 */
public final class ReportTable {
	private final String name;
	private final List<String> headings;
	private final List<List<Object>> rows = new ArrayList<>();

	public ReportTable(String name, List<String> headings) {
		this.name = Objects.requireNonNull(name, "a table needs a name");
		this.headings = List.copyOf(headings);
	}

	public ReportTable row(Object... cells) {
		if (cells.length != headings.size()) {
			throw new IllegalArgumentException("table '" + name + "' has " + headings.size() + " columns, not "
					+ cells.length);
		}
		rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(cells))));
		return this;
	}

	public String name() {
		return name;
	}

	public List<String> headings() {
		return headings;
	}

	public List<List<Object>> rows() {
		return java.util.Collections.unmodifiableList(rows);
	}

	/** A cell as text, the way CSV and the PDF print it. */
	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		return cell.toString();
	}
}
