package id.cadang.dump.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * Per-table row counts as the compact JSON the manifest carries in its {@code rowCounts} fact:
 * {@code {"public.agency":5000,"public.visit":20000}}, tables in name order.
 */
public final class RowCounts {
	/** The manifest fact that holds the counts. */
	public static final String FACT = "rowCounts";
	/** The manifest fact that says when and how they were counted. */
	public static final String NOTE_FACT = "rowCountsNote";

	private static final Gson GSON = new Gson();

	private RowCounts() {
	}

	public static String toJson(Map<String, Long> counts) {
		return GSON.toJson(new TreeMap<>(counts));
	}

	/** Reads the {@code rowCounts} fact back (for a restore test). */
	public static SortedMap<String, Long> fromJson(String json) {
		return new TreeMap<>(GSON.<Map<String, Long>>fromJson(json, new TypeToken<Map<String, Long>>() {
		}.getType()));
	}

	/**
	 * Reads {@code name<TAB>count} lines, as the database clients print them in batch mode.
	 *
	 * @throws IllegalArgumentException for a line of another shape
	 */
	public static SortedMap<String, Long> fromTabSeparated(String text) {
		SortedMap<String, Long> counts = new TreeMap<>();
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int tab = line.lastIndexOf('\t');
			if (tab < 0) {
				throw new IllegalArgumentException("row count line '" + line + "' has no tab");
			}
			counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).strip()));
		}
		return counts;
	}
}
