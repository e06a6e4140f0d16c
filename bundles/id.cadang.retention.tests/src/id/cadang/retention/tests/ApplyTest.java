package id.cadang.retention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.RetentionOverride;
import id.cadang.retention.BindingRetention;
import id.cadang.retention.Decision;
import id.cadang.retention.RetentionPlan;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;

/**
 * Retention applied for real: Buleleng's application backups on a local folder and on an SFTP server (a real sshd),
 * with the signed SOP's rule (every backup of this month, one per past month) and a binding's own policy.
 */
@Timeout(300)
class ApplyTest extends WithSshServer {
	private static final Instant NOW = PlannerTest.at("2026-11-21T22:00");

	private static Path fileOf(BackupRecord b, Path nas, BackupTarget target) {
		return nas.resolve(target.relativePathOf(b.path()).orElseThrow());
	}

	private void bulelengRule(BackupTarget target, Path nas) throws IOException {
		try (Site site = new Site(temp.resolve("home"), "simpeg", target)) {
			BackupRecord sep = site.backup("app", PlannerTest.at("2026-09-30T02:00"));
			BackupRecord octOld = site.backup("app", PlannerTest.at("2026-10-05T02:00"));
			BackupRecord oct = site.backup("app", PlannerTest.at("2026-10-30T02:00"));
			BackupRecord failedOld = site.failed("app", PlannerTest.at("2026-11-01T02:00"));
			BackupRecord nov = site.backup("app", PlannerTest.at("2026-11-02T02:00"));
			BackupRecord newest = site.backup("app", PlannerTest.at("2026-11-20T02:00"));
			BackupRecord dbOld = site.backup("db", PlannerTest.at("2026-10-01T01:00"));
			BackupRecord db = site.backup("db", PlannerTest.at("2026-11-21T01:00"));

			RetentionPlan plan = site.retention(NOW).plan(site.binding, site.sop);
			assertEquals(Map.of(newest.id(), Decision.Reason.NEWEST_GOOD, nov.id(), Decision.Reason.CURRENT_MONTH,
					failedOld.id(), Decision.Reason.FAILED_LEFTOVER, oct.id(), Decision.Reason.PAST_MONTH, octOld.id(),
					Decision.Reason.NOT_KEPT, sep.id(), Decision.Reason.PAST_MONTH, db.id(), Decision.Reason.NEWEST_GOOD,
					dbOld.id(), Decision.Reason.DAILY), plan.decisions().stream()
							.collect(Collectors.toMap(d -> d.backup().id(), Decision::reason)));
			assertEquals("sop:aplikasi-bulanan", plan.policies().get("app").origin());
			assertEquals("sop:database-gfs", plan.policies().get("db").origin());
			assertTrue(Files.exists(fileOf(octOld, nas, target)), "planning deletes nothing");

			BindingRetention.Applied applied = site.retention(NOW).apply(site.binding, site.sop, "budi");

			assertEquals(List.of(), applied.refused());
			assertEquals(List.of(octOld.id(), failedOld.id()).stream().sorted().toList(),
					applied.deleted().stream().map(d -> d.decision().backup().id()).sorted().toList());
			assertFalse(Files.exists(fileOf(octOld, nas, target)), "the file is gone");
			assertFalse(Files.exists(Manifests.beside(fileOf(octOld, nas, target))), "its manifest too");
			for (BackupRecord kept : List.of(sep, oct, nov, newest, dbOld, db)) {
				assertTrue(Files.exists(fileOf(kept, nas, target)), "kept " + kept.path());
				assertEquals(BackupStatus.GOOD, site.catalog.backup(kept.id()).orElseThrow().status());
			}
			assertEquals(BackupStatus.DELETED, site.catalog.backup(octOld.id()).orElseThrow().status());
			assertEquals(BackupStatus.DELETED, site.catalog.backup(failedOld.id()).orElseThrow().status());
			List<AuditEntry> audit = site.audit();
			assertEquals(2, audit.size(), audit.toString());
			assertTrue(audit.stream().allMatch(e -> e.actor().equals("budi") && e.action().equals("backup.delete")));
			assertTrue(audit.stream().anyMatch(e -> e.detail().startsWith("backup #" + octOld.id() + " " + octOld.path())
					&& e.detail().contains("NOT_KEPT under sop:aplikasi-bulanan")), audit.toString());
			assertEquals(List.of(), site.catalog.verifyAuditTrail());

			assertEquals(List.of(), site.retention(NOW).apply(site.binding, site.sop, "budi").deleted(),
					"applying again finds nothing more to delete");
		}
	}

	@Test
	void theSopsMonthlyRuleIsAppliedOnALocalFolder() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		bulelengRule(new LocalFolderTarget(nas), nas);
	}

	@Test
	void theSopsMonthlyRuleIsAppliedOverSftp() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("sftp-nas"));
		bulelengRule(sftp(nas), nas);
	}

	@Test
	void aBindingsOwnPolicyWinsOverTheSopsRule() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		try (Site site = new Site(temp.resolve("home"), "simpeg", new LocalFolderTarget(nas))) {
			BackupRecord a = site.backup("app", PlannerTest.at("2026-11-18T02:00"));
			BackupRecord b = site.backup("app", PlannerTest.at("2026-11-19T02:00"));
			BackupRecord c = site.backup("app", PlannerTest.at("2026-11-20T02:00"));
			site.catalog.saveRetentionOverride(new RetentionOverride("simpeg", "app", "GRANDFATHER_FATHER_SON", 2, 0, 0,
					0, 0, NOW, "budi"));

			BindingRetention.Applied applied = site.retention(NOW).apply(site.binding, site.sop, "cadang");

			assertEquals(List.of(a.id()), applied.deleted().stream().map(d -> d.decision().backup().id()).toList());
			assertEquals("binding:simpeg/app", applied.plan().policies().get("app").origin());
			assertTrue(Files.exists(Path.of(b.path())) && Files.exists(Path.of(c.path())));
		}
	}

	@Test
	void aDeletionTheTargetRefusesLeavesTheRowAndSaysWhy() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		try (Site site = new Site(temp.resolve("home"), "simpeg", new LocalFolderTarget(nas))) {
			BackupRecord older = site.backup("app", PlannerTest.at("2026-10-03T02:00"));
			BackupRecord blocked = site.backup("app", PlannerTest.at("2026-10-04T02:00"));
			site.backup("app", PlannerTest.at("2026-10-05T02:00"));
			site.backup("app", PlannerTest.at("2026-11-20T02:00"));
			// a folder under the backup's name: the target cannot delete it, not even as root
			Files.delete(Path.of(blocked.path()));
			Files.writeString(Files.createDirectories(Path.of(blocked.path())).resolve("inside"), "x");

			BindingRetention.Applied applied = site.retention(NOW).apply(site.binding, site.sop, "cadang");

			assertEquals(List.of(older.id()), applied.deleted().stream().map(d -> d.decision().backup().id()).toList());
			assertEquals(1, applied.refused().size());
			assertEquals(blocked.id(), applied.refused().get(0).decision().backup().id());
			assertTrue(applied.refused().get(0).reason().contains("cannot delete " + blocked.path()),
					applied.refused().get(0).reason());
			assertEquals(BackupStatus.GOOD, site.catalog.backup(blocked.id()).orElseThrow().status(), "the row stays");
			assertEquals(BackupStatus.DELETED, site.catalog.backup(older.id()).orElseThrow().status());
			assertTrue(site.audit().stream().anyMatch(e -> e.action().equals("backup.delete.failed")
					&& e.detail().startsWith("backup #" + blocked.id())));
		}
	}

	@Test
	void nothingOfASlotIsDeletedWhenItsNewestGoodBackupFailsVerification() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		try (Site site = new Site(temp.resolve("home"), "simpeg", new LocalFolderTarget(nas))) {
			BackupRecord old = site.backup("app", PlannerTest.at("2026-10-05T02:00"));
			site.backup("app", PlannerTest.at("2026-10-06T02:00"));
			BackupRecord newest = site.backup("app", PlannerTest.at("2026-11-20T02:00"));
			byte[] bytes = Files.readAllBytes(Path.of(newest.path()));
			bytes[bytes.length / 2] ^= 0x55;
			Files.write(Path.of(newest.path()), bytes);

			BindingRetention.Applied applied = site.retention(NOW).apply(site.binding, site.sop, "cadang");

			assertEquals(List.of(), applied.deleted());
			assertEquals(1, applied.refused().size());
			assertTrue(applied.refused().get(0).reason().contains("newest good backup #" + newest.id()),
					applied.refused().get(0).reason());
			assertTrue(Files.exists(Path.of(old.path())));
		}
	}

	@Test
	void anUnreachableSftpServerDeletesNothingAndSaysSo() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("sftp-nas"));
		try (Site site = new Site(temp.resolve("home"), "simpeg", sftp(nas))) {
			BackupRecord old = site.backup("app", PlannerTest.at("2026-10-05T02:00"));
			site.backup("app", PlannerTest.at("2026-10-06T02:00"));
			site.backup("app", PlannerTest.at("2026-11-20T02:00"));
			server.kill();
			try {
				BindingRetention.Applied applied = site.retention(NOW).apply(site.binding, site.sop, "cadang");

				assertEquals(List.of(), applied.deleted());
				assertEquals(List.of(old.id()), applied.refused().stream().map(r -> r.decision().backup().id()).toList());
				assertTrue(applied.refused().get(0).reason().contains("cannot be confirmed"), applied.refused().get(0).reason());
				assertEquals(BackupStatus.GOOD, site.catalog.backup(old.id()).orElseThrow().status());
			} finally {
				server.restart();
			}
		}
	}
}
