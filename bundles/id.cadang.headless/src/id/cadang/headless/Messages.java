package id.cadang.headless;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own words, in Bahasa Indonesia by default and in English when
 * {@code CADANG_LANG=en} (or {@code LANG=en_*} without {@code CADANG_LANG}).
 */
final class Messages {

	private final ResourceBundle bundle;

	private Messages(Locale locale) {
		this.bundle = ResourceBundle.getBundle("id.cadang.headless.messages", locale, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	static Messages forEnvironment() {
		return forLanguage(language(System.getenv("CADANG_LANG"), System.getenv("LANG")));
	}

	static Messages forLanguage(String language) {
		return new Messages("en".equals(language) ? Locale.ROOT : Locale.of("id"));
	}

	static String language(String cadangLang, String lang) {
		if (cadangLang != null && !cadangLang.isBlank()) {
			return cadangLang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
		}
		return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
	}

	String get(String key, Object... args) {
		try {
			// every text goes through MessageFormat, so '' is one apostrophe with or without arguments
			return MessageFormat.format(bundle.getString(key), args);
		} catch (MissingResourceException e) {
			return key;
		}
	}
}
