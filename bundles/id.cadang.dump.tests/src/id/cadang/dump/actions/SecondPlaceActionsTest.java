package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.H2Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepResult;
import id.cadang.testing.Processes;

/**
 * Lumajang's steps 2, 5 and 6 with real files: archive to the NAS, "is the dump on the NAS?" (verify-exists),
 * copy to the admin's computer (copy-to-target), as the engine calls them.
 */
class SecondPlaceActionsTest {

	@TempDir
	Path temp;

	private H2Catalog catalog;
	private Path nas;
	private Path admin;
	private TestRun run;

	@BeforeEach
	void setUp() throws Exception {
		catalog = H2Catalog.open(temp.resolve("home"));
		Path app = Files.createDirectories(temp.resolve("srv/app"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'Lumajang';\n");
		Files.write(app.resolve("data.bin"), new java.util.Random(7).ints(400_000).mapToObj(Integer::toString)
				.reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString().getBytes());
		Files.setPosixFilePermissions(app.resolve("index.php"), PosixFilePermissions.fromString("rw-r-----"));
		nas = Files.createDirectories(temp.resolve("nas"));
		admin = Files.createDirectories(temp.resolve("admin-pc"));
		run = new TestRun(catalog, temp.resolve("home"), "lumajang",
				Map.of("app", app.toString(), "target", nas.toString(), "admin", admin.toString()));
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	private StepResult verifyOnNas() throws Exception {
		return new VerifyExistsAction().execute(run.step("5", Map.of("target", "target"), RunListener.NONE));
	}

	@Test
	void beforeTheBackupTheAnswerIsNoAndAfterItYes() throws Exception {
		assertEquals(StepResult.Outcome.NO, verifyOnNas().outcome(), "no backup yet");

		StepResult archived = new FolderArchiveAction()
				.execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
		assertEquals(StepResult.Outcome.SUCCEEDED, archived.outcome(), archived.message());

		StepResult verified = verifyOnNas();
		assertEquals(StepResult.Outcome.YES, verified.outcome(), verified.message());
	}

	@Test
	void aBackupFileThatDisappearedFromTheNasIsANo() throws Exception {
		new FolderArchiveAction().execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
		BackupRecord backup = catalog.backups(BackupQuery.all()).get(0);
		Files.delete(Path.of(backup.path()));

		StepResult verified = verifyOnNas();
		assertEquals(StepResult.Outcome.NO, verified.outcome());
		assertTrue(verified.message().contains(backup.path()), verified.message());
	}

	@Test
	void theCopyToTheAdminComputerIsCataloguedAndMatchesTheOriginal() throws Exception {
		new FolderArchiveAction().execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));

		StepResult copied = new CopyToTargetAction().execute(run.step("6", Map.of("target", "admin"), RunListener.NONE));

		assertEquals(StepResult.Outcome.SUCCEEDED, copied.outcome(), copied.message());
		List<BackupRecord> backups = catalog.backups(new BackupQuery("lumajang", null, BackupStatus.GOOD));
		assertEquals(2, backups.size(), backups::toString);
		BackupRecord copy = backups.stream().filter(b -> b.path().startsWith(admin.toString())).findFirst().orElseThrow();
		BackupRecord original = backups.stream().filter(b -> b.path().startsWith(nas.toString())).findFirst().orElseThrow();
		assertEquals(original.sha256(), copy.sha256());
		assertEquals(copy.sha256(), Processes.check(Duration.ofMinutes(1), "sha256sum", copy.path()).split("\\s+")[0]);
		assertTrue(Files.exists(Path.of(copy.path() + ".manifest.json")));
		assertEquals("copy of backup #" + original.id(), copy.source());
	}

	@Test
	void onlyWhatWritesANewFileOrOnlyReadsIsSafeToRepeatAfterARestart() {
		assertTrue(new DatabaseDumpAction().repeatable(), "a dump writes a new file under a new name");
		assertTrue(new FolderArchiveAction().repeatable(), "an archive writes a new file under a new name");
		assertTrue(new VerifyExistsAction().repeatable(), "a check only reads");
		assertTrue(new VerifyIntegrityAction().repeatable(), "a check only reads");
		assertEquals(false, new CopyToTargetAction().repeatable(), "a cut copy is not checked at its destination");
	}

	@Test
	void copyingWithoutABackupFailsAndSaysWhy() throws Exception {
		StepResult copied = new CopyToTargetAction().execute(run.step("6", Map.of("target", "admin"), RunListener.NONE));

		assertEquals(StepResult.Outcome.FAILED, copied.outcome());
		assertTrue(copied.message().contains("no good backup"), copied.message());
	}

	@Test
	void aRunThatTookNoBackupCopiesTheNewestOfEachSlot() throws Exception {
		new FolderArchiveAction().execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
		TestRun external = new TestRun(catalog, temp.resolve("home"), "lumajang", Map.of("target", nas.toString(),
				"admin", admin.toString()), false);

		StepResult copied = new CopyToTargetAction()
				.execute(external.step("7", Map.of("target", "admin"), RunListener.NONE));

		assertEquals(StepResult.Outcome.SUCCEEDED, copied.outcome(), copied.message());
		assertEquals(1, catalog.backups(BackupQuery.all()).stream().filter(b -> b.path().startsWith(admin.toString()))
				.count(), "the newest backup of slot app was copied");
	}

	@Test
	void verifyIntegrityPassesOnIntactBackupsAndNamesADamagedOne() throws Exception {
		new FolderArchiveAction().execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
		StepResult intact = new VerifyIntegrityAction().execute(run.step("3", Map.of(), RunListener.NONE));
		assertEquals(StepResult.Outcome.SUCCEEDED, intact.outcome(), intact.message());

		BackupRecord backup = catalog.backups(BackupQuery.all()).get(0);
		byte[] bytes = Files.readAllBytes(Path.of(backup.path()));
		bytes[bytes.length / 2] ^= 0x10;
		Files.write(Path.of(backup.path()), bytes);

		StepResult damaged = new VerifyIntegrityAction().execute(run.step("3", Map.of(), RunListener.NONE));
		assertEquals(StepResult.Outcome.FAILED, damaged.outcome());
		assertTrue(damaged.message().contains("#" + backup.id()) && damaged.message().contains("sha256"),
				damaged.message());
	}
}
