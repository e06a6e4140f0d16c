package id.cadang.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How a task was done.
 *
 * @param answer   YES or NO for a decision, null otherwise
 * @param formData the whole form as saved, empty without a form
 */
public record TaskCompletion(String user, Instant at, Answer answer, String note, Map<String, String> formData) {
	public TaskCompletion {
		Objects.requireNonNull(user, "a task is done by someone");
		Objects.requireNonNull(at, "a task is done at some time");
		formData = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formData));
	}
}
