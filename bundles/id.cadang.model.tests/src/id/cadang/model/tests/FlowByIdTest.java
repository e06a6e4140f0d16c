package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.io.SopLoadException;
import id.cadang.model.io.SopResources;
import id.cadang.model.util.Steps;

/** A plug-in author writes next=, yes= and no= with step ids, as in Lumajang's loop back to step 3. */
class FlowByIdTest {

	private static final String LUMAJANG_SHAPE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<sop:SopDocument xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sop="https://cadang.id/model/sop/1.0" id="uji">
			  <procedures id="backup">
			    <steps id="jadwal" number="1" shape="START"/>
			    <steps id="jalankan" number="2"/>
			    <steps id="cek-nas" number="3"/>
			    <steps id="ada-dump" number="5" shape="DECISION" yes="salin" no="%s"/>
			    <steps id="salin" number="6"/>
			    <steps id="arsip" number="8" shape="END"/>
			  </procedures>
			</sop:SopDocument>
			""";

	@Test
	void stepsReferencedByIdLoadAndTheLoopValidates() {
		SopDocument sop = load(LUMAJANG_SHAPE.formatted("cek-nas"));
		Procedure backup = sop.getProcedures().get(0);
		Step decision = backup.getSteps().get(3);

		assertSame(backup.getSteps().get(2), decision.getNo(), "no= names step 3 by its id");
		assertSame(backup.getSteps().get(4), decision.getYes());
		assertEquals(List.of(), SopResources.validate(sop));
		assertEquals(backup.getSteps(), Steps.reachable(backup));
		assertEquals(List.of(backup.getSteps().get(4), backup.getSteps().get(2)), Steps.successors(decision));
	}

	@Test
	void aBranchToAnUnknownIdFailsTheLoadWithItsLine() {
		SopLoadException e = assertThrows(SopLoadException.class, () -> load(LUMAJANG_SHAPE.formatted("cek-nass")));

		assertTrue(e.getMessage().contains("cek-nass"), e.getMessage());
		assertTrue(e.getMessage().contains("line 7"), e.getMessage());
	}

	private static SopDocument load(String xml) {
		return SopResources.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "uji.sop");
	}
}
