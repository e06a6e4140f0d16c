package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.WrittenBackup;

/** Copying a stored backup to a second place (Lumajang step 6, IAIN step 7): byte for byte, checked, atomic. */
class CopyTest {
	private static final String NAME = "lumajang/server/db/lumajang-server-db-20261121-020000.dump.zst";

	@TempDir
	Path temp;

	private WrittenBackup original;

	@BeforeEach
	void storeOne() throws Exception {
		Path data = temp.resolve("dump.bin");
		Commands.run("sh", "-c", "head -c 3000000 /dev/urandom > '" + data + "' && seq 1 300000 >> '" + data + "'");
		LocalFolderTarget nas = new LocalFolderTarget(Files.createDirectories(temp.resolve("nas")));
		original = nas.write(new BackupRequest("lumajang", "server", "db", NAME), new ProcessSource("cat", data.toString()),
				ProgressListener.NONE);
	}

	@Test
	void theCopyHasTheSameBytesAndAManifestBesideIt() throws Exception {
		LocalFolderTarget admin = new LocalFolderTarget(Files.createDirectories(temp.resolve("admin-pc")));

		WrittenBackup copy = admin.copy(original.file(), NAME, ProgressListener.NONE);

		assertEquals(temp.resolve("admin-pc").resolve(NAME), copy.file());
		assertEquals(original.sha256(), copy.sha256());
		String sha256sum = Commands.run("sha256sum", copy.file().toString()).split("\\s+")[0];
		assertEquals(original.sha256(), sha256sum, "sha256sum of the copy");
		assertEquals(original.sha256(), Manifests.read(Manifests.beside(copy.file())).sha256());
		assertTrue(BackupVerifier.verifyAgainstManifest(copy.file()).ok());
	}

	@Test
	void aDamagedOriginalIsNotCopiedAndLeavesNothing() throws Exception {
		byte[] bytes = Files.readAllBytes(original.file());
		bytes[bytes.length / 3] ^= 0x40;
		Files.write(original.file(), bytes);
		Path adminRoot = Files.createDirectories(temp.resolve("admin-pc"));

		IOException e = assertThrows(IOException.class,
				() -> new LocalFolderTarget(adminRoot).copy(original.file(), NAME, ProgressListener.NONE));

		assertTrue(e.getMessage().contains("sha256") && e.getMessage().contains("damaged"), e.getMessage());
		try (Stream<Path> files = Files.walk(adminRoot)) {
			assertFalse(files.anyMatch(Files::isRegularFile), "no copy, no .part, no manifest");
		}
	}

	@Test
	void aCopyNeverOverwritesAnEarlierOne() throws Exception {
		LocalFolderTarget admin = new LocalFolderTarget(Files.createDirectories(temp.resolve("admin-pc")));
		admin.copy(original.file(), NAME, ProgressListener.NONE);

		IOException e = assertThrows(IOException.class, () -> admin.copy(original.file(), NAME, ProgressListener.NONE));
		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
	}
}
