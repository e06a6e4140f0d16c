package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task as it opens.
 *
 * @param roles        the role ids that may do it
 * @param dueAt        when it must be done by its time standard, or null
 * @param formId       the step's form, or null
 * @param formData     the form as filled so far in this run (carried from an earlier step), empty otherwise
 * @param returnReason why it was opened again when a later step sent it back, or null
 */
public record TaskOpen(long runId, long stepRecordId, String stepId, String stepNumber, TaskKind kind,
		List<String> roles, Instant openedAt, Instant dueAt, String formId, Map<String, String> formData,
		String returnReason) {
	public TaskOpen {
		Objects.requireNonNull(stepId, "a task needs its step id");
		Objects.requireNonNull(kind, "a task needs its kind");
		Objects.requireNonNull(openedAt, "a task needs its opening time");
		roles = List.copyOf(roles);
		formData = Map.copyOf(formData);
	}
}
