package id.cadang.restore;

import java.nio.file.Path;
import java.time.Instant;

import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.H2Url;

/** Chooses the restorer for a bound value: a database URL, an H2 file or a folder. */
public final class Restorers {

	private Restorers() {
	}

	/**
	 * @param value   a bound slot value or a destination given by the admin
	 * @param replace whether the value names the original place (swapped in once restored) rather than a new one
	 * @throws RestoreException when the value names nothing Cadang can restore into, with the forms it may take
	 */
	public static Restorer forValue(String value, boolean replace) throws RestoreException {
		String v = value.strip();
		if (H2Url.isH2(v)) {
			H2Url url = parse(() -> H2Url.parse(v));
			return replace ? H2Restorer.replacing(url) : H2Restorer.into(url);
		}
		if (v.contains("://") && !v.startsWith("file://")) {
			if (v.regionMatches(true, 0, "ssh://", 0, 6)) {
				throw new RestoreException("folder " + v + " is on an SSH server: restoring a folder over SSH is not supported"
						+ " yet; restore it into a folder on this computer and copy it over");
			}
			DatabaseUrl url = parse(() -> DatabaseUrl.parse(v));
			return forUrl(url, replace);
		}
		Path folder = Path.of(v.startsWith("file://") ? v.substring(7) : v);
		if (!folder.isAbsolute()) {
			throw new RestoreException("'" + value + "' is neither a database URL nor an absolute folder: give"
					+ " postgresql://user@host:5432/db, mariadb://user@host:3306/db, h2:/path/app.mv.db or /path/to/folder");
		}
		return replace ? FolderRestorer.replacing(folder) : FolderRestorer.into(folder);
	}

	/**
	 * A new scratch database on the server of {@code boundValue}, for a restore test.
	 *
	 * @throws RestoreException for anything but a PostgreSQL or MariaDB database reached from this computer
	 */
	public static Restorer scratch(String boundValue, long backupId) throws RestoreException {
		String v = boundValue.strip();
		if (H2Url.isH2(v) || !v.contains("://")) {
			throw new RestoreException("a restore test needs a PostgreSQL or MariaDB database; '" + v + "' is not one");
		}
		DatabaseUrl url = parse(() -> DatabaseUrl.parse(v));
		return forUrl(url.withDatabase("cadang_restoretest_" + backupId + "_" + Instant.now().getEpochSecond()), false);
	}

	private static Restorer forUrl(DatabaseUrl url, boolean replace) throws RestoreException {
		if (url.ssh().isPresent()) {
			throw new RestoreException("database " + url.redacted() + " is reached over SSH: restoring over SSH is not"
					+ " supported yet; restore into the server's port from this computer (without ?ssh=)");
		}
		if (url.wholeServer()) {
			throw new RestoreException("database " + url.redacted() + " names a whole server: restore a pg_dumpall backup"
					+ " by hand with psql; name one database to restore a single-database backup");
		}
		if (DatabaseUrl.POSTGRESQL.equals(url.kind())) {
			return replace ? PostgresRestorer.replacing(url) : PostgresRestorer.into(url);
		}
		return replace ? MariaDbRestorer.replacing(url) : MariaDbRestorer.into(url);
	}

	private static <T> T parse(java.util.function.Supplier<T> parser) throws RestoreException {
		try {
			return parser.get();
		} catch (IllegalArgumentException e) {
			throw new RestoreException(e.getMessage(), e);
		}
	}
}
