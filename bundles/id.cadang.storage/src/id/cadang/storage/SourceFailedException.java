package id.cadang.storage;

import java.io.IOException;

/** The producer of a backup stream failed; the message names the cause and the fix. */
public class SourceFailedException extends IOException {
	private static final long serialVersionUID = 1L;

	public SourceFailedException(String message) {
		super(message);
	}

	public SourceFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
