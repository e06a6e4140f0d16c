package id.cadang.retention;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What retention would do to one binding's backups, before anything is deleted.
 *
 * @param binding   the binding name
 * @param now       the time it was planned for
 * @param zone      the SOP's time zone
 * @param policies  the policy of each slot, in the SOP's order
 * @param decisions one per backup that is not deleted yet, newest first
 */
public record RetentionPlan(String binding, Instant now, ZoneId zone, Map<String, RetentionPolicy> policies,
		List<Decision> decisions) {

	public List<Decision> deletions() {
		return decisions.stream().filter(d -> !d.keep()).toList();
	}
}
