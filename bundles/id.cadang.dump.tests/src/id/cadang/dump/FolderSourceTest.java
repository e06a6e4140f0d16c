package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.Processes;

/** Archives a real folder with GNU tar through the storage pipeline and extracts it as an admin would. */
class FolderSourceTest {
	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	@Test
	void anArchiveExtractsToTheSameFilesModesOwnersAndLinks(@TempDir Path work) throws IOException {
		Path app = work.resolve("srv/simpeg");
		file(app.resolve("config.php"), "rw-r-----", "<?php $db = 'simpeg';\n".getBytes());
		file(app.resolve("bin/run.sh"), "rwxr-xr-x", "#!/bin/sh\nexec php -S 0.0.0.0:8080\n".getBytes());
		file(app.resolve("secret.key"), "rw-------", "kunci".getBytes());
		byte[] photo = new byte[300_000];
		new Random(7).nextBytes(photo);
		file(app.resolve("uploads/foto.jpg"), "rw-r--r--", photo);
		file(app.resolve("uploads/Laporan – Buleleng ✓ ñ 日本.txt"), "rw-r--r--", "Laporan bulanan ✓".getBytes());
		Files.createDirectories(app.resolve("cache"));
		Files.setPosixFilePermissions(app.resolve("cache"), PosixFilePermissions.fromString("rwx------"));
		Files.setPosixFilePermissions(app.resolve("uploads"), PosixFilePermissions.fromString("rwxr-x---"));
		Files.createSymbolicLink(app.resolve("current-photo"), Path.of("uploads/foto.jpg"));
		Files.createSymbolicLink(app.resolve("dangling"), Path.of("/nowhere/at/all"));
		if (ROOT) {
			Files.setAttribute(app.resolve("uploads/foto.jpg"), "unix:uid", 1234);
			Files.setAttribute(app.resolve("uploads/foto.jpg"), "unix:gid", 4321);
		}

		WrittenBackup backup = new LocalFolderTarget(Files.createDirectories(work.resolve("nas"))).write(
				PostgresSourceTest.request("buleleng/simpeg/app/simpeg.tar.zst"), new FolderSource(app, Tools.system()),
				ProgressListener.NONE);
		assertEquals("tar", backup.manifestData().facts().get("tool"));
		assertTrue(backup.manifestData().facts().get("toolVersion").startsWith("tar (GNU tar)"), backup.manifestData().facts().toString());
		assertEquals(app.toString(), backup.manifestData().facts().get("folder"));
		assertEquals("folder", backup.manifestData().sourceKind());
		assertEquals(List.of(), backup.manifestData().warnings());

		Path restored = Files.createDirectories(work.resolve("restored"));
		Processes.shell(Duration.ofMinutes(2), "zstd -q -dc '" + backup.file() + "' | tar -x -p -C '" + restored + "'");

		TreeMap<String, String> expected = describe(app);
		assertEquals(10, expected.size() - 1, "the fixture itself: " + expected.keySet());
		assertEquals(expected, describe(restored));
		assertArrayEquals(photo, Files.readAllBytes(restored.resolve("uploads/foto.jpg")));
	}

	@Test
	void aFileThatChangesWhileTarReadsItIsAWarning(@TempDir Path work) throws IOException {
		Path app = work.resolve("srv/log");
		Path log = app.resolve("access.log");
		file(log, "rw-r--r--", new byte[20 << 20]);
		AtomicBoolean appended = new AtomicBoolean();
		ProgressListener writer = (sourceBytes, storedBytes) -> {
			if (sourceBytes >= (1 << 20) && appended.compareAndSet(false, true)) {
				try {
					Files.writeString(log, "GET /index.php 200\n", StandardOpenOption.APPEND);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
		WrittenBackup backup = new LocalFolderTarget(Files.createDirectories(work.resolve("nas")))
				.write(PostgresSourceTest.request("kudus/web/app/web.tar.zst"), new FolderSource(app, Tools.system()), writer);

		assertTrue(appended.get());
		assertTrue(Files.isRegularFile(backup.file()), "tar's status 1 still gives a backup");
		assertEquals(1, backup.manifestData().exitStatus());
		assertEquals(List.of("tar: ./access.log: file changed as we read it"), backup.manifestData().warnings());
	}

	@Test
	void killingTarMidStreamFailsTheBackupAndLeavesNoFile(@TempDir Path work) throws IOException {
		Path app = work.resolve("srv/simpeg");
		byte[] noise = new byte[20 << 20];
		new Random(11).nextBytes(noise);
		file(app.resolve("uploads/video.mp4"), "rw-r--r--", noise);
		FolderSource source = new FolderSource(app, Tools.system());
		AtomicBoolean killed = new AtomicBoolean();
		ProgressListener killer = (sourceBytes, storedBytes) -> {
			if (sourceBytes >= (1 << 20) && killed.compareAndSet(false, true)) {
				Producers.kill("tar");
			}
		};
		Path nas = Files.createDirectories(work.resolve("nas"));
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> new LocalFolderTarget(nas)
				.write(PostgresSourceTest.request("buleleng/simpeg/app/simpeg.tar.zst"), source, killer));
		assertTrue(killed.get());
		assertTrue(e.getMessage().startsWith("tar was killed by signal 9 (KILL), so the archive of " + app + " is incomplete"),
				e.getMessage());
		assertEquals(List.of(), PostgresSourceTest.filesUnder(nas));
	}

	@Test
	void aMissingFolderSaysWhatToBind(@TempDir Path work) throws IOException {
		Path missing = work.resolve("srv/simpeg");
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> new FolderSource(missing, Tools.system()).preflight());
		assertEquals("application folder " + missing + " does not exist: bind app= to the folder that holds the application",
				e.getMessage());
		LocalFolderTarget nas = new LocalFolderTarget(Files.createDirectories(work.resolve("nas")));
		SourceFailedException write = assertThrows(SourceFailedException.class, () -> nas
				.write(PostgresSourceTest.request("a/b/app/b.tar.zst"), new FolderSource(missing, Tools.system()), ProgressListener.NONE));
		assertEquals(e.getMessage(), write.getMessage());
	}

	@Test
	void aFileIsNoApplicationFolder(@TempDir Path work) throws IOException {
		Path file = Files.writeString(work.resolve("simpeg.zip"), "PK");
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> new FolderSource(file, Tools.system()).preflight());
		assertEquals("application folder " + file + " is a file, not a folder: bind app= to the folder that holds the application",
				e.getMessage());
	}

	/** Every entry below {@code root} (and root itself as "."): type, mode, owner, and content or link target. */
	private static TreeMap<String, String> describe(Path root) throws IOException {
		TreeMap<String, String> entries = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.toList()) {
				String name = root.equals(path) ? "." : root.relativize(path).toString();
				String owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
						+ Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS);
				String what;
				if (Files.isSymbolicLink(path)) {
					what = "link -> " + Files.readSymbolicLink(path);
				} else if (Files.isDirectory(path)) {
					what = "dir " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
				} else {
					what = "file " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " "
							+ java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(path)));
				}
				entries.put(name, what + " owner " + owner);
			}
		}
		return entries;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void file(Path path, String mode, byte[] content) throws IOException {
		Files.createDirectories(path.getParent());
		Files.write(path, content);
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
	}
}
