package id.cadang.headless;

import java.util.Locale;

/** Byte counts as people read them. */
final class Sizes {
	private Sizes() {
	}

	static String human(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

	static String duration(java.time.Duration d) {
		long s = d.toSeconds();
		if (s < 60) {
			return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
		}
		if (s < 3600) {
			return String.format(Locale.ROOT, "%d m %02d s", s / 60, s % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d m", s / 3600, (s % 3600) / 60);
	}
}
