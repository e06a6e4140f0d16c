package id.cadang.storage;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import id.cadang.ssh.Secrets;

/**
 * The AES-256 keys of encrypted targets, kept in Cadang's secrets under {@code key/<id>} as 32 bytes in
 * Base64 ({@code openssl rand -base64 32} makes one by hand). The id is what a manifest and an encrypted
 * file's header name; the key itself is never written beside a backup.
 */
public final class EncryptionKeys {
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final Secrets secrets;

	public EncryptionKeys(Secrets secrets) {
		this.secrets = Objects.requireNonNull(secrets, "secrets");
	}

	/** The secret name of key {@code id}: {@code key/<id>}. */
	public static String secretName(String id) {
		return "key/" + id;
	}

	/** Fails unless {@code id} is 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit. */
	public static String checkedId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("encryption key id '" + id + "' is not valid: use 1-64 letters, digits, '.', '-'"
					+ " or '_', such as nas-2026");
		}
		return id;
	}

	/** Key {@code id}, when it is in the secrets. */
	public Optional<SecretKey> find(String id) {
		return secrets.get(secretName(id)).map(value -> decode(id, value));
	}

	/** Key {@code id}; made (256 random bits) and stored when it does not exist yet. */
	public synchronized SecretKey getOrCreate(String id) {
		checkedId(id);
		Optional<SecretKey> existing = find(id);
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		secrets.put(secretName(id), Base64.getEncoder().encodeToString(key));
		return new SecretKeySpec(key, "AES");
	}

	private static SecretKey decode(String id, String value) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value.strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("secret " + secretName(id) + " is not Base64: store 32 random bytes in Base64"
					+ " (openssl rand -base64 32 | cadang secret set " + secretName(id) + ")", e);
		}
		if (key.length != 32) {
			throw new IllegalStateException("secret " + secretName(id) + " holds " + key.length + " bytes, an AES-256 key"
					+ " has 32: store 32 random bytes in Base64");
		}
		return new SecretKeySpec(key, "AES");
	}
}
