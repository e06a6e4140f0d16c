package id.cadang.core;

import java.util.List;

import id.cadang.model.SopDocument;

/**
 * An SOP contributed by a plug-in bundle.
 *
 * @param id            the SOP id, e.g. {@code buleleng}
 * @param document      the loaded model
 * @param bundle        the contributing bundle's symbolic name
 * @param bundleVersion its version
 * @param problems      validation problems; an SOP with problems is listed but never run
 */
public record InstalledSop(String id, SopDocument document, String bundle, String bundleVersion,
		List<String> problems) {

	public InstalledSop {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return problems.isEmpty();
	}
}
