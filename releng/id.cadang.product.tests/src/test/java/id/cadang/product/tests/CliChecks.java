package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What the SOP end-to-end tests look at through {@code ./cadang} again and again. */
final class CliChecks {

	private CliChecks() {
	}

	/** The command succeeded (exit 0); else the test fails with its output. */
	static Cadang.Result ok(Cadang.Result result) {
		assertEquals(0, result.exit(), result::toString);
		return result;
	}

	/** The task run {@code runId} waits on, as {@code cadang tasks --json} lists it. */
	static JsonObject openTask(Cadang cadang, long runId) throws Exception {
		Cadang.Result tasks = ok(cadang.run("tasks", "--json"));
		return JsonParser.parseString(tasks.out()).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
				.filter(t -> t.get("run").getAsLong() == runId).findFirst()
				.orElseThrow(() -> new AssertionError("run " + runId + " has no open task: " + tasks));
	}

	/** {@code cadang backups --json}, newest first. */
	static List<JsonObject> backups(Cadang cadang) throws Exception {
		return JsonParser.parseString(ok(cadang.run("backups", "--json")).out()).getAsJsonArray().asList().stream()
				.map(JsonElement::getAsJsonObject).toList();
	}
}
