package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.model.io.SopLoadException;
import id.cadang.model.io.SopResources;

class LoadErrorsTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<sop:SopDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sop=\"https://cadang.id/model/sop/1.0\" id=\"x\">\n";

	@Test
	void malformedXmlNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("rusak.sop");
		Files.writeString(file, HEAD + "  <roles id=\"kasi\" name=\"Kasi\">\n" + "</sop:SopDocument>\n");

		SopLoadException e = assertThrows(SopLoadException.class, () -> SopResources.load(file.toUri().toURL()));

		assertTrue(e.getMessage().contains("rusak.sop"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4"), e.getMessage());
	}

	@Test
	void anUnknownElementNamesItsLine() {
		String xml = HEAD + "  <roles id=\"kasi\" name=\"Kasi\"/>\n" + "  <langkah id=\"1\"/>\n" + "</sop:SopDocument>\n";

		SopLoadException e = assertThrows(SopLoadException.class, () -> load(xml, "unknown-feature.sop"));

		assertTrue(e.getMessage().contains("unknown-feature.sop"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4"), e.getMessage());
		assertTrue(e.getMessage().contains("langkah"), e.getMessage());
	}

	@Test
	void aPerformerThatIsNoRoleIsReported() {
		String xml = HEAD + "  <procedures id=\"p\">\n" + "    <steps id=\"s\" number=\"1\" performers=\"direktur\"/>\n"
				+ "  </procedures>\n" + "</sop:SopDocument>\n";

		SopLoadException e = assertThrows(SopLoadException.class, () -> load(xml, "role.sop"));

		assertTrue(e.getMessage().contains("direktur"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4"), e.getMessage());
	}

	@Test
	void aRootThatIsNoSopDocumentIsRefused() {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<sop:Role xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sop=\"https://cadang.id/model/sop/1.0\" id=\"kasi\"/>\n";

		SopLoadException e = assertThrows(SopLoadException.class, () -> load(xml, "role-only.sop"));

		assertTrue(e.getMessage().contains("role-only.sop"), e.getMessage());
		assertTrue(e.getMessage().contains("sop:Role"), e.getMessage());
	}

	@Test
	void aMissingFileNamesThePath(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("tidak-ada.sop");

		SopLoadException e = assertThrows(SopLoadException.class, () -> SopResources.load(file.toUri().toURL()));

		assertTrue(e.getMessage().contains("tidak-ada.sop"), e.getMessage());
	}

	private static void load(String xml, String name) {
		SopResources.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
	}
}
