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

	/**
	 * Jars in the plug-in folder ({@code $CADANG_HOME/plugins/}) that cannot be used, each with its file name
	 * and the reason: not a jar, a broken manifest, an import nobody exports, an SOP that fails to load or
	 * validate. Sorted by file name; empty when there is no such jar, or no plug-in folder is watched.
	 */
	/**
	 * Waits until the drop-in plug-in folder has been read once, at most {@code timeout}: a command that
	 * starts, lists and ends then sees every jar that lies there. Returns at once when there is no folder.
	 */
	default boolean awaitPlugins(java.time.Duration timeout) throws InterruptedException {
		return true;
	}

	default List<PluginProblem> pluginProblems() {
		return List.of();
	}
}
