package id.cadang.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RestoreRequest;
import id.cadang.catalog.RestoreStatus;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.User;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.PostgresSource;
import id.cadang.dump.Tools;
import id.cadang.testing.PostgresServer;

/**
 * Trenggalek's restore procedure through {@link RestoreFlow} against a throwaway PostgreSQL and a web service on
 * loopback that the binding stops and starts: request, approval, verified backup, safety backup, stop, restore,
 * start, row counts, confirmation; a damaged backup refused before the stop; a failure mid-restore that starts the
 * service again and a roll-back to the safety backup.
 */
class RestoreFlowTest {
	@TempDir
	static Path temp;
	private static PostgresServer server;
	private static H2Catalog catalog;
	private static RestoreFlow flow;

	@BeforeAll
	static void start() {
		server = PostgresServer.start();
		catalog = H2Catalog.open(temp.resolve("home"));
		flow = new RestoreFlow(catalog, temp.resolve("home"));
		for (String user : List.of("ani", "budi")) {
			catalog.saveUser(new User(user, user, null, null, Instant.now()));
		}
		catalog.grantRole(new RoleGrant("ani", "trenggalek", "", "unit-kerja"));
		catalog.grantRole(new RoleGrant("budi", "trenggalek", "", "staf-infrastruktur"));
	}

	@AfterAll
	static void stop() {
		if (catalog != null) {
			catalog.close();
		}
		if (server != null) {
			server.close();
		}
	}

	/** A bound database with a backup of 3 rows, then damaged to 1 row, with its web service running. */
	private static WebService setUp(String name) throws Exception {
		server.createDatabase(name);
		server.psql(name, "create table pegawai(id int primary key, nama text); insert into pegawai values (1, 'Ani'), (2, 'Budi'), (3, 'Citra')");
		Path target = Files.createDirectories(temp.resolve("nas"));
		catalog.saveBinding(new Binding(name, "trenggalek", Map.of("db", server.url(name), "target", target.toString()), Instant.now()));
		Stored.backup(catalog, target, "trenggalek", name, "db", new PostgresSource(DatabaseUrl.parse(server.url(name)), Tools.system()));
		server.psql(name, "delete from pegawai where id > 1; update pegawai set nama = 'rusak'");
		WebService web = new WebService(temp.resolve("web-" + name));
		catalog.saveServiceControl(web.control(name));
		web.start();
		assertTrue(web.up(), "the web service runs before the restore");
		return web;
	}

	private static long approved(String binding) {
		RestoreRequest request = flow.request("ani", binding, "db", "SIMPEG", "tabel pegawai", "data pegawai terhapus", null, null);
		assertEquals(RestoreStatus.REQUESTED, request.status());
		return flow.approve(request.id(), "budi").id();
	}

	@Test
	void aRequestGoesThroughApprovalARestoreWithTheServiceStoppedAndTheRequestersConfirmation() throws Exception {
		try (WebService web = setUp("simpeg")) {
			long id = approved("simpeg");
			List<Boolean> upWhileRestoring = new ArrayList<>();
			List<String> steps = Collections.synchronizedList(new ArrayList<>());
			RestoreListener listener = new RestoreListener() {
				@Override
				public void step(String line) {
					steps.add(line);
					if (line.startsWith("restoring backup")) {
						upWhileRestoring.add(web.up());
					}
				}

				@Override
				public void progress(long read, long total, double rate, Optional<Duration> left) {
				}
			};

			RestoreRequest ended = flow.run(id, "budi", RestoreFlow.RunOptions.defaults(), listener);

			assertEquals(RestoreStatus.RESTORED, ended.status(), ended.outcome());
			assertEquals(List.of(false), upWhileRestoring, "the service was down during the restore");
			assertTrue(web.up(), "and up after it");
			assertEquals("1\tAni\n2\tBudi\n3\tCitra", server.psql("simpeg", "copy (select * from pegawai order by id) to stdout").strip());
			BackupRecord safety = catalog.backup(ended.safetyBackupId()).orElseThrow();
			assertEquals(BackupStatus.GOOD, safety.status());
			assertTrue(steps.stream().anyMatch(s -> s.startsWith("3 tables") || s.contains("rows, as the manifest recorded")), steps.toString());

			assertThrows(IllegalArgumentException.class, () -> flow.confirm(id, "budi"), "only the requester confirms");
			assertEquals(RestoreStatus.CONFIRMED, flow.confirm(id, "ani").status());
			List<String> actions = catalog.auditTrail("restore:" + id).stream().map(AuditEntry::action).toList().reversed();
			assertEquals(List.of("restore.request", "restore.approve", "restore.run", "restore.backup.chosen",
					"restore.backup.verified", "restore.safety", "restore.service.stopped", "restore.restore.start",
					"restore.restore.done", "restore.rows", "restore.service.started", "restore.restored", "restore.confirm"), actions);
		}
	}

	@Test
	void aBackupChangedByOneByteIsRefusedBeforeTheServiceIsStopped() throws Exception {
		try (WebService web = setUp("sipd")) {
			long id = approved("sipd");
			BackupRecord latest = catalog.backups(new id.cadang.catalog.BackupQuery(null, "sipd", BackupStatus.GOOD)).get(0);
			Stored.flipByte(Path.of(latest.path()));

			RestoreRequest ended = flow.run(id, "budi", RestoreFlow.RunOptions.defaults(), RestoreListener.NONE);

			assertEquals(RestoreStatus.FAILED, ended.status());
			assertTrue(ended.outcome().contains("refused, nothing was touched"), ended.outcome());
			assertTrue(ended.outcome().contains("sha256"), ended.outcome());
			assertFalse(web.stopCommandRan(), "the stop command never ran");
			assertTrue(web.up());
			assertEquals("1\trusak", server.psql("sipd", "copy pegawai to stdout").strip());
		}
	}

	@Test
	void aFailureInTheMiddleStartsTheServiceAgainAndTheSafetyBackupRollsBack() throws Exception {
		try (WebService web = setUp("sakip")) {
			long id = approved("sakip");
			BackupRecord latest = catalog.backups(new id.cadang.catalog.BackupQuery(null, "sakip", BackupStatus.GOOD)).get(0);
			List<String> alerts = new ArrayList<>();
			RestoreListener breaking = new RestoreListener() {
				@Override
				public void step(String line) {
					if (line.startsWith("restoring backup")) {
						try {
							Stored.flipByte(Path.of(latest.path()));
						} catch (java.io.IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					}
				}

				@Override
				public void alert(String line) {
					alerts.add(line);
				}

				@Override
				public void progress(long read, long total, double rate, Optional<Duration> left) {
				}
			};

			RestoreRequest failed = flow.run(id, "budi", RestoreFlow.RunOptions.defaults(), breaking);

			assertEquals(RestoreStatus.FAILED, failed.status());
			assertTrue(web.stopCommandRan(), "the service was stopped");
			assertTrue(web.up(), "and is running again");
			assertTrue(failed.outcome().contains("the service was started again"), failed.outcome());
			assertNotNull(failed.safetyBackupId());
			assertTrue(failed.outcome().contains("--backup " + failed.safetyBackupId()), failed.outcome());
			assertEquals(1, alerts.size(), "the admin was told: " + alerts);

			server.psql("sakip", "insert into pegawai values (9, 'ditulis setelah kegagalan')");
			RestoreRequest rolledBack = flow.run(id, "budi", new RestoreFlow.RunOptions(Optional.of(failed.safetyBackupId()),
					Optional.empty(), false), RestoreListener.NONE);

			assertEquals(RestoreStatus.RESTORED, rolledBack.status(), rolledBack.outcome());
			assertEquals("1\trusak", server.psql("sakip", "copy pegawai to stdout").strip(), "the state from before the restore");
			assertTrue(web.up());
		}
	}

	@Test
	void aReturnedRequestSaysWhyAndCannotRun() throws Exception {
		server.createDatabase("eoffice");
		catalog.saveBinding(new Binding("eoffice", "trenggalek", Map.of("db", server.url("eoffice"), "target", temp.toString()), Instant.now()));
		RestoreRequest request = flow.request("ani", "eoffice", "db", "E-Office", "surat", "surat hilang", "2026-03-02", null);
		assertThrows(IllegalArgumentException.class, () -> flow.approve(request.id(), "ani"), "the requester cannot approve");

		RestoreRequest returned = flow.returnRequest(request.id(), "budi", "Tanggal kejadian tidak jelas");

		assertEquals(RestoreStatus.RETURNED, returned.status());
		assertEquals("Tanggal kejadian tidak jelas", flow.get(request.id()).reason());
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> flow.run(request.id(), "budi", RestoreFlow.RunOptions.defaults(), RestoreListener.NONE));
		assertTrue(refused.getMessage().contains("RETURNED"), refused.getMessage());
	}
}
