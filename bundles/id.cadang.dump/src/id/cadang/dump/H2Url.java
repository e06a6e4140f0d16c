package id.cadang.dump;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An H2 database file as written in an SOP binding: {@code h2:/srv/app/data/app.mv.db} (user {@code sa},
 * empty password) or {@code h2://user:password@/srv/app/data/app.mv.db} (user and password may be
 * percent-encoded). H2 is dumped by Cadang's own H2 engine on this computer, so an H2 URL takes no
 * {@code ?ssh=}. {@link #toString()} never shows the password.
 */
public record H2Url(Path file, String user, Optional<String> password) {
	/** The user of an {@code h2:/path} URL: H2's default administrator. */
	public static final String DEFAULT_USER = "sa";
	private static final String SHAPE = "h2:/abs/path/app.mv.db or h2://user:password@/abs/path/app.mv.db";

	public H2Url {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(password, "password: Optional.empty() for none");
	}

	/** Whether {@code value} is meant as an H2 URL ({@code h2:...}). */
	public static boolean isH2(String value) {
		return value.strip().regionMatches(true, 0, "h2:", 0, 3);
	}

	/**
	 * @throws IllegalArgumentException naming the URL (without its password) and the expected shape
	 */
	public static H2Url parse(String value) {
		String url = value.strip();
		if (!isH2(url)) {
			throw invalid(url, "it does not start with h2:");
		}
		String rest = url.substring(3);
		String user = DEFAULT_USER;
		Optional<String> password = Optional.empty();
		if (rest.startsWith("//")) {
			int at = rest.indexOf("@/");
			if (at < 0) {
				throw invalid(url, "after h2:// comes user:password@ and then the absolute path");
			}
			String userinfo = rest.substring(2, at);
			int colon = userinfo.indexOf(':');
			user = decode(url, colon < 0 ? userinfo : userinfo.substring(0, colon));
			password = colon < 0 ? Optional.empty() : Optional.of(decode(url, userinfo.substring(colon + 1)));
			rest = rest.substring(at + 1);
			if (user.isEmpty()) {
				throw invalid(url, "the user is empty");
			}
		}
		int query = rest.indexOf('?');
		if (query >= 0) {
			if (rest.substring(query + 1).startsWith("ssh=")) {
				throw new IllegalArgumentException("H2 database " + redact(url) + " cannot be dumped over SSH: Cadang dumps H2 with"
						+ " its own H2 engine on this computer. Stop the application and back up its data folder over SSH instead"
						+ " (ssh://user@host:22/path), or run Cadang on that server");
			}
			throw invalid(url, "an H2 URL takes no query parameters");
		}
		if (!rest.startsWith("/")) {
			throw invalid(url, "the path must be absolute");
		}
		if (!rest.endsWith(".mv.db")) {
			throw invalid(url, "the path must name the database's .mv.db file");
		}
		return new H2Url(Path.of(rest), user, password);
	}

	private static String decode(String url, String part) {
		try {
			return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw invalid(url, "bad percent-encoding");
		}
	}

	private static IllegalArgumentException invalid(String url, String detail) {
		return new IllegalArgumentException("H2 URL '" + redact(url) + "' is not valid (" + detail + "): expected " + SHAPE);
	}

	/** Masks the password of an h2://user:password@/path text. */
	private static String redact(String url) {
		int at = url.indexOf("@/");
		int colon = url.indexOf(':', 5);
		return url.startsWith("h2://") && at > 0 && colon > 0 && colon < at ? url.substring(0, colon) + ":***" + url.substring(at) : url;
	}

	/** The URL with the password replaced by {@code ***}. */
	public String redacted() {
		return DEFAULT_USER.equals(user) && password.isEmpty() ? "h2:" + file
				: "h2://" + user + (password.isPresent() ? ":***" : "") + "@" + file;
	}

	@Override
	public String toString() {
		return redacted();
	}
}
