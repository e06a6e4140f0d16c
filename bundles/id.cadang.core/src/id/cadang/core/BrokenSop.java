package id.cadang.core;

/**
 * An SOP plug-in that could not be loaded: it is reported, never run, and never breaks the rest.
 *
 * @param bundle   the bundle's symbolic name
 * @param version  its version
 * @param resource the SOP resource it names
 * @param reason   why it could not be loaded
 */
public record BrokenSop(String bundle, String version, String resource, String reason) {
}
