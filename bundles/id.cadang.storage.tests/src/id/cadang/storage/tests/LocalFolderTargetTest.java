package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupManifest;
import id.cadang.storage.BackupNames;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.TargetException;
import id.cadang.storage.WrittenBackup;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalFolderTargetTest {
	private static final String NAME = BackupNames.relativePath("buleleng", "simpeg", "db", "dump",
			ZonedDateTime.of(2026, 11, 21, 2, 0, 0, 0, ZoneId.of("Asia/Makassar")));

	@TempDir
	Path temp;

	private TmpfsMount mount;

	@AfterEach
	void unmount() throws Exception {
		if (mount != null) {
			mount.close();
		}
	}

	private static BackupRequest request() {
		return new BackupRequest("buleleng", "simpeg", "db", NAME);
	}

	/** 12 MB of random bytes and 8 MB of text, written by the real tools. */
	private Path sourceData() throws Exception {
		Path data = temp.resolve("source.bin");
		Commands.run("sh", "-c", "head -c 12000000 /dev/urandom > '" + data + "' && seq 1 1100000 >> '" + data + "'");
		return data;
	}

	@Test
	void goodWriteIsWhatSha256sumAndZstdSee() throws Exception {
		Path data = sourceData();
		Path root = Files.createDirectories(temp.resolve("nas"));
		List<long[]> reports = new ArrayList<>();

		WrittenBackup written = new LocalFolderTarget(root).write(request(), new ProcessSource("cat", data.toString()),
				(source, stored) -> reports.add(new long[] { source, stored }));

		Path file = root.resolve(NAME);
		assertEquals(file, written.file());
		assertTrue(Files.isRegularFile(file), "final file exists");
		assertEquals(Commands.sha256sum(file), written.sha256(), "sha256sum agrees with the pipeline");
		BackupManifest manifest = Manifests.read(root.resolve(NAME + ".manifest.json"));
		assertEquals(written.sha256(), manifest.sha256(), "the manifest records the same sha256");
		Path decoded = temp.resolve("decoded.bin");
		Commands.run("sh", "-c", "zstd -dc '" + file + "' > '" + decoded + "'");
		assertEquals(-1L, Files.mismatch(data, decoded), "zstd -dc gives back the exact source bytes");
		assertTrue(Commands.run("zstd", "-lv", file.toString()).contains("XXH64"),
				"the zstd frame carries a content checksum");
		assertAll(() -> assertEquals(Files.size(data), written.sourceSize()),
				() -> assertEquals(Files.size(file), written.size()),
				() -> assertEquals(Files.size(data), manifest.sourceSize()),
				() -> assertEquals(Files.size(file), manifest.size()),
				() -> assertEquals(file.getFileName().toString(), manifest.file()),
				() -> assertEquals("buleleng", manifest.sop()), () -> assertEquals("simpeg", manifest.binding()),
				() -> assertEquals("db", manifest.slot()), () -> assertEquals("process", manifest.sourceKind()),
				() -> assertEquals("zstd", manifest.compression()), () -> assertEquals(0, manifest.exitStatus()),
				() -> assertEquals(Map.of("tool", "cat"), manifest.facts()),
				() -> assertEquals(List.of("a test source"), manifest.warnings()),
				() -> assertEquals(List.of(file, written.manifest()), regularFiles(root)));
		assertTrue(reports.size() >= 10, "progress reported along the way: " + reports.size());
		long[] last = reports.get(reports.size() - 1);
		assertEquals(written.sourceSize(), last[0]);
		assertEquals(written.size(), last[1]);
		for (int i = 1; i < reports.size(); i++) {
			assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "progress never goes back");
		}
	}

	@Test
	void producerThatExitsNonZeroLeavesNoFile() throws Exception {
		Path root = Files.createDirectories(temp.resolve("nas"));
		ProcessSource source = new ProcessSource("sh", "-c", "head -c 3000000 /dev/urandom; exit 3");

		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new LocalFolderTarget(root).write(request(), source, ProgressListener.NONE));

		assertTrue(e.getMessage().contains("exited with status 3"), e.getMessage());
		assertEquals(List.of(), regularFiles(root), "no final file, no .part, no manifest");
	}

	@Test
	void producerKilledMidStreamLeavesNoFile() throws Exception {
		Path root = Files.createDirectories(temp.resolve("nas"));
		ProcessSource source = new ProcessSource("head", "-c", "2000000000", "/dev/urandom");
		long[] killedAt = { -1 };

		assertThrows(SourceFailedException.class, () -> new LocalFolderTarget(root).write(request(), source,
				(read, stored) -> {
					if (read > 5_000_000 && killedAt[0] < 0) {
						killedAt[0] = read;
						kill(source.process().orElseThrow().pid());
					}
				}));

		assertTrue(killedAt[0] > 0, "the producer was killed mid-stream");
		assertEquals(List.of(), regularFiles(root), "no final file, no .part, no manifest");
	}

	@Test
	void existingFinalFileIsRefusedAndKept() throws Exception {
		Path root = Files.createDirectories(temp.resolve("nas"));
		Path existing = root.resolve(NAME);
		Files.createDirectories(existing.getParent());
		Files.writeString(existing, "yesterday's good backup");
		ProcessSource source = new ProcessSource("head", "-c", "1000", "/dev/urandom");

		TargetException e = assertThrows(TargetException.class,
				() -> new LocalFolderTarget(root).write(request(), source, ProgressListener.NONE));

		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
		assertEquals("yesterday's good backup", Files.readString(existing));
		assertTrue(source.process().isEmpty(), "the producer was never started");
		assertEquals(List.of(existing), regularFiles(root));
	}

	@Test
	void missingFolderIsNamedWithItsFix() throws Exception {
		Path root = temp.resolve("mnt/nas/backup");
		LocalFolderTarget target = new LocalFolderTarget(root);

		TargetException checked = assertThrows(TargetException.class, target::check);
		TargetException written = assertThrows(TargetException.class,
				() -> target.write(request(), new ProcessSource("true"), ProgressListener.NONE));

		assertEquals("target folder " + root + " does not exist: create it or bind target= to an existing folder",
				checked.getMessage());
		assertEquals(checked.getMessage(), written.getMessage());
		assertFalse(Files.exists(root), "a missing mount point is never created");
	}

	@Test
	void readOnlyFolderIsNamedWithItsFix() throws Exception {
		assumeTrue(Commands.isRoot(), "mounting a tmpfs needs root");
		mount = TmpfsMount.mount(temp.resolve("ro"), "ro,size=1m");
		LocalFolderTarget target = new LocalFolderTarget(mount.folder());

		TargetException e = assertThrows(TargetException.class, target::check);

		assertTrue(e.getMessage().startsWith("target folder " + mount.folder() + " is read-only ("), e.getMessage());
		assertTrue(e.getMessage().endsWith("remount it read-write or choose another folder"), e.getMessage());
		ProcessSource source = new ProcessSource("head", "-c", "1000", "/dev/urandom");
		assertThrows(TargetException.class, () -> target.write(request(), source, ProgressListener.NONE));
		assertTrue(source.process().isEmpty(), "the producer was never started");
	}

	@Test
	void fullDiskIsNamedAndLeavesNothing() throws Exception {
		assumeTrue(Commands.isRoot(), "mounting a tmpfs needs root");
		mount = TmpfsMount.mount(temp.resolve("small"), "size=2m");
		ProcessSource source = new ProcessSource("head", "-c", "10000000", "/dev/urandom");

		TargetException e = assertThrows(TargetException.class,
				() -> new LocalFolderTarget(mount.folder()).write(request(), source, ProgressListener.NONE));

		assertTrue(e.getMessage().startsWith("target " + mount.folder() + " is full (No space left on device) while writing "
				+ mount.folder().resolve(NAME)), e.getMessage());
		assertTrue(e.getMessage().endsWith("free space or choose another target"), e.getMessage());
		assertEquals(List.of(), regularFiles(mount.folder()), "no final file and no .part");
		assertTrue(source.aborted(), "the producer was stopped");
		assertTrue(source.process().orElseThrow().waitFor(10, TimeUnit.SECONDS), "the producer is gone");
	}

	@Test
	void pathOutsideTheTargetIsRefused() throws Exception {
		Path root = Files.createDirectories(temp.resolve("nas"));
		ProcessSource source = new ProcessSource("true");

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new LocalFolderTarget(root).write(new BackupRequest("a", "b", "c", "../escape.dump.zst"), source,
						ProgressListener.NONE));

		assertTrue(e.getMessage().contains("is not below target folder"), e.getMessage());
		assertFalse(Files.exists(temp.resolve("escape.dump.zst")));
	}

	private static void kill(long pid) {
		try {
			Commands.run("kill", "-KILL", Long.toString(pid));
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<Path> regularFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
