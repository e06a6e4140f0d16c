package id.cadang.catalog;

import java.nio.file.Path;

/** Where Cadang keeps its state: {@code cadang.home} property, then {@code $CADANG_HOME}, then {@code ~/.cadang}. */
public final class CadangHome {
	private CadangHome() {
	}

	public static Path resolve(String property) {
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath();
		}
		String env = System.getenv("CADANG_HOME");
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".cadang");
	}
}
