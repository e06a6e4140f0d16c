package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report revisions: a returned report keeps its revision beside the new one; an accepted one is immutable. */
class ReportsTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	private static ReportDraft draft(long runId, String text, Instant at) {
		return new ReportDraft("minutes", "run:" + runId, runId, "iainptk", "siakad", "berita-acara-run-" + runId + ".pdf",
				text.getBytes(StandardCharsets.UTF_8), "sha-" + text, at, "budi");
	}

	@Test
	void aReturnedReportKeepsItsRevisionAndTheAcceptedOneCannotChange() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			long run = catalog.startRun("iainptk", "backup", "siakad", T0);
			ReportRecord first = catalog.saveReport(draft(run, "revisi satu", T0));
			assertEquals(1, first.revision());
			assertEquals(ReportStatus.DRAFT, first.status());
			assertTrue(catalog.decideReport(first.id(), ReportStatus.RETURNED, "sari", T0.plusSeconds(60),
					"Tanggal salah", null));
			assertFalse(catalog.decideReport(first.id(), ReportStatus.ACCEPTED, "sari", T0.plusSeconds(61), null, "/x"),
					"a returned revision is not a draft any more");

			ReportRecord second = catalog.saveReport(draft(run, "revisi dua", T0.plusSeconds(120)));
			assertEquals(2, second.revision());
			assertTrue(catalog.decideReport(second.id(), ReportStatus.ACCEPTED, "sari", T0.plusSeconds(180), null,
					"/nas/iainptk/siakad/reports/berita-acara.pdf"));

			List<ReportRecord> all = catalog.reports("minutes", "run:" + run);
			assertEquals(List.of(1, 2), all.stream().map(ReportRecord::revision).toList());
			assertEquals(List.of(ReportStatus.RETURNED, ReportStatus.ACCEPTED), all.stream().map(ReportRecord::status).toList());
			assertEquals("Tanggal salah", all.get(0).note());
			assertArrayEquals("revisi satu".getBytes(StandardCharsets.UTF_8), catalog.reportContent(first.id()),
					"the earlier revision's bytes are kept");
			assertEquals("/nas/iainptk/siakad/reports/berita-acara.pdf", catalog.report(second.id()).orElseThrow()
					.archived().orElseThrow());

			IllegalStateException refused = assertThrows(IllegalStateException.class,
					() -> catalog.saveReport(draft(run, "revisi tiga", T0.plusSeconds(240))));
			assertTrue(refused.getMessage().contains("was accepted"), refused.getMessage());
			assertFalse(catalog.decideReport(second.id(), ReportStatus.RETURNED, "sari", T0.plusSeconds(300), "x", null),
					"an accepted report is not sent back");
		}
	}

	@Test
	void onlyTheLatestRevisionIsDecidedOn() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			long run = catalog.startRun("iainptk", "backup", "siakad", T0);
			ReportRecord first = catalog.saveReport(draft(run, "a", T0));
			catalog.saveReport(draft(run, "b", T0.plusSeconds(1)));
			IllegalStateException refused = assertThrows(IllegalStateException.class, () -> catalog
					.decideReport(first.id(), ReportStatus.ACCEPTED, "sari", T0.plusSeconds(2), null, "/x"));
			assertTrue(refused.getMessage().contains("revision 2"), refused.getMessage());
		}
	}
}
