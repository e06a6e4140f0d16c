package id.cadang.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;

/** Plug-in jars built in the test, and dropped into a folder the way a careful copy does it. */
final class PluginJars {

	private PluginJars() {
	}

	/** The manifest headers of an SOP plug-in carrying {@code sop/<sopId>.sop}. */
	static Map<String, String> sopHeaders(String symbolicName, String version, String sopId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Bundle-ManifestVersion", "2");
		headers.put("Bundle-SymbolicName", symbolicName);
		headers.put("Bundle-Version", version);
		headers.put(SopRegistry.HEADER, "sop/" + sopId + ".sop");
		return headers;
	}

	/** A good SOP plug-in: one SOP, {@code sopId}, titled {@code title}. */
	static byte[] sopPlugin(String symbolicName, String version, String sopId, String title) {
		return jar(sopHeaders(symbolicName, version, sopId), Map.of("sop/" + sopId + ".sop", sop(sopId, title)));
	}

	static byte[] sop(String id, String title) {
		SopDocument document = TestSops.document(id);
		document.setTitle(title);
		TestSops.step(document, "1", StepShape.START, null, "PT15M");
		TestSops.step(document, "2", StepShape.END, null, null);
		return xmi(document);
	}

	static byte[] xmi(SopDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(document, out);
		return out.toByteArray();
	}

	static byte[] jar(Map<String, String> headers, Map<String, byte[]> entries) {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach(main::putValue);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Writes {@code name.part} and renames it to {@code name}, replacing what was there. */
	static Path drop(Path folder, String name, byte[] content) throws IOException {
		Path part = folder.resolve(name + ".part");
		Files.write(part, content);
		return Files.move(part, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	/** As {@link #drop}, dated a minute ago: a jar that is certainly no longer being copied. */
	static Path dropSettled(Path folder, String name, byte[] content) throws IOException {
		Path file = drop(folder, name, content);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
		return file;
	}
}
