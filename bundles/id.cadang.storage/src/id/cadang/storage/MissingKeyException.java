package id.cadang.storage;

import java.io.IOException;

/** An encrypted backup whose key is not in Cadang's secrets: unreadable until the key is stored again. */
public final class MissingKeyException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String keyId;

	public MissingKeyException(String keyId, String where) {
		super(where + " is encrypted with key '" + keyId + "', which is not in Cadang's secure storage: store it again"
				+ " (cadang secret set " + EncryptionKeys.secretName(keyId) + ", the Base64 text from your key copy); until"
				+ " then the backup is UNREADABLE");
		this.keyId = keyId;
	}

	public String keyId() {
		return keyId;
	}
}
