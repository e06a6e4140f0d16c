package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import id.cadang.storage.BackupManifest;
import id.cadang.storage.Manifests;

class ManifestsTest {
	private static final BackupManifest MANIFEST = new BackupManifest(1, "buleleng-simpeg-db-20261121-020000.dump.zst",
			"buleleng", "simpeg", "db", "postgresql", Map.of("tool", "pg_dump", "toolVersion", "15.8"), "zstd", 1234,
			56789, "a".repeat(64), "2026-11-20T18:00:00Z", "2026-11-20T18:01:00Z", 0, List.of("role x has no login"),
			"nas-2026");

	@TempDir
	Path temp;

	@Test
	void roundTripsWithRecordComponentNamesAsFields() throws Exception {
		Path path = temp.resolve("x.dump.zst.manifest.json");

		Manifests.write(path, MANIFEST);

		assertEquals(MANIFEST, Manifests.read(path));
		List<String> components = Arrays.stream(BackupManifest.class.getRecordComponents()).map(RecordComponent::getName)
				.toList();
		assertEquals(components,
				List.copyOf(JsonParser.parseString(Files.readString(path)).getAsJsonObject().keySet()));
		assertTrue(Files.readString(path).contains("\n  \"sha256\": "), "pretty-printed for a person to read");
		assertEquals(List.of(path), LocalFolderTargetTest.regularFiles(temp), "no .part left");
	}

	@Test
	void damagedManifestIsNamed() throws Exception {
		Path path = temp.resolve("bad.manifest.json");
		Files.writeString(path, "{\"format\": 1, \"file\": ");

		IOException e = assertThrows(IOException.class, () -> Manifests.read(path));

		assertTrue(e.getMessage().startsWith("manifest " + path + " is not valid JSON"), e.getMessage());
	}
}
