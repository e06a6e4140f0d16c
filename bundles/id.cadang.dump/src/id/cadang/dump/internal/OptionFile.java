package id.cadang.dump.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A MariaDB/MySQL option file ({@code [client] password="..."}) that only this user may read (mode
 * 0600, made so before a byte is written), for {@code --defaults-extra-file}: the password never
 * appears on a command line, where {@code ps} would show it. {@link #close()} deletes it.
 */
public final class OptionFile implements AutoCloseable {
	private final Path file;

	private OptionFile(Path file) {
		this.file = file;
	}

	/** Writes {@code password} into a new private option file. */
	public static OptionFile withPassword(String password) throws IOException {
		if (password.contains("\n") || password.contains("\r")) {
			throw new IOException("a MariaDB password with a line break cannot be passed safely: choose another password");
		}
		Path file = Files.createTempFile("cadang-my-", ".cnf",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(file, "[client]\npassword=\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
					StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		} catch (IOException e) {
			Files.deleteIfExists(file);
			throw e;
		}
		return new OptionFile(file);
	}

	/** {@code --defaults-extra-file=<file>}: it must be the first argument after the tool. */
	public String argument() {
		return "--defaults-extra-file=" + file;
	}

	public Path path() {
		return file;
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a temp folder that refuses deletion is cleaned by the system; the file is 0600
		}
	}
}
