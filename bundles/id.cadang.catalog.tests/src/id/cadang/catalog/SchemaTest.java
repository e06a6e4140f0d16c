package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.internal.Migration;
import id.cadang.catalog.internal.Migrations;

class SchemaTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	@Test
	void openCreatesTheDatabaseAndEveryTable() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			assertEquals(home.resolve("catalog/cadang.mv.db").toAbsolutePath(), catalog.file());
			assertTrue(Files.isRegularFile(catalog.file()), "no database file at " + catalog.file());
			assertEquals(List.of("alerts", "audit", "audit_head", "backups", "binding_slots", "bindings", "notifications", "reports",
					"restore_requests", "restore_services", "retention_overrides", "role_holders", "run_snapshots", "runs", "schedule_fires", "schedule_overrides",
					"schema_version", "step_records", "tasks", "users"), Sql.tables(home));
			List<List<String>> versions = Sql.query(home,
					"SELECT version, description, checksum FROM schema_version ORDER BY version");
			assertEquals(Migrations.ALL.size(), versions.size());
			assertEquals(List.of("1", "initial"), versions.get(0).subList(0, 2));
			assertEquals(List.of("2", "audit"), versions.get(1).subList(0, 2));
			assertEquals(List.of("3", "run snapshots"), versions.get(2).subList(0, 2));
			assertEquals(List.of("4", "audit chain"), versions.get(3).subList(0, 2));
			assertEquals(List.of("5", "tasks and roles"), versions.get(4).subList(0, 2));
			assertTrue(versions.stream().anyMatch(v -> v.subList(0, 2).equals(List.of("6", "schedules"))),
					versions::toString);
			assertTrue(versions.stream().anyMatch(v -> v.subList(0, 2).equals(List.of("7", "retention"))),
					versions::toString);
			assertTrue(versions.stream().anyMatch(v -> v.subList(0, 2).equals(List.of("9", "notifications"))),
					versions::toString);
			assertTrue(versions.stream().anyMatch(v -> v.subList(0, 2).equals(List.of("12", "reports"))),
					versions::toString);
			assertTrue(versions.stream().anyMatch(v -> v.subList(0, 2).equals(List.of("8", "restores"))),
					versions::toString);
			assertTrue(versions.get(0).get(2).matches("[0-9a-f]{64}"), versions.get(0).get(2));
		}
	}

	@Test
	void reopeningAppliesNothingAgainAndKeepsTheRows() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			catalog.saveBinding(new Binding("simpeg", "sop.lumajang", Map.of("database", "postgresql://db/simpeg"), T0));
		}
		List<List<String>> applied = Sql.query(home, "SELECT version, applied_at FROM schema_version ORDER BY 1");
		try (H2Catalog catalog = H2Catalog.open(home)) {
			assertEquals(applied, Sql.query(home, "SELECT version, applied_at FROM schema_version ORDER BY 1"));
			assertEquals("sop.lumajang", catalog.binding("simpeg").orElseThrow().sop());
		}
	}

	@Test
	void aVersion1CatalogIsUpgradedToVersion2AndKeepsItsRows() throws Exception {
		long backupId;
		try (H2Catalog old = H2Catalog.open(home, List.of(Migration.of(1, "initial")))) {
			old.saveBinding(new Binding("simpeg", "sop.lumajang", Map.of("database", "postgresql://db/simpeg"), T0));
			backupId = old.startBackup(new BackupStart(null, "sop.lumajang", "simpeg", "database", "postgresql",
					"postgresql://db/simpeg", "/nas/simpeg-20260302.sql.zst", T0));
		}
		assertFalse(Sql.tables(home).contains("audit"), "a version 1 catalog has no audit table");
		assertEquals(List.of(List.of("1")), Sql.query(home, "SELECT version FROM schema_version"));

		try (H2Catalog catalog = H2Catalog.open(home)) {
			assertEquals(allVersions(), Sql.query(home, "SELECT version FROM schema_version ORDER BY version"));
			assertEquals("postgresql://db/simpeg", catalog.binding("simpeg").orElseThrow().slots().get("database"));
			assertEquals(BackupStatus.RUNNING, catalog.backup(backupId).orElseThrow().status());
			long auditId = catalog.audit("admin", "binding.save", "simpeg", "upgraded");
			assertEquals(auditId, catalog.auditTrail("simpeg").get(0).id());
		}
	}

	@Test
	void aCatalogNewerThanThisCodeIsRefused() throws Exception {
		H2Catalog.open(home).close();
		Sql.execute(home, "INSERT INTO schema_version VALUES (999, 'from the future', CURRENT_TIMESTAMP, 'x')");

		CatalogException refused = assertThrows(CatalogException.class, () -> H2Catalog.open(home));
		assertTrue(refused.getMessage().startsWith("catalog schema version 999 is newer than this Cadang ("
				+ Migrations.ALL.get(Migrations.ALL.size() - 1).version() + "): upgrade Cadang"), refused.getMessage());
		List<List<String>> expected = new java.util.ArrayList<>(allVersions());
		expected.add(List.of("999"));
		assertEquals(expected, Sql.query(home, "SELECT version FROM schema_version ORDER BY version"),
				"the refused catalog is untouched");
	}

	@Test
	void aMigrationChangedAfterItWasAppliedIsRefused() throws Exception {
		H2Catalog.open(home, List.of(new Migration(1, "initial", "db/migration/V2__audit.sql"))).close();

		CatalogException refused = assertThrows(CatalogException.class, () -> H2Catalog.open(home));
		assertTrue(refused.getMessage().contains("migration V1 (initial) was changed after it was applied"),
				refused.getMessage());
	}

	@Test
	void aDamagedFileIsReportedWithItsPath() throws Exception {
		Path file = home.resolve("catalog/cadang.mv.db");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "this is not an H2 database, it is a note left by someone\n".repeat(200));

		CatalogException refused = assertThrows(CatalogException.class, () -> H2Catalog.open(home));
		assertTrue(refused.getMessage().startsWith("cannot open the catalog " + file.toAbsolutePath()),
				refused.getMessage());
	}

	@Test
	void aHomeThatIsAFileIsReported() throws Exception {
		Path notAFolder = home.resolve("cadang-home");
		Files.writeString(notAFolder, "x");

		CatalogException refused = assertThrows(CatalogException.class, () -> H2Catalog.open(notAFolder));
		assertTrue(refused.getMessage().startsWith("cannot create the catalog folder " + notAFolder.resolve("catalog")),
				refused.getMessage());
	}

	@Test
	void aClosedCatalogSaysSo() {
		H2Catalog catalog = H2Catalog.open(home);
		catalog.close();
		IllegalStateException closed = assertThrows(IllegalStateException.class, () -> catalog.bindings(null));
		assertTrue(closed.getMessage().contains("is closed"), closed.getMessage());
	}

	/** Every version this code migrates to, as the schema_version table lists them. */
	private static List<List<String>> allVersions() {
		return Migrations.ALL.stream().map(m -> List.of(Integer.toString(m.version()))).toList();
	}
}
