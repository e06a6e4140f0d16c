package id.cadang.dump.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cadang.dump.DatabaseUrl;

/**
 * Turns what libpq tools (psql, pg_dump) print on a failed connection into one line that names the
 * thing that is wrong and the fix.
 */
public final class LibpqErrors {
	private static final Pattern FATAL = Pattern.compile("(?:FATAL|ERROR):\\s+(.*)");

	private LibpqErrors() {
	}

	/**
	 * @param url    the database that was asked for
	 * @param tool   {@code psql}, {@code pg_dump}
	 * @param stderr the tool's stderr
	 * @return the one-line explanation; the tool's last line when the error is not one we know
	 */
	public static String explain(DatabaseUrl url, String tool, String stderr) {
		String text = stderr.strip();
		String at = "PostgreSQL at " + url.address();
		if (text.contains("database \"" + url.database() + "\" does not exist") || text.matches("(?s).*database \".*\" does not exist.*")) {
			return "database '" + url.database() + "' does not exist on " + at
					+ ": create it, or fix the database name in the database URL " + url.redacted();
		}
		if (text.contains("role \"") && text.contains("does not exist")) {
			return at + " has no role '" + url.user() + "': create the role (createuser " + url.user()
					+ "), or fix the user in the database URL " + url.redacted();
		}
		if (text.contains("password authentication failed")) {
			return at + " rejected the password of user '" + url.user()
					+ "' (password authentication failed, or the role does not exist): fix the password or the user in the database URL "
					+ url.redacted();
		}
		if (text.contains("no password supplied") || text.contains("password is required")) {
			return at + " asks user '" + url.user() + "' for a password: put it in the database URL as "
					+ url.kind() + "://" + url.user() + ":PASSWORD@" + url.address() + "/" + url.database();
		}
		if (text.contains("no pg_hba.conf entry")) {
			return at + " does not let user '" + url.user() + "' in from this machine (no pg_hba.conf entry): add a host line for database '"
					+ url.database() + "' and this machine's address to pg_hba.conf on the server and reload it";
		}
		if (text.contains("Connection refused")) {
			return "cannot connect to " + at + ": connection refused (is the server down, or listening on another port?):"
					+ " start PostgreSQL, or fix the host and port in the database URL " + url.redacted();
		}
		if (text.contains("No route to host") || text.contains("timeout expired") || text.contains("Network is unreachable")
				|| text.contains("Connection timed out")) {
			return "cannot reach " + at + ": no answer (server down, wrong address or a firewall?):"
					+ " check that the server is on and port " + url.port() + " is open, or fix the host in the database URL " + url.redacted();
		}
		if (text.contains("could not translate host name") || text.contains("Name or service not known")) {
			return "host '" + url.host() + "' is not known: fix the host in the database URL " + url.redacted()
					+ " or add it to DNS or /etc/hosts";
		}
		if (text.contains("permission denied for database") || text.contains("permission denied for")) {
			return at + " denied user '" + url.user() + "' access to database '" + url.database() + "' (" + lastFatal(text)
					+ "): grant the user CONNECT and SELECT, or back up as the database owner";
		}
		return tool + " failed on " + url.redacted() + ": " + lastFatal(text);
	}

	/** The FATAL/ERROR part of libpq's text, or its last non-blank line. */
	private static String lastFatal(String text) {
		Matcher m = FATAL.matcher(text);
		String found = null;
		while (m.find()) {
			found = m.group(1).strip();
		}
		if (found != null) {
			return found;
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("no message");
	}
}
