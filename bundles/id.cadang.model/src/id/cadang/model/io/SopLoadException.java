package id.cadang.model.io;

/**
 * An SOP document could not be read: the file is missing, is not well-formed XML, does not
 * follow the SOP model, or its root is not a {@code SopDocument}. The message names the file and,
 * where the parser knows it, the line and column.
 */
public final class SopLoadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SopLoadException(String message) {
		super(message);
	}

	public SopLoadException(String message, Throwable cause) {
		super(message, cause);
	}
}
