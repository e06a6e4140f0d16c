package id.cadang.ssh;

import java.util.List;
import java.util.Optional;

/**
 * Where Cadang keeps secrets such as key passphrases, by key ({@code ssh/passphrase/backup@db1}).
 * A secret is never logged and never written to a plain file; an implementation over Equinox secure
 * storage ({@link SecureStorageSecrets}) is the one to ship, {@link InMemorySecrets} is for tests and for one-shot use.
 */
public interface Secrets {

	/** The secret stored under {@code key}, or empty. */
	Optional<String> get(String key);

	/** Stores {@code value} under {@code key}, replacing an older one. */
	void put(String key, String value);

	/** The keys of every secret held, sorted; never the values. */
	List<String> names();
}
