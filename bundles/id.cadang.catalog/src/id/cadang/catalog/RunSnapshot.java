package id.cadang.catalog;

/**
 * The SOP model a run started with.
 *
 * @param runId      the run
 * @param sopVersion the version of the plug-in bundle that carried the SOP, e.g. {@code 1.0.1}
 * @param xmi        the SOP document as XMI (UTF-8), as {@code SopResources.save} wrote it
 */
public record RunSnapshot(long runId, String sopVersion, byte[] xmi) {
}
