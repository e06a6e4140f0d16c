package id.cadang.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words printed in the reports. Berita Acara, forms and logs are official Indonesian documents, so they are
 * printed in Indonesian ({@code labels.properties}); a {@code labels_en.properties} would serve English.
 */
final class Labels {
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("id.cadang.report.labels", Locale.ROOT,
			Labels.class.getClassLoader());

	private Labels() {
	}

	static String get(String key, Object... args) {
		String pattern;
		try {
			pattern = BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] plain = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			plain[i] = args[i] instanceof Number || args[i] instanceof java.time.temporal.TemporalAccessor
					? args[i].toString() : args[i];
		}
		return new MessageFormat(pattern, Locale.ROOT).format(plain);
	}
}
