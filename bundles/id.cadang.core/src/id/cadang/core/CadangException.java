package id.cadang.core;

/** A user-facing failure: the message says what is wrong and what to do about it, in one line. */
public class CadangException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CadangException(String message) {
		super(message);
	}

	public CadangException(String message, Throwable cause) {
		super(message, cause);
	}
}
