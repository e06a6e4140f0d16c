package id.cadang.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;

import org.h2.tools.RunScript;

import id.cadang.dump.H2Url;

/**
 * Restores an H2 {@code SCRIPT} backup by running it (H2's RUNSCRIPT, streamed) into a new database file beside
 * the destination, which replaces the destination file by rename only when the whole script ran. The application
 * using the file must be stopped: H2 holds a lock on an open file.
 */
public final class H2Restorer implements Restorer {
	private static final String SUFFIX = ".mv.db";

	private final H2Url url;
	private final boolean replace;

	private H2Restorer(H2Url url, boolean replace) {
		this.url = url;
		this.replace = replace;
	}

	public static H2Restorer into(H2Url url) {
		return new H2Restorer(url, false);
	}

	public static H2Restorer replacing(H2Url url) {
		return new H2Restorer(url, true);
	}

	@Override
	public String destination() {
		return url.redacted();
	}

	@Override
	public boolean accepts(String kind) {
		return "h2".equals(kind);
	}

	@Override
	public void restore(BackupFile backup, RestoreProgress progress) throws RestoreException {
		Path file = url.file().toAbsolutePath();
		if (!replace && Files.exists(file)) {
			throw new RestoreException("H2 file " + file + " exists already: restoring to another place needs a new file;"
					+ " nothing was touched");
		}
		String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
		Path fresh = Path.of(base + ".cadang-new-" + Instant.now().getEpochSecond() + SUFFIX);
		String freshBase = fresh.toString().substring(0, fresh.toString().length() - SUFFIX.length());
		Properties login = new Properties();
		login.setProperty("user", url.user());
		login.setProperty("password", url.password().orElse(""));
		try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + freshBase, login);
				InputStream data = backup.open(progress);
				Reader script = new InputStreamReader(data, StandardCharsets.UTF_8)) {
			RunScript.execute(connection, script);
			connection.createStatement().execute("SHUTDOWN");
		} catch (IOException | SQLException | RuntimeException e) {
			try {
				Files.deleteIfExists(fresh);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw new RestoreException("restoring backup #" + backup.id() + " into " + file + " failed, "
					+ (replace ? "the file was not touched" : "nothing was kept") + ": " + e.getMessage(), e);
		}
		try {
			Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new RestoreException("backup #" + backup.id() + " was restored into " + fresh + " but could not replace "
					+ file + " (" + e.getMessage() + "): is the application still running? move it by hand", e);
		}
	}

	@Override
	public Optional<SortedMap<String, Long>> countRows() {
		return Optional.empty();
	}

	@Override
	public void drop() throws RestoreException {
		try {
			Files.deleteIfExists(url.file());
		} catch (IOException e) {
			throw new RestoreException("cannot remove " + url.file() + ": " + e.getMessage(), e);
		}
	}
}
