package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.jcraft.jsch.SftpATTRS;

import id.cadang.ssh.Secrets;
import id.cadang.ssh.SshTarget;
import id.cadang.storage.internal.HashingOutput;
import id.cadang.storage.internal.ManifestData;
import id.cadang.storage.internal.Passes;
import id.cadang.storage.internal.SftpSession;
import id.cadang.storage.internal.Streamed;

/**
 * A folder on an SFTP server ({@code sftp://user@host:port/path}), reached over SSH with the host key
 * checked against known_hosts: an unknown or changed key is refused before anything is sent. Backups take
 * the same single pass as {@link LocalFolderTarget} (zstd, SHA-256 of the stored bytes) into
 * {@code <file>.part} on the server, which is synced (see {@link SftpSession#sync}), checked for its size,
 * renamed atomically and given its manifest the same way. A cut connection is a failure, never a backup.
 * <p>
 * {@link #copy} resumes a {@code .part} left by a cut copy when the server's hash of its bytes equals the
 * hash of the same prefix of the local file (never by size alone), and starts from zero otherwise.
 */
public final class SftpTarget implements BackupTarget {

	/**
	 * A finished copy and where it started: {@code resumedFrom} bytes were already on the server in a
	 * {@code .part} whose hash matched, 0 when the copy was sent whole.
	 */
	public record Upload(WrittenBackup written, long resumedFrom) {
	}

	private final SshTarget ssh;
	private final String root;
	private final Secrets secrets;
	private final Optional<Encryption> encryption;

	/**
	 * @param ssh     how to reach the server
	 * @param root    the absolute folder on the server
	 * @param secrets where a key's passphrase is kept
	 */
	public SftpTarget(SshTarget ssh, String root, Secrets secrets) {
		this(ssh, root, secrets, Optional.empty());
	}

	private SftpTarget(SshTarget ssh, String root, Secrets secrets, Optional<Encryption> encryption) {
		this.ssh = Objects.requireNonNull(ssh, "ssh");
		this.root = SftpLocation.checkedFolder(root, root);
		this.secrets = Objects.requireNonNull(secrets, "secrets");
		this.encryption = Objects.requireNonNull(encryption, "encryption");
	}

	/** The same folder, new backups encrypted at rest with {@code with}. */
	public SftpTarget encrypted(Encryption with) {
		return new SftpTarget(ssh, root, secrets, Optional.of(with));
	}

	@Override
	public Optional<Encryption> encryption() {
		return encryption;
	}

	/** {@code sftp://user@host:port/path}. */
	@Override
	public String location() {
		return new SftpLocation(ssh.address(), root).toString();
	}

	@Override
	public String locationOf(String relativePath) {
		return new SftpLocation(ssh.address(), resolve(relativePath)).toString();
	}

	@Override
	public void check() throws TargetException {
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			checkRoot(session);
		} catch (TargetException e) {
			throw e;
		} catch (IOException e) {
			throw new TargetException(e.getMessage(), e);
		}
	}

	private void checkRoot(SftpSession session) throws IOException {
		Optional<SftpATTRS> attrs = session.stat(root);
		if (attrs.isEmpty()) {
			throw new TargetException("target folder " + location() + " does not exist: create it on the server "
					+ "(mkdir -p " + root + ") or bind target= to an existing folder");
		}
		if (!attrs.get().isDir()) {
			throw new TargetException("target " + location() + " is not a folder: bind target= to a folder");
		}
		String probe = root + "/.cadang-probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
		try {
			try (OutputStream out = session.create(probe)) {
				out.write('c');
			}
			session.remove(probe);
		} catch (IOException e) {
			throw new TargetException("target folder " + location() + " is not writable: " + e.getMessage(), e);
		}
	}

	@Override
	public WrittenBackup write(BackupRequest request, StreamSource source, ProgressListener progress)
			throws IOException {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(progress, "progress");
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			String file = resolve(request.relativePath());
			Instant started = Instant.now();
			prepare(session, file, true);
			String part = file + ".part";
			Streamed streamed;
			List<String> warnings = new ArrayList<>();
			try {
				try (OutputStream out = session.create(part)) {
					streamed = Passes.compress(source, HashingOutput.sha256(out), encryption, progress);
				}
				commit(session, part, file, streamed.storedBytes(), warnings);
			} catch (IOException | RuntimeException | Error e) {
				removeAfterFailure(session, part, e);
				throw e;
			}
			BackupManifest data = ManifestData.backup(name(file), request, source.kind(), streamed, started, encryption);
			return withManifest(session, file, withWarnings(data, warnings), started);
		} catch (IOException | RuntimeException | Error e) {
			source.abort();
			throw e;
		}
	}

	@Override
	public WrittenBackup copy(StoredBackup stored, String relativePath, ProgressListener progress) throws IOException {
		return upload(stored, relativePath, progress).written();
	}

	/** {@link #upload(StoredBackup, String, ProgressListener)} of a local file. */
	public Upload upload(Path storedFile, String relativePath, ProgressListener progress) throws IOException {
		return upload(StoredBackups.local(Objects.requireNonNull(storedFile, "storedFile")), relativePath, progress);
	}

	/**
	 * {@link #copy}, saying whether it resumed: a {@code .part} left on the server by a cut copy is hashed
	 * there ({@code sha256sum} over exec, or read back over SFTP) and continued only when that hash equals
	 * the hash of the same number of bytes of {@code storedFile}; otherwise it is written again from zero.
	 * The whole file's hash must equal the manifest's before the rename. A failed copy leaves its
	 * {@code .part} for the next attempt, unless its bytes are known to be wrong.
	 */
	public Upload upload(StoredBackup storedFile, String relativePath, ProgressListener progress) throws IOException {
		Objects.requireNonNull(storedFile, "storedFile");
		Objects.requireNonNull(progress, "progress");
		BackupManifest original = storedFile.manifest();
		long size = storedFile.size();
		String file = resolve(relativePath);
		Instant started = Instant.now();
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			prepare(session, file, false);
			String part = file + ".part";
			MessageDigest digest = HashingOutput.newSha256();
			long resumeFrom = resumable(session, part, storedFile, size, digest);
			if (resumeFrom == 0) {
				digest.reset();
			}
			Streamed copied;
			try (InputStream in = storedFile.open();
					OutputStream out = resumeFrom > 0 ? session.append(part) : session.create(part)) {
				in.skipNBytes(resumeFrom);
				copied = Passes.copy(in, HashingOutput.continuing(out, digest, resumeFrom), progress);
			}
			List<String> warnings = new ArrayList<>();
			try {
				ManifestData.checkCopy(storedFile.location(), locationOf(relativePath), copied.sha256(), original);
			} catch (IOException wrongBytes) {
				removeAfterFailure(session, part, wrongBytes);
				throw wrongBytes;
			}
			commit(session, part, file, copied.storedBytes(), warnings);
			BackupManifest data = ManifestData.copy(original, name(file), copied.storedBytes(), copied.sha256());
			return new Upload(withManifest(session, file, withWarnings(data, warnings), started), resumeFrom);
		}
	}

	/** How many bytes of an existing {@code .part} can be kept, with {@code digest} holding their hash. */
	private long resumable(SftpSession session, String part, StoredBackup storedFile, long size, MessageDigest digest)
			throws IOException {
		Optional<SftpATTRS> attrs = session.stat(part);
		if (attrs.isEmpty() || attrs.get().isDir() || attrs.get().getSize() <= 0 || attrs.get().getSize() > size) {
			return 0;
		}
		long length = attrs.get().getSize();
		try (InputStream in = storedFile.open()) {
			byte[] buffer = new byte[Passes.BUFFER_SIZE];
			for (long left = length; left > 0;) {
				int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
				if (n <= 0) {
					return 0;
				}
				digest.update(buffer, 0, n);
				left -= n;
			}
		}
		String localPrefix = hex(cloneOf(digest));
		String remote = session.sha256(part).orElse(null);
		if (remote == null) {
			MessageDigest readBack = HashingOutput.newSha256();
			try (InputStream in = session.read(part)) {
				byte[] buffer = new byte[Passes.BUFFER_SIZE];
				for (int n; (n = in.read(buffer)) != -1;) {
					readBack.update(buffer, 0, n);
				}
			}
			remote = hex(readBack);
		}
		return remote.equals(localPrefix) ? length : 0;
	}

	/** Refuses to replace a backup, its manifest or (for a new backup) a running write; creates the folders. */
	private void prepare(SftpSession session, String file, boolean refusePart) throws IOException {
		checkRoot(session);
		refuseExisting(session, file, "backup file", "give this backup another name or move the old file away");
		refuseExisting(session, file + Manifests.SUFFIX, "manifest", "move the stray manifest away");
		if (refusePart) {
			refuseExisting(session, file + ".part", "partial file", "another run is writing it, or an earlier run was "
					+ "cut off; remove it when no backup is running");
		}
		session.mkdirs(parent(file));
	}

	/** Syncs the part, checks its size on the server, renames it to its final name and syncs the folder. */
	private void commit(SftpSession session, String part, String file, long expectedSize, List<String> warnings)
			throws IOException {
		session.sync(part).ifPresent(warnings::add);
		long onServer = session.stat(part).map(SftpATTRS::getSize).orElse(-1L);
		if (onServer != expectedSize) {
			throw new IOException(part + " on " + session.where() + " holds " + onServer + " bytes where " + expectedSize
					+ " were sent: the server lost part of the upload (disk full?); nothing was kept");
		}
		refuseExisting(session, file, "backup file", "give this backup another name or move the old file away");
		session.rename(part, file);
		session.sync(parent(file)).ifPresent(w -> {
			if (!warnings.contains(w)) {
				warnings.add(w);
			}
		});
	}

	/** Writes the manifest beside a committed file; without it the file is no backup, so it goes too. */
	private WrittenBackup withManifest(SftpSession session, String file, BackupManifest data, Instant started)
			throws IOException {
		String manifest = file + Manifests.SUFFIX;
		try {
			session.writeSmall(manifest, Manifests.toJson(data));
		} catch (IOException | RuntimeException | Error e) {
			removeAfterFailure(session, file, e);
			throw e;
		}
		return new WrittenBackup(Path.of(file), Path.of(manifest), data.size(), data.sourceSize(), data.sha256(),
				started, Instant.now(), data, new SftpLocation(ssh.address(), file).toString(),
				new SftpLocation(ssh.address(), manifest).toString());
	}

	@Override
	public Optional<String> relativePathOf(String location) {
		String prefix = location() + (root.equals("/") ? "" : "/");
		if (location == null || !location.startsWith(prefix) || location.length() == prefix.length()) {
			return Optional.empty();
		}
		String relative = location.substring(prefix.length());
		try {
			resolve(relative);
		} catch (IllegalArgumentException notPlain) {
			return Optional.empty();
		}
		return Optional.of(relative);
	}

	@Override
	public List<StoredFile> list(String relativeFolder) throws IOException {
		String folder = relativeFolder.isEmpty() ? root : resolve(relativeFolder);
		String base = root.equals("/") ? "/" : root + "/";
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			return session.walk(folder).stream().filter(f -> f.path().startsWith(base))
					.map(f -> new StoredFile(f.path().substring(base.length()), f.size()))
					.sorted(java.util.Comparator.comparing(StoredFile::relativePath)).toList();
		}
	}

	@Override
	public boolean delete(String relativePath) throws IOException {
		String file = resolve(relativePath);
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			if (session.stat(file).isEmpty()) {
				return false;
			}
			session.remove(file);
			session.sync(parent(file));
			return true;
		}
	}

	@Override
	public BackupManifest readManifest(String relativePath) throws IOException {
		String file = resolve(relativePath);
		try (SftpSession session = SftpSession.open(ssh, secrets); InputStream in = session.read(file)) {
			return Manifests.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
					new SftpLocation(ssh.address(), file).toString());
		}
	}

	/** Removes what a failed write left, on a fresh connection when the old one was cut; failing that, says so. */
	private void removeAfterFailure(SftpSession session, String path, Throwable failure) {
		if (session.isConnected()) {
			try {
				session.remove(path);
				return;
			} catch (IOException e) {
				if (session.isConnected()) {
					failure.addSuppressed(e);
					return;
				}
			}
		}
		try (SftpSession fresh = SftpSession.open(ssh.withRetries(0, java.time.Duration.ZERO), secrets)) {
			if (fresh.stat(path).isPresent()) {
				fresh.remove(path);
			}
		} catch (IOException e) {
			failure.addSuppressed(new IOException(path + " may be left on " + location() + " (" + e.getMessage()
					+ "): remove it when no backup is running", e));
		}
	}

	private static BackupManifest withWarnings(BackupManifest data, List<String> more) {
		if (more.isEmpty()) {
			return data;
		}
		List<String> warnings = new ArrayList<>(data.warnings() == null ? List.of() : data.warnings());
		warnings.addAll(more);
		return new BackupManifest(data.format(), data.file(), data.sop(), data.binding(), data.slot(), data.sourceKind(),
				data.facts(), data.compression(), data.size(), data.sourceSize(), data.sha256(), data.started(),
				data.finished(), data.exitStatus(), List.copyOf(warnings), data.encryptionKey());
	}

	private static void refuseExisting(SftpSession session, String path, String what, String fix) throws IOException {
		if (session.stat(path).isPresent()) {
			throw new TargetException(what + " " + path + " already exists on " + session.where()
					+ " and is never overwritten: " + fix);
		}
	}

	/** The absolute path on the server of a relative backup path; refuses one that would leave the root. */
	private String resolve(String relativePath) {
		if (relativePath == null || relativePath.isBlank()) {
			throw new IllegalArgumentException(
					"backup request has no relativePath: name the file with BackupNames.relativePath(...)");
		}
		for (String part : relativePath.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..") || part.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("backup path " + relativePath + " is not a plain path below target "
						+ location() + ": use a relative path such as BackupNames.relativePath(...) makes");
			}
		}
		return (root.equals("/") ? "" : root) + "/" + relativePath;
	}

	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash <= 0 ? "/" : path.substring(0, slash);
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static MessageDigest cloneOf(MessageDigest digest) {
		try {
			return (MessageDigest) digest.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("this Java runtime's SHA-256 cannot be cloned: run Cadang on a standard JDK", e);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	@Override
	public String toString() {
		return location();
	}
}
