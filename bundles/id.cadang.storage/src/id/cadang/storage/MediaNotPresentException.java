package id.cadang.storage;

/**
 * The removable medium a target names is not there: not plugged in, or plugged in but not mounted. A real
 * answer, not a fault: the SOP's decision "is the storage medium available?" takes it as no.
 */
public final class MediaNotPresentException extends TargetException {
	private static final long serialVersionUID = 1L;

	public MediaNotPresentException(String message) {
		super(message);
	}
}
