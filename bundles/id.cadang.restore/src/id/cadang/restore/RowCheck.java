package id.cadang.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/** Compares per-table row counts after a restore with those the manifest recorded at dump time. */
public final class RowCheck {

	private RowCheck() {
	}

	/** @return one sentence per table that differs; empty when every table has its rows */
	public static List<String> differences(SortedMap<String, Long> expected, Map<String, Long> actual) {
		List<String> problems = new ArrayList<>();
		for (String table : new TreeSet<>(expected.keySet())) {
			Long now = actual.get(table);
			if (now == null) {
				problems.add("table " + table + " is missing (the backup had " + expected.get(table) + " rows)");
			} else if (!now.equals(expected.get(table))) {
				problems.add("table " + table + " has " + now + " rows, the backup had " + expected.get(table));
			}
		}
		for (String table : new TreeSet<>(actual.keySet())) {
			if (!expected.containsKey(table)) {
				problems.add("table " + table + " is not in the backup's row counts");
			}
		}
		return problems;
	}

	/** The total of the counts. */
	public static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}
}
