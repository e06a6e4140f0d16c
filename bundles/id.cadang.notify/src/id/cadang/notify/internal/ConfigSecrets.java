package id.cadang.notify.internal;

import java.nio.file.Path;
import java.util.Optional;

import id.cadang.notify.Secrets;

/**
 * The default {@link Secrets}: the value under the key in {@code $CADANG_HOME/cadang.properties}, in plain text.
 * TODO: replace with Equinox secure storage; a {@link Secrets} service registered by it takes precedence.
 */
final class ConfigSecrets implements Secrets {

	private final Path home;

	ConfigSecrets(Path home) {
		this.home = home;
	}

	@Override
	public Optional<String> secret(String key) {
		return Optional.ofNullable(SmtpSettings.read(SmtpSettings.file(home)).getProperty(key));
	}
}
