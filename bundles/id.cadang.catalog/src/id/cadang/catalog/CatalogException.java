package id.cadang.catalog;

/** The catalog could not be opened, upgraded, read or written; the message says why. */
public class CatalogException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CatalogException(String message, Throwable cause) {
		super(message, cause);
	}
}
