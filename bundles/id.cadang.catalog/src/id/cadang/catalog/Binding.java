package id.cadang.catalog;

import java.time.Instant;
import java.util.Map;

/**
 * An SOP bound to this site's things: slot name to value (a database URL, a folder, a target).
 *
 * @param name    unique binding name, e.g. {@code simpeg}
 * @param sop     the SOP id
 * @param slots   slot to value, in a stable order
 * @param created when it was first saved
 */
public record Binding(String name, String sop, Map<String, String> slots, Instant created) {
	public Binding {
		slots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
	}
}
