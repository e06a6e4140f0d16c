package id.cadang.core;

import java.nio.file.Path;

/**
 * A jar in the plug-in folder ({@code $CADANG_HOME/plugins/}) that could not be used: it is reported, and
 * everything else keeps working.
 *
 * @param file   the jar
 * @param reason why it cannot be used, naming what to fix
 */
public record PluginProblem(Path file, String reason) {

	/** The jar's file name, as the person who dropped it knows it. */
	public String fileName() {
		return file.getFileName().toString();
	}

	@Override
	public String toString() {
		return fileName() + ": " + reason;
	}
}
