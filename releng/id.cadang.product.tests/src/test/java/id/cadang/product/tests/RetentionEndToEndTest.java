package id.cadang.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import id.cadang.testing.Processes;

/**
 * Buleleng's application backups kept as its SOP says, through {@code ./cadang} as an admin would: six back-dated
 * backups (files with their manifests, two this month, two in each of the last two months) lie on the NAS; the
 * reconciler finds them without rows and catalogues them again from their manifests; the retention plan keeps every
 * backup of this month and the newest of each past month and drops the two others; apply deletes exactly those (file
 * and manifest), the newest survives, the audit trail names each deletion and who did it; the reconciler then finds
 * a file removed by hand and a stray file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionEndToEndTest {
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	@TempDir
	static Path temp;

	private Cadang cadang;
	private Path nas;
	private Path folder;
	/** name -> started, oldest first */
	private final Map<String, ZonedDateTime> backups = new LinkedHashMap<>();
	private String newest;
	private List<String> dropped;

	@BeforeAll
	void bindAndPlaceBackups() throws Exception {
		cadang = new Cadang(Files.createDirectories(temp.resolve("home")));
		nas = Files.createDirectories(temp.resolve("nas"));
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		ok(cadang.run("bind", "buleleng", "db=postgresql://backup@127.0.0.1:5432/simpeg", "app=" + app,
				"target=" + nas, "--name", "simpeg"));
		ok(cadang.run("users", "add", "budi", "--full-name", "Budi Santoso"));

		ZonedDateTime now = ZonedDateTime.now(JAKARTA).truncatedTo(ChronoUnit.SECONDS);
		ZonedDateTime monthStart = YearMonth.from(now).atDay(1).atStartOfDay(JAKARTA);
		Duration intoMonth = Duration.between(monthStart, now);
		ZonedDateTime twoBack = monthStart.minusMonths(2);
		ZonedDateTime oneBack = monthStart.minusMonths(1);
		List<ZonedDateTime> times = List.of(twoBack.plusDays(2).plusHours(2), twoBack.plusDays(24).plusHours(2),
				oneBack.plusDays(4).plusHours(2), oneBack.plusDays(19).plusHours(2),
				monthStart.plusSeconds(intoMonth.toSeconds() / 3), monthStart.plusSeconds(intoMonth.toSeconds() / 2));
		folder = Files.createDirectories(nas.resolve("buleleng/simpeg/app"));
		for (ZonedDateTime t : times) {
			String name = "buleleng-simpeg-app-" + STAMP.format(t) + ".tar.zst";
			place(name, "simpeg", t.toInstant(), "aplikasi SIMPEG " + t + "\n");
			backups.put(name, t);
		}
		List<String> names = List.copyOf(backups.keySet());
		newest = names.get(5);
		dropped = List.of(names.get(0), names.get(2));
	}

	/** A backup as Cadang writes it: zstd frames and the manifest beside them, back-dated. */
	private void place(String name, String binding, Instant started, String content) throws Exception {
		Path source = temp.resolve(name + ".src");
		Files.writeString(source, content.repeat(500));
		Path file = folder.resolve(name);
		Processes.check(Duration.ofSeconds(30), "zstd", "-q", "-3", "--check", "-o", file.toString(), source.toString());
		byte[] bytes = Files.readAllBytes(file);
		JsonObject manifest = new JsonObject();
		manifest.addProperty("format", 1);
		manifest.addProperty("file", name);
		manifest.addProperty("sop", "buleleng");
		manifest.addProperty("binding", binding);
		manifest.addProperty("slot", "app");
		manifest.addProperty("sourceKind", "folder");
		manifest.add("facts", new JsonObject());
		manifest.addProperty("compression", "zstd");
		manifest.addProperty("size", bytes.length);
		manifest.addProperty("sourceSize", Files.size(source));
		manifest.addProperty("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		manifest.addProperty("started", started.toString());
		manifest.addProperty("finished", started.plusSeconds(40).toString());
		manifest.addProperty("exitStatus", 0);
		manifest.add("warnings", new JsonArray());
		Files.writeString(folder.resolve(name + ".manifest.json"), manifest.toString(), StandardCharsets.UTF_8);
		Files.delete(source);
	}

	private static Cadang.Result ok(Cadang.Result result) {
		assertEquals(0, result.exit(), result.toString());
		return result;
	}

	private static JsonArray array(Cadang.Result result) {
		return JsonParser.parseString(result.out()).getAsJsonArray();
	}

	private static JsonObject object(Cadang.Result result) {
		return JsonParser.parseString(result.out()).getAsJsonObject();
	}

	private static String name(JsonObject backup) {
		String path = backup.get("path").getAsString();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Test
	@Order(1)
	void theReconcilerFindsTheFilesWithoutRowsAndCataloguesThemFromTheirManifests() throws Exception {
		Cadang.Result found = cadang.run("reconcile", "simpeg", "--json");
		assertEquals(1, found.exit(), found.toString());
		JsonObject report = array(found).get(0).getAsJsonObject();
		assertEquals(List.of(nas.toString()), report.getAsJsonArray("targets").asList().stream()
				.map(JsonElement::getAsString).toList());
		assertEquals(backups.keySet().stream().map(n -> "FILE_WITHOUT_ROW " + folder.resolve(n)).sorted().toList(),
				report.getAsJsonArray("findings").asList().stream().map(JsonElement::getAsJsonObject)
						.map(f -> f.get("kind").getAsString() + " " + f.get("location").getAsString()).sorted().toList());

		Cadang.Result rebuilt = ok(cadang.run("reconcile", "simpeg", "--rebuild"));
		assertTrue(rebuilt.out().contains("dicatat kembali dari manifestnya"), rebuilt.toString());
		assertTrue(rebuilt.out().contains("katalog dan tujuan sepakat"), rebuilt.toString());

		JsonArray rows = array(ok(cadang.run("backups", "--source", "simpeg", "--json")));
		assertEquals(6, rows.size());
		for (JsonElement row : rows) {
			JsonObject b = row.getAsJsonObject();
			assertEquals("GOOD", b.get("status").getAsString());
			assertEquals(backups.get(name(b)).toInstant(), Instant.parse(b.get("started").getAsString()),
					"the time comes from the manifest");
		}
	}

	@Test
	@Order(2)
	void thePlanShowsEveryBackupWithTheRuleThatKeepsOrDropsItAndDeletesNothing() throws Exception {
		JsonObject plan = object(ok(cadang.run("retention", "plan", "simpeg", "--json")));
		assertEquals("sop:aplikasi-bulanan", plan.getAsJsonObject("policies").getAsJsonObject("app").get("origin")
				.getAsString());
		Map<String, String> rules = plan.getAsJsonArray("backups").asList().stream().map(JsonElement::getAsJsonObject)
				.collect(Collectors.toMap(RetentionEndToEndTest::name,
						b -> b.get("decision").getAsString() + " " + b.get("rule").getAsString()));
		List<String> names = List.copyOf(backups.keySet());
		assertEquals(Map.of(names.get(0), "DELETE NOT_KEPT", names.get(1), "KEEP PAST_MONTH", names.get(2),
				"DELETE NOT_KEPT", names.get(3), "KEEP PAST_MONTH", names.get(4), "KEEP CURRENT_MONTH", newest,
				"KEEP NEWEST_GOOD"), rules);

		Cadang.Result text = ok(cadang.run("retention", "plan", "simpeg"));
		assertTrue(text.out().contains("HAPUS") && text.out().contains("tidak ada aturan yang menyimpannya")
				&& text.out().contains("terbaru pada bulan yang lalu"), text.toString());
		assertTrue(text.out().contains("4 disimpan, 2 akan dihapus untuk binding simpeg"), text.toString());
		for (String name : names) {
			assertTrue(Files.exists(folder.resolve(name)), "planning deleted nothing: " + name);
		}
	}

	@Test
	@Order(3)
	void applyDeletesWhatThePlanDropsAndTheAuditTrailNamesEachDeletion() throws Exception {
		Cadang.Result applied = ok(cadang.run("retention", "apply", "simpeg", "--as", "budi"));
		assertTrue(applied.out().contains("2 backup binding simpeg dihapus, 4 disimpan"), applied.toString());

		for (String name : backups.keySet()) {
			boolean gone = dropped.contains(name);
			assertEquals(!gone, Files.exists(folder.resolve(name)), name);
			assertEquals(!gone, Files.exists(folder.resolve(name + ".manifest.json")), name + " manifest");
		}
		assertTrue(Files.exists(folder.resolve(newest)), "the newest good backup survives");
		Map<String, String> status = array(ok(cadang.run("backups", "--source", "simpeg", "--json"))).asList().stream()
				.map(JsonElement::getAsJsonObject).collect(Collectors.toMap(RetentionEndToEndTest::name,
						b -> b.get("status").getAsString()));
		assertEquals(dropped.stream().sorted().toList(), status.entrySet().stream()
				.filter(e -> e.getValue().equals("DELETED")).map(Map.Entry::getKey).sorted().toList());

		List<JsonObject> deletions = array(ok(cadang.run("retention", "log", "simpeg", "--json"))).asList().stream()
				.map(JsonElement::getAsJsonObject).filter(e -> e.get("action").getAsString().equals("backup.delete"))
				.toList();
		assertEquals(2, deletions.size(), deletions.toString());
		for (JsonObject e : deletions) {
			assertEquals("budi", e.get("actor").getAsString());
			assertTrue(dropped.stream().anyMatch(n -> e.get("detail").getAsString().contains(n)), e.toString());
		}
		ok(cadang.run("audit", "verify"));

		JsonObject again = object(ok(cadang.run("retention", "apply", "simpeg", "--json")));
		assertEquals(0, again.getAsJsonArray("deleted").size(), "nothing more to delete");
	}

	@Test
	@Order(4)
	void theReconcilerFindsAFileRemovedByHandAndAStrayFile() throws Exception {
		List<String> names = List.copyOf(backups.keySet());
		Files.delete(folder.resolve(names.get(1)));
		place("buleleng-simpeg-app-20200101-020000.tar.zst", "simpeg", Instant.parse("2019-12-31T19:00:00Z"),
				"from another Cadang\n");
		Files.writeString(folder.resolve("catatan.txt"), "copied here by hand\n");

		Cadang.Result result = cadang.run("reconcile", "--json");
		assertEquals(1, result.exit(), result.toString());
		List<String> findings = array(result).get(0).getAsJsonObject().getAsJsonArray("findings").asList().stream()
				.map(JsonElement::getAsJsonObject)
				.map(f -> f.get("kind").getAsString() + " " + f.get("location").getAsString().replace(folder + "/", ""))
				.sorted().toList();
		assertEquals(List.of("FILE_WITHOUT_MANIFEST catatan.txt",
				"FILE_WITHOUT_ROW buleleng-simpeg-app-20200101-020000.tar.zst",
				"MANIFEST_WITHOUT_FILE " + names.get(1) + ".manifest.json", "ROW_WITHOUT_FILE " + names.get(1)), findings);

		Cadang.Result text = cadang.run("reconcile", "simpeg");
		assertTrue(text.out().contains("baris tanpa file") && text.out().contains("file tanpa baris"), text.toString());
	}

	@Test
	@Order(5)
	void aBindingsOwnPolicyReplacesTheSopsAndBadInputIsNamed() throws Exception {
		ok(cadang.run("retention", "set", "simpeg", "slot=app", "kind=gfs", "keep-last=1", "--as", "budi"));
		JsonObject plan = object(ok(cadang.run("retention", "plan", "simpeg", "--json")));
		assertEquals("binding:simpeg/app", plan.getAsJsonObject("policies").getAsJsonObject("app").get("origin")
				.getAsString());
		assertEquals(1, plan.getAsJsonArray("backups").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(b -> b.get("decision").getAsString().equals("KEEP")).count(), plan.toString());
		ok(cadang.run("retention", "reset", "simpeg", "slot=app"));
		assertEquals("sop:aplikasi-bulanan", object(ok(cadang.run("retention", "plan", "simpeg", "--json")))
				.getAsJsonObject("policies").getAsJsonObject("app").get("origin").getAsString());

		Cadang.Result badCount = cadang.run("retention", "set", "simpeg", "daily=tujuh");
		assertEquals(2, badCount.exit(), badCount.toString());
		assertTrue(badCount.err().contains("daily=tujuh"), badCount.toString());
		Cadang.Result unknown = cadang.run("retention", "plan", "sipd");
		assertEquals(1, unknown.exit(), unknown.toString());
		assertTrue(unknown.err().contains("tidak ada binding 'sipd'"), unknown.toString());
		assertFalse(ok(cadang.run("retention", "--help")).out().isBlank());
	}
}
