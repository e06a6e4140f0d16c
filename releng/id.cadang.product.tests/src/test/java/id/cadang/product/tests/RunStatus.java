package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What {@code cadang run-status <run>} shows a user of a finished run, as JSON and as the table: every step with its
 * state, who did it, how long it took and its time standard.
 */
record RunStatus(JsonObject json, String text) {

	static RunStatus of(Cadang cadang, long runId) throws Exception {
		Cadang.Result json = cadang.run("run-status", String.valueOf(runId), "--json");
		assertEquals(0, json.exit(), json::toString);
		Cadang.Result text = cadang.run("run-status", String.valueOf(runId));
		assertEquals(0, text.exit(), text::toString);
		return new RunStatus(JsonParser.parseString(json.out()).getAsJsonObject(), text.out());
	}

	String status() {
		return json.get("status").getAsString();
	}

	List<JsonObject> steps() {
		return json.getAsJsonArray("steps").asList().stream().map(JsonElement::getAsJsonObject).toList();
	}

	List<String> numbers() {
		return steps().stream().map(s -> s.get("number").getAsString()).toList();
	}

	List<String> actors() {
		return steps().stream().map(s -> s.get("actor").getAsString()).toList();
	}

	/**
	 * The run SUCCEEDED (SELESAI), and every step, in JSON and in the table, is finished with who did it, its duration
	 * and, where the SOP gives one, its time standard ("MUTU BAKU") beside it.
	 */
	RunStatus assertSucceededWithWhoAndTime() {
		assertEquals("SUCCEEDED", status(), json::toString);
		assertTrue(text.contains("status SELESAI"), text);
		assertTrue(text.contains("OLEH") && text.contains("DURASI") && text.contains("MUTU BAKU"), text);
		List<String> rows = text.lines().filter(l -> l.matches("\\s*\\d+\\s.*")).toList();
		assertEquals(steps().size(), rows.size(), "one table row per step\n" + text);
		for (int i = 0; i < rows.size(); i++) {
			JsonObject step = steps().get(i);
			String row = rows.get(i);
			assertFalse(step.get("actor").isJsonNull(), "who did step " + step + "\n" + text);
			assertFalse(step.get("elapsedMillis").isJsonNull(), "how long step " + step + " took");
			assertTrue(row.strip().startsWith(step.get("number").getAsString() + " "), row);
			assertTrue(row.contains(" " + step.get("actor").getAsString() + " "), "the row names who: " + row);
			assertTrue(row.matches(".*\\d+(\\.\\d s| m \\d\\d s| h \\d\\d m).*"), "the row shows a duration: " + row);
			if (!step.get("standardMillis").isJsonNull()) {
				long hours = step.get("standardMillis").getAsLong() / 3_600_000;
				long minutes = step.get("standardMillis").getAsLong() / 60_000 % 60;
				String standard = hours > 0 ? String.format("%d h %02d m", hours, minutes)
						: String.format("%d m 00 s", minutes);
				assertTrue(row.contains(standard), "the row shows the standard " + standard + ": " + row);
			}
		}
		return this;
	}
}
