package id.cadang.dump;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database to back up, as written in an SOP binding:
 * {@code postgresql://user[:password]@host[:port]/database} ({@code postgres://} too), or
 * {@code mysql://} / {@code mariadb://} for MariaDB and MySQL. User, password and database may be
 * percent-encoded ({@code %40} for {@code @}). {@link #toString()} never shows the password.
 *
 * @param kind     {@code postgresql} or {@code mariadb}
 * @param user     the role or user to log in as
 * @param password the password, when the URL holds one
 * @param host     host name or address (an IPv6 address without brackets)
 * @param port     the port, the kind's default when the URL names none
 * @param database the database name
 */
public record DatabaseUrl(String kind, String user, Optional<String> password, String host, int port, String database) {
	public static final String POSTGRESQL = "postgresql";
	public static final String MARIADB = "mariadb";

	private static final Pattern SHAPE = Pattern.compile(
			"(?<scheme>[A-Za-z]+)://(?<userinfo>[^@]+)@(?<host>\\[[0-9A-Fa-f:.]+\\]|[^:/@\\[\\]]+)(?::(?<port>\\d{1,5}))?/(?<db>[^/?#]+)");

	public DatabaseUrl {
		if (!POSTGRESQL.equals(kind) && !MARIADB.equals(kind)) {
			throw new IllegalArgumentException("database kind '" + kind + "' is not supported: use postgresql or mariadb");
		}
		if (user.isEmpty() || host.isEmpty() || database.isEmpty()) {
			throw new IllegalArgumentException("a database URL needs a user, a host and a database");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not valid: use 1-65535");
		}
	}

	/**
	 * Parses a database URL.
	 *
	 * @throws IllegalArgumentException naming the URL (without its password) and the expected shape
	 */
	public static DatabaseUrl parse(String url) {
		Matcher m = SHAPE.matcher(url.strip());
		if (!m.matches()) {
			throw invalid(url, "");
		}
		String kind = switch (m.group("scheme").toLowerCase(java.util.Locale.ROOT)) {
		case "postgresql", "postgres" -> POSTGRESQL;
		case "mysql", "mariadb" -> MARIADB;
		default -> throw invalid(url, " (scheme '" + m.group("scheme") + "' is not known)");
		};
		String userinfo = m.group("userinfo");
		int colon = userinfo.indexOf(':');
		String user = decode(url, colon < 0 ? userinfo : userinfo.substring(0, colon));
		Optional<String> password = colon < 0 ? Optional.empty() : Optional.of(decode(url, userinfo.substring(colon + 1)));
		String host = m.group("host");
		if (host.startsWith("[")) {
			host = host.substring(1, host.length() - 1);
		}
		int port = m.group("port") == null ? defaultPort(kind) : Integer.parseInt(m.group("port"));
		if (port < 1 || port > 65535) {
			throw invalid(url, " (port " + port + " is out of range)");
		}
		if (user.isEmpty()) {
			throw invalid(url, " (no user)");
		}
		return new DatabaseUrl(kind, user, password, host, port, decode(url, m.group("db")));
	}

	private static int defaultPort(String kind) {
		return POSTGRESQL.equals(kind) ? 5432 : 3306;
	}

	private static String decode(String url, String part) {
		try {
			return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw invalid(url, " (bad percent-encoding)");
		}
	}

	private static IllegalArgumentException invalid(String url, String detail) {
		return new IllegalArgumentException("database URL '" + hidePassword(url) + "' is not valid" + detail
				+ ": expected postgresql://user@host:5432/dbname or mariadb://user@host:3306/dbname"
				+ " (a password goes after the user: user:password@host)");
	}

	/** Masks whatever sits between the first ':' after the scheme and the last '@' of a URL we could not parse. */
	private static String hidePassword(String url) {
		int start = url.indexOf("://");
		int at = url.lastIndexOf('@');
		if (start < 0 || at < 0) {
			return url;
		}
		int colon = url.indexOf(':', start + 3);
		return colon < 0 || colon > at ? url : url.substring(0, colon) + ":***" + url.substring(at);
	}

	/** What {@code database} holds for a whole server: {@code postgresql://user@host:5432/*}. */
	public static final String EVERY_DATABASE = "*";

	/** Whether this URL names every database of its server ({@code /*}) rather than one. */
	public boolean wholeServer() {
		return EVERY_DATABASE.equals(database);
	}

	/** Whether this URL names a password. */
	public boolean hasPassword() {
		return password.isPresent();
	}

	/** {@code host:port}, with brackets around an IPv6 address. */
	public String address() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}

	/** The URL with the password replaced by {@code ***}: safe for logs, messages and manifests. */
	public String redacted() {
		return kind + "://" + user + (password.isPresent() ? ":***" : "") + "@" + address() + "/" + database;
	}

	@Override
	public String toString() {
		return redacted();
	}
}
