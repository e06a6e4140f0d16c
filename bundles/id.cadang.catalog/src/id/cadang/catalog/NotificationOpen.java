package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notification to store, for one recipient.
 *
 * @param kind    what happened, e.g. {@code TASK_OPENED}, {@code STEP_FAILED}, {@code RUN_FAILED}, {@code DEVIATION},
 *                {@code ALERT}, {@code TEST}
 * @param runId   the run it is about, or null
 * @param taskId  the task it is about, or null
 * @param roles   the role ids of the people told
 * @param user    the recipient user, or null when no one holds the role
 * @param address the e-mail address, or null when it is not mailed
 * @param state   {@link NotificationState#PENDING} to mail it, {@link NotificationState#LOGGED} otherwise
 * @param reason  why it is only logged, or null
 */
public record NotificationOpen(Instant created, String kind, Long runId, Long taskId, String sop, String binding,
		String stepNumber, List<String> roles, String user, String address, String subject, String body,
		NotificationState state, String reason) {

	public NotificationOpen {
		Objects.requireNonNull(created, "created");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(state, "state");
		roles = roles == null ? List.of() : List.copyOf(roles);
		if (state == NotificationState.PENDING && address == null) {
			throw new IllegalArgumentException("a notification to be mailed needs an address");
		}
	}
}
