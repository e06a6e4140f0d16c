package id.cadang.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Version;

/**
 * A jar of the plug-in folder as read at one moment: its content and its SHA-256. The framework installs
 * these very bytes, so what was checked is what runs even if the file changes meanwhile.
 *
 * @param file   the jar
 * @param stamp  its size and time when read
 * @param sha256 the content's SHA-256, hex
 * @param bytes  the content
 */
record PluginJar(Path file, FileStamp stamp, String sha256, byte[] bytes) {

	/** The bundle a jar's manifest names. */
	record Identity(String symbolicName, Version version) {
	}

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/**
	 * Reads {@code file}; empty when it changed while being read (still being copied): read it again later.
	 */
	static Optional<PluginJar> read(Path file) throws IOException {
		FileStamp before = FileStamp.of(file);
		byte[] bytes = Files.readAllBytes(file);
		FileStamp after = FileStamp.of(file);
		if (!before.equals(after) || bytes.length != after.size()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new PluginJar(file, after,
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-256", e);
		}
	}

	InputStream content() {
		return new ByteArrayInputStream(bytes);
	}

	/** The symbolic name and version its manifest gives; empty when it has none or they cannot be read. */
	Optional<Identity> identity() {
		try (JarInputStream in = new JarInputStream(content())) {
			Manifest manifest = in.getManifest();
			String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
			if (name == null || name.isBlank()) {
				return Optional.empty();
			}
			return Optional.of(new Identity(name.split(";")[0].strip(),
					Version.parseVersion(manifest.getMainAttributes().getValue("Bundle-Version"))));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * Why this file is no OSGi bundle at all, before the framework is asked: not a zip, no manifest, no
	 * {@code Bundle-SymbolicName}. Empty when it looks like a bundle; the framework checks the rest.
	 */
	Optional<String> notABundle() {
		if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(bytes, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0,
				ZIP_MAGIC.length)) {
			return Optional.of("not a jar (zip) file" + (bytes.length == 0 ? ": it is empty" : "")
					+ "; a plug-in is an OSGi bundle jar: build it with Tycho or bnd");
		}
		Manifest manifest;
		try (JarInputStream in = new JarInputStream(content())) {
			manifest = in.getManifest();
		} catch (IOException | RuntimeException e) {
			return Optional.of("a damaged jar (" + e.getMessage() + "); copy it again or rebuild it");
		}
		if (manifest == null) {
			return Optional.of("the jar has no META-INF/MANIFEST.MF (as its first entries); a plug-in needs an"
					+ " OSGi manifest with Bundle-SymbolicName and Bundle-Version");
		}
		String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
		if (name == null || name.isBlank()) {
			return Optional.of("its META-INF/MANIFEST.MF has no Bundle-SymbolicName, so it is no OSGi bundle;"
					+ " add Bundle-ManifestVersion: 2, Bundle-SymbolicName and Bundle-Version");
		}
		return Optional.empty();
	}
}
