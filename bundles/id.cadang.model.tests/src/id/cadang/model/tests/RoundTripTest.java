package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import id.cadang.model.SopDocument;
import id.cadang.model.io.SopResources;

class RoundTripTest {

	@Test
	void savedAndLoadedAgainIsTheSameDocument() throws Exception {
		SopDocument original = BulelengSop.load();
		Resource home = original.eResource();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(original, out);
		SopDocument reloaded = SopResources.load(new ByteArrayInputStream(out.toByteArray()), "round-trip.sop");

		assertTrue(EcoreUtil.equals(original, reloaded), "every attribute, containment and reference survives a save and a load");
		assertSame(home, original.eResource(), "saving leaves the document in its own resource");
		String xml = out.toString(StandardCharsets.UTF_8);
		assertTrue(xml.contains("performers=\"staf-it kasi\""), "roles are referenced by id:\n" + xml);
		assertTrue(xml.contains("xmlns:sop=\"https://cadang.id/model/sop/1.0\""), xml);
		assertEquals(SopResources.validate(original), SopResources.validate(reloaded));
	}
}
