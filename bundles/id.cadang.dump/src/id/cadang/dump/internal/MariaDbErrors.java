package id.cadang.dump.internal;

import id.cadang.dump.DatabaseUrl;

/**
 * Turns what the MariaDB/MySQL client tools print on a failure into one line that names the thing
 * that is wrong and the fix.
 */
public final class MariaDbErrors {

	private MariaDbErrors() {
	}

	/**
	 * @param url    the database that was asked for
	 * @param tool   {@code mariadb}, {@code mariadb-dump}
	 * @param stderr the tool's stderr
	 * @return the one-line explanation; the tool's last line when the error is not one we know
	 */
	public static String explain(DatabaseUrl url, String tool, String stderr) {
		String text = stderr.strip();
		String at = "MariaDB at " + url.address();
		if (text.contains("Unknown database")) {
			return "database '" + url.database() + "' does not exist on " + at
					+ ": create it, or fix the database name in the database URL " + url.redacted();
		}
		if (text.contains("Access denied for user") && text.contains("to database")) {
			return at + " denied user '" + url.user() + "' access to database '" + url.database()
					+ "': GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES ON `" + url.database() + "`.* TO the user,"
					+ " or fix the user in the database URL " + url.redacted();
		}
		if (text.contains("Access denied for user")) {
			return at + " rejected user '" + url.user() + "' (" + (text.contains("using password: YES")
					? "wrong password, or the user may not log in from this machine"
					: "no password was given") + "): fix the user or the password in the database URL "
					+ url.kind() + "://" + url.user() + ":PASSWORD@" + url.address() + "/" + url.database();
		}
		if (text.contains("Can't connect") && (text.contains("(115)") || text.contains("(111)"))) {
			return "cannot connect to " + at + ": connection refused (is the server down, or listening on another port?):"
					+ " start MariaDB, or fix the host and port in the database URL " + url.redacted();
		}
		if (text.contains("Unknown server host") || text.contains("Unknown MySQL server host")) {
			return "host '" + url.host() + "' is not known: fix the host in the database URL " + url.redacted()
					+ " or add it to DNS or /etc/hosts";
		}
		if (text.contains("Can't connect") || text.contains("Lost connection") || text.contains("timed out")) {
			return "cannot reach " + at + ": no answer (server down, wrong address or a firewall?): check that the server is on and port "
					+ url.port() + " is open, or fix the host in the database URL " + url.redacted();
		}
		if (text.contains("is not allowed to connect")) {
			return at + " does not let this machine in: allow this machine's address for user '" + url.user()
					+ "' (CREATE USER ...@'address'), or fix the host in the database URL " + url.redacted();
		}
		return tool + " failed on " + url.redacted() + ": " + lastLine(text);
	}

	private static String lastLine(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("no message");
	}
}
