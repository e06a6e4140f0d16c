package id.cadang.notify;

import java.util.List;
import java.util.Optional;

import id.cadang.catalog.Notification;

/**
 * Tells the people holding a step's role what happened: a task opened for them, a step or run failed, a step
 * overran its time standard, or what a step waits for never appeared. Every notice is logged and stored in the
 * catalog (one per recipient); it is mailed when an SMTP server is configured in
 * {@code $CADANG_HOME/cadang.properties}. A mail that cannot be sent never fails the run: it stays PENDING and is
 * tried again with backoff, by this process or the next one.
 */
public interface Notifications {

	/** Stored notifications, newest first, at most {@code limit}; those of one run when {@code runId} is not null. */
	List<Notification> list(Long runId, int limit);

	/**
	 * Mails every PENDING notification whose next attempt is due now, then returns.
	 *
	 * @return how many were sent
	 */
	int deliverDue();

	/**
	 * Makes every PENDING and FAILED notification with an address due now (after the SMTP settings were fixed, or
	 * the server is back) and mails them.
	 *
	 * @return how many were sent
	 */
	int retryNow();

	/**
	 * Sends a test mail to {@code address} at once and stores it like any notification.
	 *
	 * @return the stored notification: SENT, or PENDING with the reason it could not be sent
	 * @throws id.cadang.core.CadangException when no SMTP server is configured, the settings are wrong, or the
	 *                                        address is not an e-mail address
	 */
	Notification sendTest(String address);

	/** The SMTP server in use, as {@code user@host:port (STARTTLS)} without the password; empty when none is configured. */
	Optional<String> smtpServer();
}
