package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.ssh.InMemorySecrets;
import id.cadang.ssh.SshAddress;
import id.cadang.ssh.SshTarget;
import id.cadang.ssh.UnknownHostKeyException;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SftpTarget;
import id.cadang.storage.SourceResult;
import id.cadang.storage.StreamSource;
import id.cadang.storage.TargetException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.SshServer;

/**
 * The SFTP target against a real OpenSSH sshd on loopback. The server is this machine, so what it stored is
 * checked on the local disk with sha256sum and zstd.
 */
@Timeout(180)
class SftpTargetTest {
	private static final String NAME = "lumajang/server/db/lumajang-server-db-20261121-020000.dump.zst";
	private static final long MIB = 1 << 20;

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

	private SftpTarget target(Path nas, Path knownHosts) {
		SshTarget ssh = SshTarget.of(new SshAddress(server.user(), "127.0.0.1", server.port()), server.clientKey(),
				knownHosts).withRetries(0, Duration.ZERO);
		return new SftpTarget(ssh, nas.toString(), new InMemorySecrets());
	}

	private SftpTarget trusted(Path nas) {
		return target(nas, server.writeKnownHosts(temp.resolve("known_hosts")));
	}

	private Path nas() throws IOException {
		return Files.createDirectories(temp.resolve("nas"));
	}

	@Test
	void aBackupWrittenOverSftpHasTheBytesAndChecksumTheServerStored() throws Exception {
		Path data = temp.resolve("dump.bin");
		Commands.run("sh", "-c", "head -c 3000000 /dev/urandom > '" + data + "' && seq 1 300000 >> '" + data + "'");
		Path nas = nas();

		WrittenBackup written = trusted(nas).write(new BackupRequest("lumajang", "server", "db", NAME),
				new ProcessSource("cat", data.toString()), ProgressListener.NONE);

		Path onDisk = nas.resolve(NAME);
		assertAll(
				() -> assertEquals(Commands.sha256sum(onDisk), written.sha256(), "sha256sum of the file sshd wrote"),
				() -> assertEquals(Files.size(onDisk), written.size()),
				() -> assertEquals(Files.size(data), written.sourceSize()),
				() -> assertEquals(Commands.sha256sum(data), Commands.run("sh", "-c", "zstd -dc '" + onDisk + "' | sha256sum")
						.split("\\s+")[0], "the stored file decompresses to the source's bytes"),
				() -> assertEquals(written.sha256(), Manifests.read(Manifests.beside(onDisk)).sha256()),
				() -> assertTrue(BackupVerifier.verifyAgainstManifest(onDisk).ok()),
				() -> assertEquals("sftp://" + server.user() + "@127.0.0.1:" + server.port() + nas + "/" + NAME,
						written.location()),
				() -> assertFalse(Files.exists(nas.resolve(NAME + ".part")), "no .part left"));
	}

	@Test
	void anUnknownHostKeyIsRefusedBeforeTheSourceStartsOrAnythingIsStored() throws Exception {
		Path nas = nas();
		Path emptyKnownHosts = Files.createFile(temp.resolve("known_hosts"));
		RecordingSource source = new RecordingSource(new ProcessSource("seq", "1", "100000"));

		UnknownHostKeyException e = assertThrows(UnknownHostKeyException.class, () -> target(nas, emptyKnownHosts)
				.write(new BackupRequest("lumajang", "server", "db", NAME), source, ProgressListener.NONE));

		assertAll(
				() -> assertFalse(source.opened, "the source was never started"),
				() -> assertTrue(e.getMessage().contains(server.hostKeyFingerprint()), e.getMessage()),
				() -> assertTrue(e.getMessage().contains("cadang ssh trust 127.0.0.1:" + server.port()), e.getMessage()),
				() -> assertEquals(0, countFiles(nas), "nothing stored"));
		TargetException check = assertThrows(TargetException.class, () -> target(nas, emptyKnownHosts).check());
		assertTrue(check.getMessage().contains(server.hostKeyFingerprint()), check.getMessage());
	}

	@Test
	void aConnectionCutMidWriteFailsAndLeavesNoFile() throws Exception {
		Path nas = nas();
		AtomicBoolean cut = new AtomicBoolean();
		RecordingSource source = new RecordingSource(new ProcessSource("head", "-c", Long.toString(256 * MIB), "/dev/urandom"));

		assertThrows(IOException.class, () -> trusted(nas).write(new BackupRequest("lumajang", "server", "db", NAME),
				source, (read, stored) -> {
					if (stored > 16 * MIB && cut.compareAndSet(false, true)) {
						server.killSessions();
					}
				}));

		assertAll(
				() -> assertTrue(cut.get(), "the connection was cut while writing"),
				() -> assertTrue(source.aborted, "the source was stopped"),
				() -> assertFalse(Files.exists(nas.resolve(NAME)), "no final file"),
				() -> assertFalse(Files.exists(Manifests.beside(nas.resolve(NAME))), "no manifest"),
				() -> assertFalse(Files.exists(nas.resolve(NAME + ".part")), "its own .part removed on a new connection"));
	}

	@Test
	void aCopyOverSftpHasTheOriginalsBytes() throws Exception {
		WrittenBackup original = storeLocally(3 * MIB);
		Path nas = nas();

		SftpTarget.Upload upload = trusted(nas).upload(original.file(), NAME, ProgressListener.NONE);

		Path onDisk = nas.resolve(NAME);
		assertAll(
				() -> assertEquals(0, upload.resumedFrom()),
				() -> assertEquals(original.sha256(), Commands.sha256sum(onDisk)),
				() -> assertEquals(original.sha256(), upload.written().sha256()),
				() -> assertEquals(original.sha256(), Manifests.read(Manifests.beside(onDisk)).sha256()),
				() -> assertEquals(original.sourceSize(), Manifests.read(Manifests.beside(onDisk)).sourceSize()));
	}

	@Test
	void aCutCopyResumesFromItsPartAndEndsWithTheRightHash() throws Exception {
		WrittenBackup original = storeLocally(96 * MIB);
		Path nas = nas();
		AtomicBoolean cut = new AtomicBoolean();

		assertThrows(IOException.class, () -> trusted(nas).copy(original.file(), NAME, (read, stored) -> {
			if (stored > 24 * MIB && cut.compareAndSet(false, true)) {
				server.killSessions();
			}
		}));
		Path part = nas.resolve(NAME + ".part");
		assertTrue(cut.get(), "the connection was cut while copying");
		assertFalse(Files.exists(nas.resolve(NAME)), "no final file after the cut");
		assertTrue(Files.exists(part), "the .part stays for the next attempt");
		long kept = Files.size(part);
		assertTrue(kept > 0 && kept < Files.size(original.file()), "a partial upload: " + kept + " bytes");

		SftpTarget.Upload upload = trusted(nas).upload(original.file(), NAME, ProgressListener.NONE);

		assertAll(
				() -> assertEquals(kept, upload.resumedFrom(), "continued from the bytes already there"),
				() -> assertEquals(original.sha256(), Commands.sha256sum(nas.resolve(NAME))),
				() -> assertEquals(original.sha256(), upload.written().sha256()),
				() -> assertFalse(Files.exists(part), "no .part left"));
	}

	@Test
	void aPartWhosePrefixDiffersIsWrittenAgainFromZero() throws Exception {
		WrittenBackup original = storeLocally(8 * MIB);
		Path nas = nas();
		Path part = Files.createDirectories(nas.resolve(NAME).getParent()).resolve(nas.resolve(NAME).getFileName() + ".part");
		byte[] prefix;
		try (InputStream in = Files.newInputStream(original.file())) {
			prefix = in.readNBytes((int) (5 * MIB));
		}
		prefix[1234] ^= 0x01; // same length as a good prefix, one bit different
		Files.write(part, prefix);

		SftpTarget.Upload upload = trusted(nas).upload(original.file(), NAME, ProgressListener.NONE);

		assertAll(
				() -> assertEquals(0, upload.resumedFrom(), "not appended to a wrong prefix"),
				() -> assertEquals(original.sha256(), Commands.sha256sum(nas.resolve(NAME))),
				() -> assertEquals(Files.size(original.file()), Files.size(nas.resolve(NAME))));
	}

	@Test
	void aPartLongerThanTheOriginalIsWrittenAgainFromZero() throws Exception {
		WrittenBackup original = storeLocally(1 * MIB);
		Path nas = nas();
		Path file = Files.createDirectories(nas.resolve(NAME).getParent()).resolve(nas.resolve(NAME).getFileName());
		byte[] longer = new byte[(int) Files.size(original.file()) + 10];
		System.arraycopy(Files.readAllBytes(original.file()), 0, longer, 0, longer.length - 10);
		Files.write(file.resolveSibling(file.getFileName() + ".part"), longer);

		SftpTarget.Upload upload = trusted(nas).upload(original.file(), NAME, ProgressListener.NONE);

		assertEquals(0, upload.resumedFrom());
		assertEquals(original.sha256(), Commands.sha256sum(file));
	}

	@Test
	void anExistingBackupIsNeverOverwritten() throws Exception {
		WrittenBackup original = storeLocally(1 * MIB);
		Path nas = nas();
		trusted(nas).copy(original.file(), NAME, ProgressListener.NONE);
		String before = Commands.sha256sum(nas.resolve(NAME));

		TargetException e = assertThrows(TargetException.class,
				() -> trusted(nas).write(new BackupRequest("lumajang", "server", "db", NAME),
						new ProcessSource("seq", "1", "10"), ProgressListener.NONE));

		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
		assertEquals(before, Commands.sha256sum(nas.resolve(NAME)));
	}

	@Test
	void aMissingFolderIsReportedWithTheFix() throws Exception {
		TargetException e = assertThrows(TargetException.class, () -> trusted(temp.resolve("no-such-nas")).check());

		assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("mkdir -p"), e.getMessage());
	}

	/** A backup of {@code bytes} random bytes in a local folder, with its manifest. */
	private WrittenBackup storeLocally(long bytes) throws IOException {
		return new LocalFolderTarget(Files.createDirectories(temp.resolve("local"))).write(
				new BackupRequest("lumajang", "server", "db", "orig-" + bytes + ".bin.zst"),
				new ProcessSource("head", "-c", Long.toString(bytes), "/dev/urandom"), ProgressListener.NONE);
	}

	private static long countFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** Remembers whether the pipeline started or stopped the source. */
	private static final class RecordingSource implements StreamSource {
		private final StreamSource delegate;
		volatile boolean opened;
		volatile boolean aborted;

		RecordingSource(StreamSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public String kind() {
			return delegate.kind();
		}

		@Override
		public String extension() {
			return delegate.extension();
		}

		@Override
		public InputStream open() throws IOException {
			opened = true;
			return delegate.open();
		}

		@Override
		public SourceResult finish() throws IOException {
			return delegate.finish();
		}

		@Override
		public void abort() {
			aborted = true;
			delegate.abort();
		}
	}
}
