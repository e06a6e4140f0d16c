package id.cadang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import id.cadang.model.Definition;
import id.cadang.model.FieldType;
import id.cadang.model.Form;
import id.cadang.model.FormField;
import id.cadang.model.FormKind;
import id.cadang.model.RetentionKind;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.io.SopResources;

class RoundTripTest {

	@Test
	void savedAndLoadedAgainIsTheSameDocument() throws Exception {
		SopDocument original = BulelengSop.load();
		Resource home = original.eResource();

		String xml = saved(original);
		SopDocument reloaded = SopResources.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "round-trip.sop");

		assertTrue(EcoreUtil.equals(original, reloaded), "every attribute, containment and reference survives a save and a load");
		assertSame(home, original.eResource(), "saving leaves the document in its own resource");
		assertTrue(xml.contains("performers=\"staf-it kasi\""), "roles are referenced by id:\n" + xml);
		assertTrue(xml.contains("procedure=\"backup\""), "a schedule names its procedure by id:\n" + xml);
		assertTrue(xml.contains("xmlns:sop=\"https://cadang.id/model/sop/1.0\""), xml);
		assertEquals(SopResources.validate(original), SopResources.validate(reloaded));
	}

	@Test
	void formsSchedulesRetentionAndNamingSurviveARoundTrip() throws Exception {
		SopDocument original = BulelengSop.load();
		SopFactory make = SopFactory.eINSTANCE;
		original.setRevision("02");
		original.setPurpose("Menjamin data dapat dipulihkan");
		Definition definition = make.createDefinition();
		definition.setTerm("Backup eksternal");
		definition.setMeaning("cadangan di media di luar server");
		original.getDefinitions().add(definition);
		Form form = make.createForm();
		form.setId("formulir-backup");
		form.setTitle("Formulir Pelaksanaan Back Up");
		form.setKind(FormKind.CHECKLIST);
		FormField result = make.createFormField();
		result.setName("hasil");
		result.setType(FieldType.CHOICE);
		result.setRequired(false);
		result.getChoices().addAll(List.of("Berhasil", "Gagal"));
		form.getFields().add(result);
		original.getForms().add(form);
		original.getProcedures().get(0).getSteps().get(3).setForm(form);

		String xml = saved(original);
		SopDocument reloaded = SopResources.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "round-trip.sop");

		assertTrue(EcoreUtil.equals(original, reloaded), xml);
		assertEquals(List.of(), SopResources.validate(reloaded));
		assertTrue(xml.contains("form=\"formulir-backup\""), "a step names its form by id:\n" + xml);
		assertEquals("02", reloaded.getRevision());
		assertEquals("Backup eksternal", reloaded.getDefinitions().get(0).getTerm());
		Form form2 = reloaded.getForms().get(0);
		assertSame(form2, reloaded.getProcedures().get(0).getSteps().get(3).getForm());
		assertEquals(FormKind.CHECKLIST, form2.getKind());
		assertEquals(FieldType.CHOICE, form2.getFields().get(0).getType());
		assertEquals(false, form2.getFields().get(0).isRequired());
		assertEquals(List.of("Berhasil", "Gagal"), form2.getFields().get(0).getChoices());
		assertEquals("0 2 * * 1,3,5", reloaded.getSchedules().get(1).getCron());
		assertSame(reloaded.getProcedures().get(0), reloaded.getSchedules().get(1).getProcedure());
		assertEquals(List.of("app"), reloaded.getSchedules().get(1).getSlots());
		assertEquals(RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE, reloaded.getRetentionRules().get(0).getKind());
		assertEquals(7, reloaded.getRetentionRules().get(1).getDaily());
		assertEquals("{sop}-{binding}-{slot}-{date:yyyyMMdd-HHmmss}.{ext}", reloaded.getNamingRule().getPattern());
	}

	private static String saved(SopDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(document, out);
		return out.toString(StandardCharsets.UTF_8);
	}
}
