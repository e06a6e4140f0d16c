package id.cadang.storage;

import java.util.Objects;

import javax.crypto.SecretKey;

/**
 * How a target encrypts at rest: AES-256-GCM in chunks with key {@code keyId} (see {@link EncryptionKeys}).
 * {@link #toString()} names the key id only.
 */
public record Encryption(String keyId, SecretKey key) {

	public Encryption {
		EncryptionKeys.checkedId(keyId);
		Objects.requireNonNull(key, "key");
	}

	@Override
	public String toString() {
		return "AES-256-GCM key " + keyId;
	}
}
