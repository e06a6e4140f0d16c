package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.EncryptionKeys;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.StoredBackups;
import id.cadang.storage.Targets;
import id.cadang.storage.VerifyResult;
import id.cadang.storage.WrittenBackup;
import id.cadang.storage.internal.ChunkedAead;

/** Encryption at rest of a target bound with ?encrypt=: AES-256-GCM chunks, key in secure storage. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EncryptionTest {
	private static final String KEY_ID = "nas-2026";
	private static final int HEADER = 8 + 4 + 7 + 1 + KEY_ID.length();
	private static final int SEALED_CHUNK = ChunkedAead.CHUNK + 16;

	@TempDir
	Path temp;

	private Path home;
	private Path data;
	private WrittenBackup written;
	private EncryptionKeys keys;

	@BeforeEach
	void writeEncryptedBackup() throws Exception {
		home = Files.createDirectories(temp.resolve("home"));
		data = temp.resolve("source.bin");
		// random bytes do not compress: about 3.5 chunks of stored data, then a text anyone could grep for
		Commands.run("sh", "-c", "head -c 3500000 /dev/urandom > '" + data + "' && seq -f 'NIP-%g-rahasia' 1 20000 >> '" + data + "'");
		Path root = Files.createDirectories(temp.resolve("nas"));
		BackupTarget target = Targets.forBinding(root + "?encrypt=" + KEY_ID, home);
		assertEquals(KEY_ID, target.encryption().orElseThrow().keyId());
		written = target.write(new BackupRequest("iainptk", "siakad", "db", "iainptk/siakad.sql.zst"),
				new ProcessSource("cat", data.toString()), ProgressListener.NONE);
		keys = Targets.keys(home);
	}

	@Test
	void roundTripsAndStoresNothingInPlain() throws Exception {
		byte[] stored = Files.readAllBytes(written.file());
		assertArrayEquals("CADANGE1".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(stored, 8));
		assertEquals(Commands.sha256sum(written.file()), written.sha256(), "sha256sum of the stored file is the catalog's");
		assertEquals(KEY_ID, Manifests.read(written.manifest()).encryptionKey());
		assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("rahasia"), "plain text in the stored file");
		assertTrue(Files.readString(home.resolve("secure/secure_storage"), StandardCharsets.ISO_8859_1).contains("key"));

		try (InputStream decoded = StoredBackups.decoded(Files.newInputStream(written.file()), keys::find, "test")) {
			assertArrayEquals(Files.readAllBytes(data), decoded.readAllBytes());
		}
		VerifyResult result = BackupVerifier.verifyAgainstManifest(written.file(), keys::find);
		assertTrue(result.ok(), result.problem());
		assertEquals(Files.size(data), result.sourceSize());

		// the same key id on the next run: the key is kept, not made again
		WrittenBackup second = Targets.forBinding(temp.resolve("nas") + "?encrypt=" + KEY_ID, home).write(
				new BackupRequest("iainptk", "siakad", "db", "iainptk/siakad-2.sql.zst"),
				new ProcessSource("cat", data.toString()), ProgressListener.NONE);
		assertNotEquals(written.sha256(), second.sha256(), "each file has its own nonce prefix");
		assertTrue(BackupVerifier.verify(second.file(), second.sha256(), Targets.keys(home)::find).ok());
	}

	@Test
	void aFlippedByteIsCaughtByItsChunkTagEvenWithAMatchingChecksum() throws Exception {
		Path changed = copyOfBackup("changed");
		byte[] bytes = Files.readAllBytes(changed);
		bytes[HEADER + SEALED_CHUNK + 1000] ^= 0x01;
		Files.write(changed, bytes);

		VerifyResult result = BackupVerifier.verify(changed, Commands.sha256sum(changed), keys::find);

		assertFalse(result.ok());
		assertEquals("DAMAGED", result.state());
		assertTrue(result.problem().contains("chunk 1 fails its authentication tag"), result.problem());
		assertTrue(result.problem().contains(changed.toString()), result.problem());
	}

	@Test
	void aFileCutAtAChunkBoundaryOrInsideAChunkIsCaught() throws Exception {
		for (long cut : new long[] { HEADER + 2L * SEALED_CHUNK, HEADER + 2L * SEALED_CHUNK + 500, written.size() - 1 }) {
			Path truncated = copyOfBackup("cut-" + cut);
			try (FileChannel channel = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
				channel.truncate(cut);
			}

			VerifyResult result = BackupVerifier.verify(truncated, Commands.sha256sum(truncated), keys::find);

			assertFalse(result.ok(), "cut at " + cut);
			assertTrue(result.problem().contains("authentication tag") || result.problem().contains("cut off"),
					result.problem());
		}
	}

	@Test
	void swappedChunksAreCaught() throws Exception {
		Path swapped = copyOfBackup("swapped");
		byte[] bytes = Files.readAllBytes(swapped);
		byte[] first = Arrays.copyOfRange(bytes, HEADER, HEADER + SEALED_CHUNK);
		System.arraycopy(bytes, HEADER + SEALED_CHUNK, bytes, HEADER, SEALED_CHUNK);
		System.arraycopy(first, 0, bytes, HEADER + SEALED_CHUNK, SEALED_CHUNK);
		Files.write(swapped, bytes);

		VerifyResult result = BackupVerifier.verify(swapped, Commands.sha256sum(swapped), keys::find);

		assertFalse(result.ok());
		assertTrue(result.problem().contains("chunk 0 fails its authentication tag"), result.problem());
	}

	@Test
	void aBackupWhoseKeyIsMissingIsReportedUnreadableWithTheReason() throws Exception {
		Path otherHome = Files.createDirectories(temp.resolve("other-home"));

		VerifyResult result = BackupVerifier.verifyAgainstManifest(written.file(), Targets.keys(otherHome)::find);
		VerifyResult noKeys = BackupVerifier.verify(written.file(), written.sha256());

		for (VerifyResult r : new VerifyResult[] { result, noKeys }) {
			assertFalse(r.ok());
			assertTrue(r.unreadable());
			assertEquals("UNREADABLE", r.state());
			assertEquals(written.sha256(), r.actualSha256(), "the checksum is still checked");
			assertTrue(r.problem().contains("encrypted with key '" + KEY_ID + "'"), r.problem());
			assertTrue(r.problem().contains("cadang secret set key/" + KEY_ID), r.problem());
		}
		assertInstanceOf(id.cadang.storage.MissingKeyException.class, assertThrowsIo(otherHome));
	}

	@Test
	void aCopyKeepsTheCiphertextAndTheKeyId() throws Exception {
		Path second = Files.createDirectories(temp.resolve("second"));
		WrittenBackup copy = new LocalFolderTarget(second).copy(written.file(), "iainptk/siakad.sql.zst", ProgressListener.NONE);

		assertEquals(written.sha256(), copy.sha256());
		assertEquals(KEY_ID, Manifests.read(copy.manifest()).encryptionKey());
		assertTrue(BackupVerifier.verifyAgainstManifest(copy.file(), keys::find).ok());
	}

	private Exception assertThrowsIo(Path otherHome) {
		try (InputStream in = StoredBackups.decoded(Files.newInputStream(written.file()), Targets.keys(otherHome)::find,
				written.file().toString())) {
			in.readAllBytes();
			return null;
		} catch (Exception e) {
			return e;
		}
	}

	private Path copyOfBackup(String name) throws Exception {
		Path copy = temp.resolve(name + ".sql.zst");
		Files.copy(written.file(), copy);
		return copy;
	}
}
