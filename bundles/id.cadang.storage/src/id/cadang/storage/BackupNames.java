package id.cadang.storage;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/** The file naming rule: {@code <sop>/<binding>/<slot>/<sop>-<binding>-<slot>-<yyyyMMdd-HHmmss>.<ext>.zst}. */
public final class BackupNames {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
	private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9._-]+");
	private static final Pattern LEADING_DOTS = Pattern.compile("^\\.+");

	private BackupNames() {
	}

	/**
	 * The path of a backup below its target root, with every name reduced to {@code [A-Za-z0-9._-]}
	 * (other characters become {@code _}, leading dots are dropped). The time is written in its own zone,
	 * which should be the SOP's.
	 *
	 * @throws IllegalArgumentException when a name has no usable character left
	 */
	public static String relativePath(String sop, String binding, String slot, String extension,
			ZonedDateTime time) {
		Objects.requireNonNull(time, "time");
		String s = clean("sop", sop);
		String b = clean("binding", binding);
		String l = clean("slot", slot);
		String e = clean("extension", extension);
		return s + "/" + b + "/" + l + "/" + s + "-" + b + "-" + l + "-" + STAMP.format(time) + "." + e + ".zst";
	}

	/** One name reduced to {@code [A-Za-z0-9._-]}, never empty, never starting with a dot. */
	public static String clean(String what, String name) {
		String cleaned = name == null ? "" : LEADING_DOTS.matcher(NOT_ALLOWED.matcher(name.strip()).replaceAll("_"))
				.replaceAll("");
		if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_')) {
			throw new IllegalArgumentException(what + " name '" + name
					+ "' has no letter or digit to use in a file name: give it a name with letters or digits");
		}
		return cleaned;
	}
}
