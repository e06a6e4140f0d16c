package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.internal.Migration;

/** A run keeps the SOP model it started with, across reopening the catalog and across an upgraded schema. */
class RunSnapshotTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	/** Bigger than a page and with bytes beyond ASCII, so a truncating or re-encoding column would show. */
	private static byte[] xmi(String title) {
		StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sop:SopDocument title=\""
				+ title + "\">\n");
		for (int i = 0; i < 2000; i++) {
			text.append("  <steps number=\"").append(i).append("\" activity=\"Memeriksa hasil dump — langkah ")
					.append(i).append("\"/>\n");
		}
		return text.append("</sop:SopDocument>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void theSnapshotComesBackByteForByteWithItsVersionAfterReopening() {
		byte[] first = xmi("SOP Pencadangan Data");
		byte[] second = xmi("SOP Pencadangan Data (revisi 1)");
		long older;
		long newer;
		try (H2Catalog catalog = H2Catalog.open(home)) {
			older = catalog.startRun("uji", "backup", "simpeg", T0);
			catalog.saveRunSnapshot(older, "1.0.0", first);
			newer = catalog.startRun("uji", "backup", "simpeg", T0.plusSeconds(60));
			catalog.saveRunSnapshot(newer, "1.0.1", second);
		}
		try (H2Catalog catalog = H2Catalog.open(home)) {
			RunSnapshot a = catalog.runSnapshot(older).orElseThrow();
			RunSnapshot b = catalog.runSnapshot(newer).orElseThrow();
			assertEquals("1.0.0", a.sopVersion());
			assertArrayEquals(first, a.xmi());
			assertEquals("1.0.1", b.sopVersion());
			assertArrayEquals(second, b.xmi());
		}
	}

	@Test
	void aRunKeepsTheSnapshotItStartedWith() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			long run = catalog.startRun("uji", "backup", "simpeg", T0);
			catalog.saveRunSnapshot(run, "1.0.0", xmi("lama"));

			IllegalStateException refused = assertThrows(IllegalStateException.class,
					() -> catalog.saveRunSnapshot(run, "1.0.1", xmi("baru")));
			assertTrue(refused.getMessage().contains("run " + run + " already has its SOP snapshot"),
					refused.getMessage());
			assertEquals("1.0.0", catalog.runSnapshot(run).orElseThrow().sopVersion());
		}
	}

	@Test
	void noSnapshotForAnUnknownRunOrARunRecordedBeforeVersion3() {
		long run;
		try (H2Catalog old = H2Catalog.open(home, List.of(Migration.of(1, "initial"), Migration.of(2, "audit")))) {
			run = old.startRun("uji", "backup", "simpeg", T0);
		}
		try (H2Catalog catalog = H2Catalog.open(home)) {
			assertTrue(catalog.runSnapshot(run).isEmpty(), "a run from before snapshots has none");
			assertTrue(catalog.runSnapshot(run + 1000).isEmpty());
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> catalog.saveRunSnapshot(run + 1000, "1.0.0", xmi("x")));
			assertTrue(refused.getMessage().contains("there is no run " + (run + 1000)), refused.getMessage());
		}
	}
}
