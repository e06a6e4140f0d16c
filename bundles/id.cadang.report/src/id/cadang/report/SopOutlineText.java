package id.cadang.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link SopOutline} as terminal text: the header as "label: value" lines (lists numbered), then each
 * procedure's steps as a table whose long cells wrap within their column.
 * <p>
 * Words come from {@code label}, asked for {@code field.<feature>} (e.g. {@code field.legalBases}),
 * {@code procedure}, {@code col.number}, {@code col.activity}, {@code col.roles}, {@code col.time},
 * {@code col.output}, {@code col.action}, {@code col.next}, {@code action.human}, {@code flow.yes},
 * {@code flow.no}; a label that comes back null or as its own key falls back to the feature's name in words.
 */
public final class SopOutlineText {

	private static final int[] WRAP = { 4, 44, 20, 16, 28, 16, 14 };

	private final Function<String, String> label;

	public SopOutlineText(Function<String, String> label) {
		this.label = Objects.requireNonNull(label, "label");
	}

	public void print(SopOutline outline, PrintStream out) {
		for (SopOutline.Field field : outline.header()) {
			if (field.values().isEmpty()) {
				continue;
			}
			String name = label("field." + field.name(), Outlines.words(field.name()));
			if (field.values().size() == 1) {
				out.println(name + ": " + field.values().get(0).replace('\n', ' '));
			} else {
				out.println(name + ":");
				for (int i = 0; i < field.values().size(); i++) {
					out.println("  " + (i + 1) + ". " + field.values().get(i).replace('\n', ' '));
				}
			}
		}
		for (SopOutline.Section section : outline.procedures()) {
			out.println();
			out.println(label("procedure", "procedure") + " " + section.id()
					+ (section.title() == null ? "" : ": " + section.title()));
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { label("col.number", "no"), label("col.activity", "activity"), label("col.roles", "roles"),
					label("col.time", "time"), label("col.output", "output"), label("col.action", "action"),
					label("col.next", "next") });
			for (SopOutline.Row row : section.steps()) {
				rows.add(new String[] { text(row.number()), text(row.activity()), String.join(", ", row.roles()),
						text(row.time()), text(row.output()), row.action().orElse(label("action.human", "human task")),
						flow(row) });
			}
			table(rows, out);
		}
	}

	private String flow(SopOutline.Row row) {
		if (row.yes().isPresent() || row.no().isPresent()) {
			return label("flow.yes", "yes") + " " + row.yes().orElse("-") + ", " + label("flow.no", "no") + " "
					+ row.no().orElse("-");
		}
		return row.next().orElse("-");
	}

	private String label(String key, String fallback) {
		String text = label.apply(key);
		return text == null || text.isBlank() || text.equals(key) ? fallback : text;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}

	private static void table(List<String[]> rows, PrintStream out) {
		int columns = WRAP.length;
		List<List<List<String>>> cells = new ArrayList<>();
		int[] widths = new int[columns];
		for (String[] row : rows) {
			List<List<String>> wrapped = new ArrayList<>();
			for (int i = 0; i < columns; i++) {
				List<String> lines = wrap(row[i], Math.max(WRAP[i], row == rows.get(0) ? row[i].length() : 0));
				for (String line : lines) {
					widths[i] = Math.max(widths[i], line.codePointCount(0, line.length()));
				}
				wrapped.add(lines);
			}
			cells.add(wrapped);
		}
		for (List<List<String>> row : cells) {
			int height = row.stream().mapToInt(List::size).max().orElse(1);
			for (int line = 0; line < height; line++) {
				StringBuilder b = new StringBuilder();
				for (int i = 0; i < columns; i++) {
					String cell = line < row.get(i).size() ? row.get(i).get(line) : "";
					b.append(cell);
					if (i < columns - 1) {
						b.append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
					}
				}
				out.println(b.toString().stripTrailing());
			}
		}
	}

	/** {@code text} in lines of at most {@code width} characters, broken at spaces where possible. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.strip().split(" +")) {
				while (word.length() > width) {
					if (!line.isEmpty()) {
						lines.add(line.toString());
						line.setLength(0);
					}
					lines.add(word.substring(0, width));
					word = word.substring(width);
				}
				if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(line.isEmpty() ? "" : " ").append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
