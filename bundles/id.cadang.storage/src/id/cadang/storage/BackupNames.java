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
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
	private static final Pattern ALLOWED_LITERAL = Pattern.compile("[A-Za-z0-9._-]*");

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

	/**
	 * The path of a backup named by an SOP's naming rule (Trenggalek step 3), below
	 * {@code <sop>/<binding>/<slot>/}. Placeholders: {@code {sop} {binding} {slot} {ext}} and
	 * {@code {date:<java.time pattern>}}; values are reduced to {@code [A-Za-z0-9._-]}, {@code .zst} is
	 * appended. A pattern whose own text would leave its folder or hold characters a NAS, SFTP server or
	 * FAT-formatted disk cannot store is refused.
	 *
	 * @throws IllegalArgumentException naming the pattern and what to change
	 */
	public static String render(String pattern, String sop, String binding, String slot, String extension,
			ZonedDateTime time) {
		Objects.requireNonNull(pattern, "pattern");
		Objects.requireNonNull(time, "time");
		String s = clean("sop", sop);
		String b = clean("binding", binding);
		String l = clean("slot", slot);
		String e = clean("extension", extension);
		java.util.regex.Matcher m = PLACEHOLDER.matcher(pattern);
		StringBuilder name = new StringBuilder();
		int last = 0;
		while (m.find()) {
			name.append(literal(pattern, pattern.substring(last, m.start())));
			String key = m.group(1);
			String value;
			if (key.startsWith("date:")) {
				try {
					value = DateTimeFormatter.ofPattern(key.substring(5)).format(time);
				} catch (IllegalArgumentException | java.time.DateTimeException ex) {
					throw new IllegalArgumentException("naming rule '" + pattern + "': {" + key
							+ "} is not a date pattern; write it like {date:yyyyMMdd-HHmmss}", ex);
				}
			} else {
				value = switch (key) {
					case "sop" -> s;
					case "binding" -> b;
					case "slot" -> l;
					case "ext" -> e;
					default -> throw new IllegalArgumentException("naming rule '" + pattern + "': {" + key
							+ "} is not a placeholder; use {sop}, {binding}, {slot}, {date:yyyyMMdd-HHmmss} or {ext}");
				};
			}
			if (!ALLOWED_LITERAL.matcher(value).matches()) {
				throw new IllegalArgumentException("naming rule '" + pattern + "': {" + key + "} gives '" + value
						+ "': only letters, digits, '.', '-' and '_' can be stored on every target");
			}
			name.append(value);
			last = m.end();
		}
		name.append(literal(pattern, pattern.substring(last)));
		String file = name.toString();
		if (file.isEmpty() || file.startsWith(".")) {
			throw new IllegalArgumentException("naming rule '" + pattern
					+ "' gives an empty or hidden file name: start it with a placeholder such as {sop}");
		}
		if (!pattern.contains("{date:")) {
			throw new IllegalArgumentException("naming rule '" + pattern
					+ "' has no {date:...}: every backup would get the same name; add {date:yyyyMMdd-HHmmss}");
		}
		return s + "/" + b + "/" + l + "/" + file + ".zst";
	}

	private static String literal(String pattern, String text) {
		if (!ALLOWED_LITERAL.matcher(text).matches()) {
			throw new IllegalArgumentException("naming rule '" + pattern + "' holds '" + text
					+ "': only letters, digits, '.', '-' and '_' can stand between placeholders (no '/', no spaces)");
		}
		return text;
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
