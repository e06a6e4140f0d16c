package id.cadang.notify.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import id.cadang.core.CadangException;
import id.cadang.notify.Secrets;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The SMTP server notifications are mailed through, from {@code $CADANG_HOME/cadang.properties}:
 *
 * <pre>
 * smtp.host=mail.bulelengkab.go.id
 * smtp.port=587                       # default 587 with STARTTLS, 465 with smtp.ssl, else 25
 * smtp.from=cadang@bulelengkab.go.id
 * smtp.user=cadang                    # optional: log in when given
 * smtp.password=...                   # TODO: Equinox secure storage (see Secrets)
 * smtp.starttls=true                  # require STARTTLS (default false)
 * smtp.ssl=false                      # SMTPS: TLS from the first byte (default false)
 * </pre>
 *
 * {@link #toString()} never shows the password.
 */
record SmtpSettings(String host, int port, String from, Optional<String> user, Optional<String> password,
		boolean starttls, boolean ssl) {

	static final String FILE = "cadang.properties";

	/** The configuration file of {@code home}. */
	static Path file(Path home) {
		return home.resolve(FILE);
	}

	/**
	 * The settings in {@code home}'s configuration file; empty when it has no {@code smtp.host}.
	 *
	 * @param secrets where the password comes from
	 *
	 * @throws CadangException naming the key to fix when a value is wrong
	 */
	static Optional<SmtpSettings> load(Path home, Secrets secrets) {
		Path file = file(home);
		Properties properties = read(file);
		String host = value(properties, "smtp.host");
		if (host == null) {
			return Optional.empty();
		}
		boolean ssl = flag(properties, "smtp.ssl", file);
		boolean starttls = flag(properties, "smtp.starttls", file);
		if (ssl && starttls) {
			throw new CadangException("smtp.ssl and smtp.starttls are both true in " + file
					+ ": choose one (smtp.ssl=true for port 465, smtp.starttls=true for port 587)");
		}
		int port = port(value(properties, "smtp.port"), ssl ? 465 : starttls ? 587 : 25, file);
		String from = value(properties, "smtp.from");
		if (from == null) {
			throw new CadangException("smtp.host is set but smtp.from is not in " + file
					+ ": add the sender address, e.g. smtp.from=cadang@example.go.id");
		}
		address(from, "smtp.from in " + file);
		Optional<String> user = Optional.ofNullable(value(properties, "smtp.user"));
		Optional<String> password = secrets.secret(Secrets.SMTP_PASSWORD);
		if (user.isPresent() && password.isEmpty()) {
			throw new CadangException("smtp.user is set but there is no smtp.password in " + file
					+ ": add it (or remove smtp.user when the server takes mail without a login)");
		}
		return Optional.of(new SmtpSettings(host, port, from, user, password, starttls, ssl));
	}

	/** Checks an e-mail address; {@code what} says where it came from. */
	static InternetAddress address(String text, String what) {
		try {
			InternetAddress address = new InternetAddress(text, true);
			if (address.getAddress() == null || !address.getAddress().contains("@")) {
				throw new AddressException("no @", text);
			}
			return address;
		} catch (AddressException e) {
			throw new CadangException("'" + text + "' (" + what + ") is not an e-mail address: write it as name@example.go.id");
		}
	}

	/** The configuration file's properties; empty when there is no file. */
	static Properties read(Path file) {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(in);
			} catch (IOException e) {
				throw new CadangException("cannot read " + file + ": " + e.getMessage());
			}
		}
		return properties;
	}

	private static String value(Properties properties, String key) {
		String value = properties.getProperty(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean flag(Properties properties, String key, Path file) {
		String value = value(properties, key);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "ya" -> true;
			case "false", "no", "tidak" -> false;
			default -> throw new CadangException(key + "=" + value + " in " + file + ": write true or false");
		};
	}

	private static int port(String value, int otherwise, Path file) {
		if (value == null) {
			return otherwise;
		}
		try {
			int port = Integer.parseInt(value);
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new CadangException("smtp.port=" + value + " in " + file + ": write a port number from 1 to 65535");
	}

	/** {@code user@host:port (STARTTLS)}, never the password. */
	@Override
	public String toString() {
		return user.map(u -> u + "@").orElse("") + host + ":" + port + (starttls ? " (STARTTLS)" : ssl ? " (SSL)" : "");
	}
}
