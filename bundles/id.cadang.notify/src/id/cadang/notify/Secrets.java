package id.cadang.notify;

import java.util.Optional;

/**
 * Where secrets such as the SMTP password come from. Registered as an OSGi service, an implementation replaces the
 * default, which reads {@code smtp.password} from {@code $CADANG_HOME/cadang.properties}.
 * <p>
 * TODO: Equinox secure storage (org.eclipse.equinox.security) is to provide this service, so the password no longer
 * stands in plain text in the configuration file.
 */
public interface Secrets {

	/** The key the SMTP password is kept under. */
	String SMTP_PASSWORD = "smtp.password";

	/** The secret stored under {@code key}, or empty. */
	Optional<String> secret(String key);
}
