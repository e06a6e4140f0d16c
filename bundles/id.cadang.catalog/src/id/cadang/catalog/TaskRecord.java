package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A human step of a run, opened for its roles.
 *
 * @param activity the step's activity text, as in the SOP
 * @param sop      the run's SOP id
 * @param binding  the run's binding
 * @param formData the form's fields by name, in the order given; empty without a form
 */
public record TaskRecord(long id, long runId, long stepRecordId, String stepId, String stepNumber, String activity,
		String sop, String binding, TaskKind kind, List<String> roles, TaskStatus status, Instant openedAt,
		Instant dueAt, Instant doneAt, String doneBy, Answer answer, String note, String formId,
		Map<String, String> formData, String returnReason) {

	public Optional<Instant> due() {
		return Optional.ofNullable(dueAt);
	}
}
