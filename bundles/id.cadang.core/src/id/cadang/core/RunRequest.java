package id.cadang.core;

import java.util.Optional;

/**
 * What to run.
 *
 * @param sop       the SOP id
 * @param procedure a procedure id, or empty for the SOP's only (or {@code backup}) procedure
 * @param binding   a binding name, or empty for the SOP's only binding
 */
public record RunRequest(String sop, Optional<String> procedure, Optional<String> binding) {

	public static RunRequest of(String sop) {
		return new RunRequest(sop, Optional.empty(), Optional.empty());
	}
}
