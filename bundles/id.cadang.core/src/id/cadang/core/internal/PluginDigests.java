package id.cadang.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The SHA-256 of the content each plug-in jar was installed from, by file name, kept in the framework's data
 * area: at the next start a jar still holding that content is adopted, a changed one is updated.
 *
 * @param file where they are kept; empty when the framework has no data area
 */
record PluginDigests(Optional<Path> file) {

	Map<String, String> load() {
		Map<String, String> digests = new TreeMap<>();
		if (file.isEmpty()) {
			return digests;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file.get())) {
			properties.load(in);
		} catch (NoSuchFileException e) {
			return digests;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file.get() + " (" + e.getMessage()
					+ "); every plug-in jar will be installed again from its file", e);
		}
		properties.stringPropertyNames().forEach(name -> digests.put(name, properties.getProperty(name)));
		return digests;
	}

	/** Writes {@code digests} beside the file and renames it over, so no half-written file is ever read. */
	void save(Map<String, String> digests) {
		if (file.isEmpty()) {
			return;
		}
		Path target = file.get();
		Path part = target.resolveSibling(target.getFileName() + ".part");
		Properties properties = new Properties();
		properties.putAll(digests);
		try {
			Files.createDirectories(target.getParent());
			try (OutputStream out = Files.newOutputStream(part)) {
				properties.store(out, "SHA-256 of each plug-in jar as installed, by file name");
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}
}
