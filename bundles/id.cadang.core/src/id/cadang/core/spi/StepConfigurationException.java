package id.cadang.core.spi;

/** The SOP or the binding does not give a step what it needs; the message says which and how to fix it. */
public class StepConfigurationException extends Exception {
	private static final long serialVersionUID = 1L;

	public StepConfigurationException(String message) {
		super(message);
	}
}
