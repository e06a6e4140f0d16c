package id.cadang.core;

import java.util.List;
import java.util.Optional;

/**
 * The SOPs installed in this runtime. SOP plug-ins are bundles whose manifest header
 * {@value #HEADER} names one or more SOP documents (XMI, comma separated); they come and go while
 * the runtime runs.
 */
public interface SopRegistry {

	/** The manifest header an SOP plug-in carries. */
	String HEADER = "Cadang-Sop";

	/** Installed SOPs, by id. */
	List<InstalledSop> sops();

	Optional<InstalledSop> sop(String id);

	/** Plug-ins that could not be loaded, with the reason. */
	List<BrokenSop> broken();
}
