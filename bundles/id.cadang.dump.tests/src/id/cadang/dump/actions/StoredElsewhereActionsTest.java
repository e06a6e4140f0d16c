package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
import id.cadang.testing.SshServer;

/**
 * The verification and second-place steps on backups that do not lie in a local folder: on an SFTP NAS
 * (read back over SFTP), encrypted at rest (key in secure storage, or missing), and the removable-medium
 * decision of IAIN Pontianak.
 */
class StoredElsewhereActionsTest {

	@TempDir
	Path temp;

	private H2Catalog catalog;
	private Path home;
	private Path app;

	@BeforeEach
	void setUp() throws Exception {
		home = temp.resolve("home");
		catalog = H2Catalog.open(home);
		app = Files.createDirectories(temp.resolve("srv/app"));
		Files.writeString(app.resolve("index.php"), "<?php echo 'Lumajang';\n");
		Files.writeString(app.resolve("data.txt"), "pegawai ".repeat(200_000));
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	@Test
	void backupsOnAnSftpNasAreVerifiedAndCopiedOverSftpWithTheHashCheckedAtTheDestination() throws Exception {
		try (SshServer ssh = SshServer.start()) {
			Path sshFolder = Files.createDirectories(home.resolve("ssh"));
			Files.copy(ssh.clientKey(), sshFolder.resolve("id_ed25519"));
			Files.setPosixFilePermissions(sshFolder.resolve("id_ed25519"), PosixFilePermissions.fromString("rw-------"));
			ssh.writeKnownHosts(sshFolder.resolve("known_hosts"));
			Path nas = Files.createDirectories(temp.resolve("sftp-nas"));
			Path admin = Files.createDirectories(temp.resolve("admin-pc"));
			TestRun run = new TestRun(catalog, home, "lumajang", Map.of("app", app.toString(),
					"target", "sftp://" + ssh.user() + "@127.0.0.1:" + ssh.port() + nas, "admin", admin.toString()));
			StepResult archived = new FolderArchiveAction()
					.execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
			assertEquals(StepResult.Outcome.SUCCEEDED, archived.outcome(), archived.message());
			BackupRecord original = catalog.backups(BackupQuery.all()).get(0);
			assertTrue(original.path().startsWith("sftp://"), original.path());

			StepResult intact = new VerifyIntegrityAction().execute(run.step("3", Map.of(), RunListener.NONE));
			assertEquals(StepResult.Outcome.SUCCEEDED, intact.outcome(), intact.message());

			StepResult copied = new CopyToTargetAction().execute(run.step("6", Map.of("target", "admin"), RunListener.NONE));
			assertEquals(StepResult.Outcome.SUCCEEDED, copied.outcome(), copied.message());
			BackupRecord copy = catalog.backups(new BackupQuery("lumajang", null, BackupStatus.GOOD)).stream()
					.filter(b -> b.path().startsWith(admin.toString())).findFirst().orElseThrow();
			assertEquals(original.sha256(), copy.sha256());
			assertEquals(copy.sha256(), Processes.check(Duration.ofMinutes(1), "sha256sum", copy.path()).split("\\s+")[0]);

			// one byte changed on the NAS: verify-integrity, reading over SFTP, names it
			Path onNas;
			try (var files = Files.walk(nas)) {
				onNas = files.filter(p -> p.toString().endsWith(".tar.zst")).findFirst().orElseThrow();
			}
			byte[] bytes = Files.readAllBytes(onNas);
			bytes[bytes.length / 2] ^= 0x10;
			Files.write(onNas, bytes);
			StepResult damaged = new VerifyIntegrityAction().execute(run.step("3", Map.of(), RunListener.NONE));
			assertEquals(StepResult.Outcome.FAILED, damaged.outcome());
			assertTrue(damaged.message().contains("#" + original.id() + " DAMAGED") && damaged.message().contains("sftp://"),
					damaged.message());
		}
	}

	@Test
	void anEncryptedBackupIsVerifiedWithItsKeyAndUnreadableWithoutIt() throws Exception {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		TestRun run = new TestRun(catalog, home, "lumajang", Map.of("app", app.toString(), "target", nas + "?encrypt=nas-1"));
		StepResult archived = new FolderArchiveAction()
				.execute(run.step("2", Map.of("source", "app", "target", "target"), RunListener.NONE));
		assertEquals(StepResult.Outcome.SUCCEEDED, archived.outcome(), archived.message());
		BackupRecord backup = catalog.backups(BackupQuery.all()).get(0);
		assertTrue(Files.readString(Path.of(backup.path() + ".manifest.json")).contains("\"encryptionKey\": \"nas-1\""));

		StepResult intact = new VerifyIntegrityAction().execute(run.step("3", Map.of(), RunListener.NONE));
		assertEquals(StepResult.Outcome.SUCCEEDED, intact.outcome(), intact.message());

		// the same catalog seen from a Cadang whose secure storage lost the key
		TestRun withoutKey = run.withHome(Files.createDirectories(temp.resolve("other-home")));
		StepResult unreadable = new VerifyIntegrityAction().execute(withoutKey.step("3", Map.of(), RunListener.NONE));
		assertEquals(StepResult.Outcome.FAILED, unreadable.outcome());
		assertTrue(unreadable.message().contains("UNREADABLE") && unreadable.message().contains("key 'nas-1'"),
				unreadable.message());
	}

	@Test
	void mediaPresentIsNoWithTheReasonWhenTheMediumIsMissingAndYesOnceItIsMounted() throws Exception {
		String label = "IAIN-" + Long.toHexString(System.nanoTime() & 0xffff).toUpperCase();
		TestRun run = new TestRun(catalog, home, "iainptk", Map.of("media", "media://label/" + label + "/cadang"));

		StepResult missing = new MediaPresentAction().execute(run.step("4", Map.of("target", "media"), RunListener.NONE));
		assertEquals(StepResult.Outcome.NO, missing.outcome(), missing.message());
		assertTrue(missing.message().contains("label " + label), missing.message());

		Assumptions.assumeTrue(Processes.check(Duration.ofSeconds(10), "id", "-u").strip().equals("0"),
				"mounting a loop device needs root");
		Path image = temp.resolve("usb.img");
		Path mountPoint = Files.createDirectories(temp.resolve("usb"));
		Processes.check(Duration.ofMinutes(1), "truncate", "-s", "16M", image.toString());
		Processes.check(Duration.ofMinutes(1), "mkfs.ext4", "-q", "-L", label, image.toString());
		Processes.check(Duration.ofMinutes(1), "mount", "-o", "loop", image.toString(), mountPoint.toString());
		try {
			Files.createDirectories(mountPoint.resolve("cadang"));
			StepResult present = new MediaPresentAction().execute(run.step("4", Map.of("target", "media"), RunListener.NONE));
			assertEquals(StepResult.Outcome.YES, present.outcome(), present.message());
			assertTrue(present.message().contains(mountPoint.resolve("cadang").toString()), present.message());
		} finally {
			Processes.check(Duration.ofMinutes(1), "umount", mountPoint.toString());
		}
	}
}
