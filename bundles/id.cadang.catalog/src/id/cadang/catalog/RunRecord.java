package id.cadang.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * A run of a procedure.
 *
 * @param currentStep the id of the step it stands at (the one running, or waiting on a task), null before the
 *                    first and after the last
 * @param leaseOwner  the process executing it ({@code host:pid:start}), null when none holds it
 * @param leaseUntil  until when that process holds it unless it renews the lease
 */
public record RunRecord(long id, String sop, String procedure, String binding, RunStatus status, Instant started,
		Instant finished, String error, String currentStep, String leaseOwner, Instant leaseUntil) {

	public Optional<String> current() {
		return Optional.ofNullable(currentStep);
	}
}
