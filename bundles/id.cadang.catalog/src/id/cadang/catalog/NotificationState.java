package id.cadang.catalog;

/** Where a stored notification stands. */
public enum NotificationState {
	/** To be mailed; tried again from its next attempt time on. */
	PENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Given up: the server refused the address, or every attempt failed; the last error says why. */
	FAILED,
	/** Recorded and logged, not mailed: no SMTP server is configured, or there is no address to mail to. */
	LOGGED
}
