package id.cadang.report.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.cadang.model.SopDocument;
import id.cadang.report.SopOutline;
import id.cadang.report.SopOutlineText;

class SopOutlineTest {

	private static final Map<String, String> ENGLISH = Map.of("field.number", "Number", "field.title", "Title",
			"field.approver", "Approved by", "field.legalBases", "Legal basis", "col.number", "NO", "col.activity",
			"ACTIVITY", "col.action", "ACTION", "action.human", "human task", "flow.yes", "yes", "flow.no", "no");

	@Test
	void showPrintsHeaderAndStepTableOfLumajang() {
		String text = print(Models.lumajang());
		List<String> lines = text.lines().toList();
		assertAll(
				() -> assertTrue(lines.contains("Number: 427.53/4/2.02/2021"), text),
				() -> assertTrue(lines.contains("Title: SOP Backup Server"), text),
				() -> assertTrue(text.contains("Approved by: YOGA PRATOMO, S.STP, NIP 19780910 199802 1 001, Kepala Dinas"), text),
				() -> assertTrue(lines.contains("  2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"), text),
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("NO") && l.contains("ACTIVITY") && l.contains("ACTION")), text),
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("5 ") && l.contains("yes 6, no 3")), "decision row: " + text),
				() -> assertTrue(lines.stream().noneMatch(l -> l.startsWith("4 ")), "no step 4: " + text),
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("1 ") && l.contains("10 menit") && l.contains("Admin Server")), text));
		// a long activity wraps within its column: every word is there, in order
		String activity = "Backup dijalankan sesuai dengan konfigurasi yang telah dijadwalkan dan atau dijalankan secara manual oleh admin";
		assertTrue(text.replaceAll("\\s+", " ").contains(activity.substring(0, 40)), text);
		assertTrue(lines.stream().allMatch(l -> l.length() < 200), "no line runs off: " + text);
	}

	@Test
	void showNamesTheActionOfAutomatedStepsAndHumanTasks() throws Exception {
		String text = print(Models.buleleng());
		List<String> lines = text.lines().toList();
		assertAll(
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("2 ") && l.contains("database-dump")), text),
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("3 ") && l.contains("folder-archive")), text),
				() -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("4 ") && l.contains("human task")
						&& l.contains("Staf IT, Kasi")), text),
				() -> assertTrue(text.contains("SOP Akses Aplikasi"), "related SOPs: " + text));
	}

	@Test
	@SuppressWarnings("unchecked")
	void mapHoldsTheSameDataForJson() {
		Map<String, Object> map = SopOutline.of(Models.lumajang()).toMap();
		assertEquals("427.53/4/2.02/2021", map.get("number"));
		assertEquals("19780910 199802 1 001", ((Map<String, Object>) map.get("approver")).get("nip"));
		List<Map<String, Object>> procedures = (List<Map<String, Object>>) map.get("procedures");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) procedures.get(0).get("steps");
		assertEquals(List.of("1", "2", "3", "5", "6"), steps.stream().map(s -> s.get("number")).toList());
		Map<String, Object> decision = steps.get(3);
		assertAll(
				() -> assertEquals("DECISION", decision.get("shape")),
				() -> assertEquals("6", decision.get("yes")),
				() -> assertEquals("3", decision.get("no")),
				() -> assertEquals("3", steps.get(1).get("next")),
				() -> assertEquals("PT10M", ((Map<String, Object>) steps.get(0).get("time")).get("duration")),
				() -> assertEquals(List.of("Admin Server"), steps.get(0).get("roles")));
	}

	private static String print(SopDocument sop) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		new SopOutlineText(key -> ENGLISH.getOrDefault(key, key)).print(SopOutline.of(sop), out);
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
