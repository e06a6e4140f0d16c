package id.cadang.storage;

import java.io.IOException;

/** The target cannot take the backup (missing, read-only, full); the message names the fix. */
public class TargetException extends IOException {
	private static final long serialVersionUID = 1L;

	public TargetException(String message) {
		super(message);
	}

	public TargetException(String message, Throwable cause) {
		super(message, cause);
	}
}
