package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingsTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;
	H2Catalog catalog;

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	@Test
	void aBindingComesBackWithItsSlotsInTheOrderGiven() {
		Map<String, String> slots = new LinkedHashMap<>();
		slots.put("target", "/mnt/nas/backup");
		slots.put("database", "postgresql://10.0.0.5/simpeg");
		slots.put("archive", "/var/www/simpeg/uploads");
		slots.put("second", "sftp://backup@10.0.0.9/srv");
		catalog.saveBinding(new Binding("simpeg", "sop.lumajang", slots, T0));

		Binding read = catalog.binding("simpeg").orElseThrow();
		assertEquals(List.of("target", "database", "archive", "second"), List.copyOf(read.slots().keySet()));
		assertEquals(slots, read.slots());
		assertEquals("sop.lumajang", read.sop());
		assertEquals(T0, read.created());
		assertEquals(Optional.empty(), catalog.binding("sikd"));
	}

	@Test
	void savingAgainReplacesSopAndSlotsButKeepsWhenItWasFirstSaved() {
		catalog.saveBinding(new Binding("simpeg", "sop.lumajang",
				Map.of("database", "postgresql://old/simpeg", "folder", "/var/www"), T0));
		Map<String, String> slots = new LinkedHashMap<>();
		slots.put("target", "/mnt/nas2");
		slots.put("database", "postgresql://new/simpeg");
		catalog.saveBinding(new Binding("simpeg", "sop.kudus", slots, T0.plusSeconds(3600)));

		Binding read = catalog.binding("simpeg").orElseThrow();
		assertEquals("sop.kudus", read.sop());
		assertEquals(slots, read.slots());
		assertEquals(List.of("target", "database"), List.copyOf(read.slots().keySet()));
		assertEquals(T0, read.created());
		assertEquals(1, catalog.bindings(null).size());
	}

	@Test
	void bindingsAreListedByNameAllOrOfOneSop() {
		catalog.saveBinding(new Binding("sikd", "sop.lumajang", Map.of(), T0));
		catalog.saveBinding(new Binding("eoffice", "sop.kudus", Map.of("folder", "/srv/eoffice"), T0));
		catalog.saveBinding(new Binding("arsip", "sop.lumajang", Map.of(), T0));

		assertEquals(List.of("arsip", "eoffice", "sikd"), catalog.bindings(null).stream().map(Binding::name).toList());
		assertEquals(List.of("arsip", "sikd"),
				catalog.bindings("sop.lumajang").stream().map(Binding::name).toList());
		assertEquals(Map.of("folder", "/srv/eoffice"), catalog.bindings("sop.kudus").get(0).slots());
		assertEquals(List.of(), catalog.bindings("sop.buleleng"));
	}

	@Test
	void aBindingWithoutSopIsRefused() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> catalog.saveBinding(new Binding("simpeg", " ", Map.of(), T0)));
		assertTrue(refused.getMessage().contains("simpeg"), refused.getMessage());
		assertEquals(List.of(), catalog.bindings(null));
	}
}
