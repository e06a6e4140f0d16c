package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.internal.Migrations;

/** The console and the service share one catalog: AUTO_SERVER lets a second handle or process in. */
class SharedCatalogTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	private Path base() {
		return home.toAbsolutePath().normalize().resolve("catalog").resolve("cadang");
	}

	@Test
	void twoCatalogsOnOneHomeSeeEachOthersWrites() {
		try (H2Catalog console = H2Catalog.open(home); H2Catalog service = H2Catalog.open(home)) {
			console.saveBinding(new Binding("simpeg", "sop.lumajang", Map.of("database", "postgresql://db/simpeg"), T0));
			long id = service.startBackup(new BackupStart(null, "sop.lumajang", "simpeg", "database", "postgresql",
					"postgresql://db/simpeg", "/mnt/nas/simpeg.sql.zst", T0));

			assertEquals("sop.lumajang", service.binding("simpeg").orElseThrow().sop());
			assertEquals(BackupStatus.RUNNING, console.backup(id).orElseThrow().status());
			service.close();
			assertEquals(List.of(id), console.backups(BackupQuery.all()).stream().map(BackupRecord::id).toList(),
					"closing one handle leaves the other working");
		}
	}

	@Test
	void anotherProcessReadsAndWritesTheCatalogThisProcessServes() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			catalog.saveBinding(new Binding("simpeg", "sop.lumajang", Map.of(), T0));
			try (H2Shell other = H2Shell.start(H2Catalog.url(base()))) {
				assertTrue(other.sql("SELECT sop FROM bindings WHERE name = 'simpeg'").contains("sop.lumajang"));
				other.sql("INSERT INTO bindings (name, sop, created) VALUES ('sikd', 'sop.kudus', CURRENT_TIMESTAMP)");
			}
			assertEquals("sop.kudus", catalog.binding("sikd").orElseThrow().sop());
		}
	}

	@Test
	void thisProcessOpensACatalogThatAnotherProcessServes() throws Exception {
		try (H2Shell other = H2Shell.start(H2Catalog.url(base()))) {
			try (H2Catalog catalog = H2Catalog.open(home)) {
				catalog.saveBinding(new Binding("simpeg", "sop.lumajang", Map.of("database", "pg"), T0));
				assertTrue(other.sql("SELECT slot_value FROM binding_slots WHERE binding = 'simpeg'").contains("pg"));
				assertTrue(other.sql("SELECT COUNT(*) FROM schema_version")
						.contains(String.valueOf(Migrations.ALL.size())),
						"the migrations ran through the other process's server");
			}
		}
	}

	@Test
	void aCatalogHeldWithoutAutoServerIsReportedWithItsPath() throws Exception {
		try (H2Shell holder = H2Shell.start("jdbc:h2:file:" + base())) {
			CatalogException refused = assertThrows(CatalogException.class, () -> H2Catalog.open(home));
			assertTrue(refused.getMessage().startsWith("cannot open the catalog " + base() + ".mv.db"),
					refused.getMessage());
		}
	}
}
