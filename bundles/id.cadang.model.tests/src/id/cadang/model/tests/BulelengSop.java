package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import id.cadang.model.SopDocument;
import id.cadang.model.io.SopResources;

/** The Buleleng SOP plug-in's document, read from the source tree beside this test module. */
final class BulelengSop {

	private BulelengSop() {
	}

	static Path path() {
		// tycho-surefire runs in the test module's folder
		Path file = Path.of(System.getProperty("user.dir")).resolve("../id.cadang.sop.buleleng/sop/buleleng.sop").normalize();
		assertTrue(Files.isRegularFile(file), "Buleleng SOP not found at " + file + " (user.dir " + System.getProperty("user.dir") + ")");
		return file;
	}

	static SopDocument load() throws Exception {
		return SopResources.load(path().toUri().toURL());
	}
}
