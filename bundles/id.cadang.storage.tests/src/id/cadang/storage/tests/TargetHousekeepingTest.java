package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.ssh.InMemorySecrets;
import id.cadang.ssh.SshAddress;
import id.cadang.ssh.SshTarget;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SftpTarget;
import id.cadang.storage.StoredFile;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.SshServer;

/**
 * What retention and the reconciler ask of a target, on a local folder and over SFTP against a real sshd:
 * list what lies below a folder, read a manifest, map a catalogued location back to the target, delete.
 */
@Timeout(180)
class TargetHousekeepingTest {
	private static final String FIRST = "buleleng/simpeg/db/buleleng-simpeg-db-20261101-010000.dump.zst";
	private static final String SECOND = "buleleng/simpeg/app/buleleng-simpeg-app-20261102-020000.tar.zst";

	private static SshServer server;

	@TempDir
	Path temp;

	@BeforeAll
	static void startServer() {
		server = SshServer.start();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	private SftpTarget sftp(Path nas) {
		SshTarget ssh = SshTarget.of(new SshAddress(server.user(), "127.0.0.1", server.port()), server.clientKey(),
				server.writeKnownHosts(temp.resolve("known_hosts"))).withRetries(0, Duration.ZERO);
		return new SftpTarget(ssh, nas.toString(), new InMemorySecrets());
	}

	private static WrittenBackup write(BackupTarget target, String relative, String slot) throws IOException {
		return target.write(new BackupRequest("buleleng", "simpeg", slot, relative),
				new ProcessSource("seq", "1", "20000"), ProgressListener.NONE);
	}

	private void housekeeping(BackupTarget target, Path nas) throws IOException {
		WrittenBackup first = write(target, FIRST, "db");
		write(target, SECOND, "app");
		Files.writeString(Files.createDirectories(nas.resolve("other")).resolve("x.txt"), "not ours");

		List<StoredFile> files = target.list("buleleng/simpeg");
		assertEquals(List.of(SECOND, SECOND + Manifests.SUFFIX, FIRST, FIRST + Manifests.SUFFIX),
				files.stream().map(StoredFile::relativePath).toList(), "every file below the folder, sorted");
		assertEquals(Files.size(nas.resolve(FIRST)), files.get(2).size());
		assertEquals(List.of(), target.list("buleleng/sipd"), "a folder that does not exist holds nothing");

		assertEquals(Optional.of(FIRST), target.relativePathOf(first.location()), "a catalogued location maps back");
		assertEquals(Optional.empty(), target.relativePathOf("/elsewhere/" + FIRST));
		assertEquals(Optional.empty(), target.relativePathOf("sftp://other@10.0.0.9:22" + nas + "/" + FIRST));
		assertEquals(first.sha256(), target.readManifest(FIRST + Manifests.SUFFIX).sha256());
		assertEquals("simpeg", target.readManifest(FIRST + Manifests.SUFFIX).binding());

		assertTrue(target.delete(FIRST));
		assertTrue(target.delete(FIRST + Manifests.SUFFIX));
		assertFalse(Files.exists(nas.resolve(FIRST)));
		assertFalse(target.delete(FIRST), "deleting what is gone says so");
		assertEquals(List.of(SECOND, SECOND + Manifests.SUFFIX),
				target.list("buleleng/simpeg").stream().map(StoredFile::relativePath).toList());
		assertThrows(IllegalArgumentException.class, () -> target.delete("../outside"),
				"nothing outside the target is ever deleted");
	}

	@Test
	void aLocalFolderListsReadsMapsAndDeletes() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("nas"));
		housekeeping(new LocalFolderTarget(nas), nas);
	}

	@Test
	void anSftpFolderListsReadsMapsAndDeletes() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("sftp-nas"));
		housekeeping(sftp(nas), nas);
	}

	@Test
	void aDeletionTheTargetRefusesNamesTheFileAndLeavesIt() throws IOException {
		Path nas = Files.createDirectories(temp.resolve("refusing"));
		// a folder under a backup's name cannot be removed as a file, not even by root
		Path blocked = Files.createDirectories(nas.resolve(FIRST));
		Files.writeString(blocked.resolve("inside"), "x");

		IOException local = assertThrows(IOException.class, () -> new LocalFolderTarget(nas).delete(FIRST));
		assertTrue(local.getMessage().contains(nas.toString()), local.getMessage());
		IOException remote = assertThrows(IOException.class, () -> sftp(nas).delete(FIRST));
		assertTrue(remote.getMessage().contains("cannot remove " + nas + "/" + FIRST), remote.getMessage());
		assertTrue(Files.exists(blocked.resolve("inside")));
	}
}
