package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.VerifyResult;
import id.cadang.storage.WrittenBackup;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackupVerifierTest {
	@TempDir
	Path temp;

	private WrittenBackup good;

	@BeforeEach
	void writeGoodBackup() throws Exception {
		Path data = temp.resolve("source.bin");
		Commands.run("sh", "-c", "head -c 3000000 /dev/urandom > '" + data + "' && seq 1 300000 >> '" + data + "'");
		Path root = Files.createDirectories(temp.resolve("nas"));
		good = new LocalFolderTarget(root).write(new BackupRequest("kudus", "sipd", "db", "kudus/good.sql.zst"),
				new ProcessSource("cat", data.toString()), ProgressListener.NONE);
	}

	@Test
	void goodFileIsOk() {
		VerifyResult result = BackupVerifier.verify(good.file(), good.sha256());

		assertTrue(result.ok(), result.problem());
		assertEquals("", result.problem());
		assertEquals(good.sha256(), result.actualSha256());
		assertEquals(good.sourceSize(), result.sourceSize());
		assertTrue(BackupVerifier.verifyAgainstManifest(good.file()).ok());
	}

	@Test
	void oneChangedByteFailsOnTheChecksum() throws Exception {
		Path copy = temp.resolve("changed.sql.zst");
		Files.copy(good.file(), copy);
		Commands.run("sh", "-c", "printf 'X' | dd of='" + copy + "' bs=1 seek=" + good.size() / 2
				+ " conv=notrunc status=none");

		VerifyResult result = BackupVerifier.verify(copy, good.sha256());

		assertFalse(result.ok());
		assertEquals(Commands.sha256sum(copy), result.actualSha256());
		assertTrue(result.problem().contains("sha256 of " + copy + " is " + result.actualSha256() + ", catalog says "
				+ good.sha256() + ": the file was changed or damaged"), result.problem());
	}

	@Test
	void truncatedFileFailsEvenWithItsOwnChecksum() throws Exception {
		Path truncated = temp.resolve("truncated.sql.zst");
		Files.copy(good.file(), truncated);
		try (FileChannel channel = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
			channel.truncate(good.size() - 1000);
		}

		VerifyResult againstCatalog = BackupVerifier.verify(truncated, good.sha256());
		VerifyResult againstItself = BackupVerifier.verify(truncated, Commands.sha256sum(truncated));

		assertFalse(againstCatalog.ok());
		assertTrue(againstCatalog.problem().contains("catalog says"), againstCatalog.problem());
		assertFalse(againstItself.ok(), "a cut-off zstd frame is caught without the catalog's checksum");
		assertTrue(againstItself.problem().contains("truncated or corrupt zstd frame"), againstItself.problem());
	}

	@Test
	void missingFileAndMissingManifestAreNamed() throws Exception {
		Path gone = temp.resolve("gone.sql.zst");

		VerifyResult missing = BackupVerifier.verify(gone, good.sha256());
		Files.delete(good.manifest());
		VerifyResult noManifest = BackupVerifier.verifyAgainstManifest(good.file());

		assertFalse(missing.ok());
		assertTrue(missing.problem().startsWith("backup file " + gone + " does not exist"), missing.problem());
		assertFalse(noManifest.ok());
		assertTrue(noManifest.problem().startsWith("manifest " + good.manifest() + " does not exist"),
				noManifest.problem());
	}

	@Test
	void everyFrameOfAFileMadeByTheZstdToolIsDecoded() throws Exception {
		Path joined = temp.resolve("two-frames.zst");
		Commands.run("sh", "-c", "seq 1 100000 | zstd -3 -q > '" + joined + "' && head -c 500000 /dev/urandom | zstd -3 -q >> '"
				+ joined + "'");
		long expected = Long.parseLong(Commands.run("sh", "-c", "zstd -dc '" + joined + "' | wc -c").strip());

		VerifyResult result = BackupVerifier.verify(joined, Commands.sha256sum(joined));

		assertTrue(result.ok(), result.problem());
		assertEquals(expected, result.sourceSize());
		assertEquals(588895 + 500000, result.sourceSize(), "both frames decoded");
	}
}
