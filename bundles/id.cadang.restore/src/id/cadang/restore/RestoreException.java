package id.cadang.restore;

import java.io.IOException;

/** A restore failed or was refused; the message says what happened to the data and what to do. */
public class RestoreException extends IOException {
	private static final long serialVersionUID = 1L;

	public RestoreException(String message) {
		super(message);
	}

	public RestoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
