package id.cadang.dump;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cadang.ssh.SshAddress;

/**
 * A database to back up, as written in an SOP binding:
 * {@code postgresql://user[:password]@host[:port]/database} ({@code postgres://} too), or
 * {@code mysql://} / {@code mariadb://} for MariaDB and MySQL. User, password and database may be
 * percent-encoded ({@code %40} for {@code @}). {@link #toString()} never shows the password.
 * <p>
 * One query parameter is taken, {@code ssh}: the SSH server the dump runs on, with that server's own
 * client tools, connecting to host and port as seen from there:
 * {@code postgresql://backup@localhost:5432/simpeg?ssh=root@10.0.0.5:22}. Every other parameter is refused.
 *
 * @param kind     {@code postgresql} or {@code mariadb}
 * @param user     the role or user to log in as
 * @param password the password, when the URL holds one
 * @param host     host name or address (an IPv6 address without brackets)
 * @param port     the port, the kind's default when the URL names none
 * @param database the database name
 * @param ssh      the SSH server the dump runs on, when the URL names one
 */
public record DatabaseUrl(String kind, String user, Optional<String> password, String host, int port, String database,
		Optional<SshAddress> ssh) {
	public static final String POSTGRESQL = "postgresql";
	public static final String MARIADB = "mariadb";

	private static final Pattern SHAPE = Pattern.compile(
			"(?<scheme>[A-Za-z]+)://(?<userinfo>[^@]+)@(?<host>\\[[0-9A-Fa-f:.]+\\]|[^:/@\\[\\]]+)(?::(?<port>\\d{1,5}))?/(?<db>[^/?#]+)(?:\\?(?<query>[^#]*))?");
	private static final String SSH_PARAMETER = "ssh";

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
		Objects.requireNonNull(ssh, "ssh: Optional.empty() for a dump on this computer");
	}

	/** A database dumped from this computer (no {@code ssh}). */
	public DatabaseUrl(String kind, String user, Optional<String> password, String host, int port, String database) {
		this(kind, user, password, host, port, database, Optional.empty());
	}

	/** The same database with another database name (the same server, the same SSH server). */
	public DatabaseUrl withDatabase(String name) {
		return new DatabaseUrl(kind, user, password, host, port, name, ssh);
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
		return new DatabaseUrl(kind, user, password, host, port, decode(url, m.group("db")), ssh(url, m.group("query")));
	}

	private static Optional<SshAddress> ssh(String url, String query) {
		if (query == null) {
			return Optional.empty();
		}
		Optional<SshAddress> ssh = Optional.empty();
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = equals < 0 ? parameter : parameter.substring(0, equals);
			if (!SSH_PARAMETER.equals(name)) {
				throw invalid(url, " (query parameter '" + name + "' is not taken: the only one is ssh=user@host:port,"
						+ " the SSH server the dump runs on)");
			}
			if (equals < 0 || ssh.isPresent()) {
				throw invalid(url, " (give ssh=user@host:port once)");
			}
			String value = decode(url, parameter.substring(equals + 1));
			try {
				ssh = Optional.of(SshAddress.parse(value.startsWith("ssh://") ? value : "ssh://" + value));
			} catch (IllegalArgumentException e) {
				throw invalid(url, " (ssh=" + value + ": " + e.getMessage() + ")");
			}
		}
		return ssh;
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
				+ " (a password goes after the user: user:password@host; ?ssh=user@host:22 runs the dump on that SSH server)");
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

	/**
	 * The name its password is looked up under in Cadang's secrets when the URL holds none:
	 * {@code db/user@host:port} ({@code cadang secret set db/backup@10.0.0.5:5432}).
	 */
	public String secretName() {
		return "db/" + user + "@" + address();
	}

	/** The same database with this password (from Cadang's secrets), which {@link #redacted()} hides. */
	public DatabaseUrl withPassword(String secret) {
		return new DatabaseUrl(kind, user, Optional.of(secret), host, port, database, ssh);
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
		return kind + "://" + user + (password.isPresent() ? ":***" : "") + "@" + address() + "/" + database
				+ ssh.map(a -> "?ssh=" + a.user() + "@" + a.hostAndPort()).orElse("");
	}

	@Override
	public String toString() {
		return redacted();
	}
}
