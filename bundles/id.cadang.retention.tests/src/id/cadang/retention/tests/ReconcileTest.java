package id.cadang.retention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.retention.Finding;
import id.cadang.retention.Reconciler;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;

/**
 * The reconciler on a local folder and over SFTP (a real sshd): a catalogued file removed by hand, a backup of this
 * binding copied in from elsewhere, a stray manifest and a part file are found; {@code rebuild} catalogues the copied
 * backup again from its manifest, and refuses a file whose manifest names another binding.
 */
@Timeout(300)
class ReconcileTest extends WithSshServer {
	private void reconcile(BackupTarget target, Path nas) throws IOException {
		Instant now = PlannerTest.at("2026-11-21T22:00");
		BackupRecord removed;
		BackupRecord kept;
		Path strayFile;
		Path strayManifest;
		// another catalog took backups into the same folder: their rows are not in this one
		try (Site other = new Site(temp.resolve("other-home"), "simpeg", target)) {
			strayFile = nas.resolve(target.relativePathOf(other.backup("app", PlannerTest.at("2026-11-03T02:00")).path())
					.orElseThrow());
			BackupRecord gone = other.backup("db", PlannerTest.at("2026-11-04T01:00"));
			strayManifest = Manifests.beside(nas.resolve(target.relativePathOf(gone.path()).orElseThrow()));
			Files.delete(nas.resolve(target.relativePathOf(gone.path()).orElseThrow()));
		}
		try (Site foreign = new Site(temp.resolve("foreign-home"), "sipd", target)) {
			Path sipd = nas.resolve(target.relativePathOf(foreign.backup("app", PlannerTest.at("2026-11-05T02:00")).path())
					.orElseThrow());
			Path misplaced = nas.resolve("buleleng/simpeg/app").resolve(sipd.getFileName());
			Files.move(sipd, misplaced);
			Files.move(Manifests.beside(sipd), Manifests.beside(misplaced));
		}
		try (Site site = new Site(temp.resolve("home"), "simpeg", target)) {
			removed = site.backup("app", PlannerTest.at("2026-11-10T02:00"));
			kept = site.backup("app", PlannerTest.at("2026-11-11T02:00"));
			Path removedFile = nas.resolve(target.relativePathOf(removed.path()).orElseThrow());
			Files.delete(removedFile);
			Files.writeString(nas.resolve("buleleng/simpeg/db/cut-off.dump.zst.part"), "partial");
			Reconciler reconciler = new Reconciler(site.catalog, site::target, Clock.fixed(now, Site.JAKARTA));

			Reconciler.Report report = reconciler.reconcile(site.binding, site.sop, false, "budi");

			assertEquals(List.of(target.location()), report.targets());
			assertEquals(List.of(
					"ROW_WITHOUT_FILE " + removed.path() + " #" + removed.id(),
					"FILE_WITHOUT_ROW " + location(target, nas, strayFile),
					"MANIFEST_WITHOUT_FILE " + location(target, nas, Manifests.beside(removedFile)),
					"FILE_WITHOUT_ROW " + location(target, nas, nas.resolve("buleleng/simpeg/app").resolve(
							"buleleng-sipd-app-20261105-020000.tar.zst")),
					"MANIFEST_WITHOUT_FILE " + location(target, nas, strayManifest),
					"PARTIAL_FILE " + location(target, nas, nas.resolve("buleleng/simpeg/db/cut-off.dump.zst.part"))),
					report.findings().stream().map(ReconcileTest::line).toList());
			assertEquals(List.of(), report.rebuilt());

			Reconciler.Report rebuilt = reconciler.reconcile(site.binding, site.sop, true, "budi");

			assertEquals(1, rebuilt.rebuilt().size(), rebuilt.toString());
			BackupRecord row = site.catalog.backup(rebuilt.rebuilt().get(0).backupId()).orElseThrow();
			assertEquals(BackupStatus.GOOD, row.status());
			assertEquals(location(target, nas, strayFile), row.path());
			assertEquals("app", row.slot());
			Instant manifestStarted = Instant.parse(target.readManifest(nas.relativize(Manifests.beside(strayFile))
					.toString()).started());
			assertTrue(Duration.between(manifestStarted, row.started()).abs().toNanos() <= 1000,
					"the time comes from the manifest (to the microsecond the catalog keeps): " + manifestStarted + " "
							+ row.started());
			assertEquals(Files.size(strayFile), row.size());
			assertTrue(rebuilt.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.NOT_REBUILT
					&& f.detail().contains("binding sipd")), rebuilt.findings().toString());
			assertTrue(site.audit().stream().anyMatch(e -> e.action().equals("backup.rebuild")
					&& e.detail().startsWith("backup #" + row.id())));
			assertTrue(reconciler.reconcile(site.binding, site.sop, false, "budi").findings().stream()
					.noneMatch(f -> f.location().equals(row.path())), "a rebuilt file has its row");
			assertTrue(Files.exists(Path.of(nas.resolve(target.relativePathOf(kept.path()).orElseThrow()).toString())));
		}
	}

	private static String location(BackupTarget target, Path nas, Path file) {
		return target.locationOf(nas.relativize(file).toString());
	}

	private static String line(Finding f) {
		return f.kind() + " " + f.location() + (f.backupId() == null ? "" : " #" + f.backupId());
	}

	@Test
	void aLocalFolderAndTheCatalogAreReconciled() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		reconcile(new LocalFolderTarget(nas), nas);
	}

	@Test
	void anSftpFolderAndTheCatalogAreReconciled() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("sftp-nas"));
		reconcile(sftp(nas), nas);
	}
}
