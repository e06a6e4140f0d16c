package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored notification for one recipient: what it said, and whether it was mailed.
 *
 * @param attempts      how many times mailing it was tried
 * @param nextAttemptAt when a PENDING one is tried next
 * @param lastError     why the last attempt failed, why it was given up, or why it was only logged
 */
public record Notification(long id, Instant created, String kind, Long runId, Long taskId, String sop,
		String binding, String stepNumber, List<String> roles, String user, String address, String subject,
		String body, NotificationState state, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {

	public Notification {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	public Optional<String> error() {
		return Optional.ofNullable(lastError);
	}
}
