package id.cadang.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.H2Catalog;
import id.cadang.dump.FolderSource;
import id.cadang.dump.Tools;
import id.cadang.testing.Processes;

/** Restores real tar backups of application folders, and refuses archives whose entries would escape. */
class FolderRestoreTest {
	@TempDir
	static Path temp;
	private static H2Catalog catalog;

	@BeforeAll
	static void open() {
		catalog = H2Catalog.open(temp.resolve("home"));
	}

	@AfterAll
	static void close() {
		catalog.close();
	}

	@Test
	void aFolderComesBackWithItsModesLinksAndOwners() throws Exception {
		Path app = Files.createDirectories(temp.resolve("srv/simpeg"));
		Files.writeString(Files.createDirectories(app.resolve("config")).resolve("app.conf"), "db=simpeg\n");
		Files.setPosixFilePermissions(app.resolve("config/app.conf"), PosixFilePermissions.fromString("rw-------"));
		Files.write(app.resolve("upload.bin"), new byte[300_000]);
		Files.setPosixFilePermissions(app.resolve("config"), PosixFilePermissions.fromString("rwxr-x---"));
		Files.createSymbolicLink(app.resolve("current"), Path.of("config/app.conf"));
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			Processes.check(Duration.ofSeconds(10), "chown", "1234:2345", app.resolve("upload.bin").toString());
		}
		BackupRecord backup = Stored.backup(catalog, temp.resolve("target"), "buleleng", "simpeg", "app",
				new FolderSource(app, Tools.system()));
		Path copy = temp.resolve("restored/simpeg");

		Restorers.forValue(copy.toString(), false).restore(BackupFile.verified(backup), RestoreProgress.NONE);

		assertEquals("db=simpeg\n", Files.readString(copy.resolve("config/app.conf")));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("config/app.conf"))));
		assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("config"))));
		assertEquals(Path.of("config/app.conf"), Files.readSymbolicLink(copy.resolve("current")));
		assertEquals(300_000, Files.size(copy.resolve("upload.bin")));
		if (root) {
			assertEquals(1234, Files.getAttribute(copy.resolve("upload.bin"), "unix:uid", LinkOption.NOFOLLOW_LINKS));
			assertEquals(2345, Files.getAttribute(copy.resolve("upload.bin"), "unix:gid", LinkOption.NOFOLLOW_LINKS));
		}

		Files.writeString(app.resolve("config/app.conf"), "damaged");
		Files.writeString(app.resolve("stray.txt"), "not in the backup");
		Restorers.forValue(app.toString(), true).restore(BackupFile.verified(backup), RestoreProgress.NONE);
		assertEquals("db=simpeg\n", Files.readString(app.resolve("config/app.conf")));
		assertFalse(Files.exists(app.resolve("stray.txt")), "the folder is as it was in the backup");
		try (Stream<Path> beside = Files.list(app.getParent())) {
			assertEquals(List.of(app), beside.toList(), "no staging or old folder is left beside it");
		}
	}

	@Test
	void anArchiveClimbingOutWithDotDotIsRefusedAndNothingIsWritten() throws Exception {
		Path work = Files.createDirectories(temp.resolve("evil1/inner"));
		Files.writeString(work.resolveSibling("evil"), "escaped");
		assertRefused(tar(work, "-P", "../evil"), "climbs out of the folder", temp.resolve("dest1"));
	}

	@Test
	void anArchiveWithAnAbsolutePathIsRefused() throws Exception {
		Path work = Files.createDirectories(temp.resolve("evil2"));
		Path file = Files.writeString(work.resolve("abs.txt"), "absolute");
		assertRefused(tar(work, "-P", file.toString()), "is an absolute path", temp.resolve("dest2"));
	}

	@Test
	void anArchiveWithASymbolicLinkPointingOutIsRefused() throws Exception {
		Path work = Files.createDirectories(temp.resolve("evil3"));
		Files.createSymbolicLink(work.resolve("passwd"), Path.of("../../../../etc/passwd"));
		assertRefused(tar(work, "passwd"), "outside the folder", temp.resolve("dest3"));
		Path work4 = Files.createDirectories(temp.resolve("evil4"));
		Files.createSymbolicLink(work4.resolve("etc"), Path.of("/etc"));
		assertRefused(tar(work4, "etc"), "absolute path '/etc'", temp.resolve("dest4"));
	}

	private static void assertRefused(byte[] archive, String why, Path dest) throws Exception {
		BackupRecord backup = Stored.bytes(catalog, temp.resolve("target"), "evil", "app", "folder", archive);
		Path folder = dest.resolve("app");

		RestoreException refused = assertThrows(RestoreException.class,
				() -> Restorers.forValue(folder.toString(), false).restore(BackupFile.verified(backup), RestoreProgress.NONE));

		assertTrue(refused.getMessage().contains(why), refused.getMessage());
		assertTrue(refused.getMessage().contains("nothing was extracted"), refused.getMessage());
		assertFalse(Files.exists(dest), "nothing was written: " + dest);
	}

	private static byte[] tar(Path directory, String... members) throws Exception {
		Path out = Files.createTempFile(temp, "evil", ".tar");
		List<String> command = new java.util.ArrayList<>(List.of("tar", "-c", "-f", out.toString(), "-C", directory.toString()));
		command.addAll(List.of(members));
		Processes.check(Duration.ofSeconds(30), command.toArray(String[]::new));
		return Files.readAllBytes(out);
	}
}
