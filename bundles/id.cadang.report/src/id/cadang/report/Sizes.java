package id.cadang.report;

/** Sizes as people read them, with the exact byte count. */
final class Sizes {

	private Sizes() {
	}

	static String bytes(long size) {
		String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
		double value = size;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		String human = unit == 0 ? size + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
		return unit == 0 ? human : human + " (" + size + " B)";
	}
}
