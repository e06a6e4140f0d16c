package id.cadang.storage;

import java.util.List;
import java.util.Map;

/**
 * What a finished source reports for the manifest.
 *
 * @param exitStatus the producer's exit status (0 when it succeeded)
 * @param facts      tool, toolVersion, serverVersion and other facts, in insertion order
 * @param warnings   things the admin should read that did not fail the backup
 */
public record SourceResult(int exitStatus, Map<String, String> facts, List<String> warnings) {
	public SourceResult {
		facts = Map.copyOf(facts);
		warnings = List.copyOf(warnings);
	}
}
