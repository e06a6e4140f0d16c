package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import id.cadang.storage.internal.Folders;
import id.cadang.storage.internal.HashingOutput;
import id.cadang.storage.internal.ManifestData;
import id.cadang.storage.internal.Passes;
import id.cadang.storage.internal.Streamed;

/**
 * A local folder or a mounted NAS share. One streaming pass per backup: source, zstd (level 3, one worker, content
 * checksum), SHA-256 of the stored bytes, {@code <file>.part}, fsync, atomic rename, folder fsync,
 * manifest. No temporary full copy; a failed source or a full disk leaves no file behind.
 */
public final class LocalFolderTarget implements BackupTarget {
	private static final String NO_SPACE = "No space left on device";
	private static final String READ_ONLY = "Read-only file system";

	private final Path root;
	private final Optional<Encryption> encryption;

	public LocalFolderTarget(Path root) {
		this(root, Optional.empty());
	}

	private LocalFolderTarget(Path root, Optional<Encryption> encryption) {
		this.root = Objects.requireNonNull(root, "root");
		this.encryption = Objects.requireNonNull(encryption, "encryption");
	}

	/** The same folder, new backups encrypted at rest with {@code with}. */
	public LocalFolderTarget encrypted(Encryption with) {
		return new LocalFolderTarget(root, Optional.of(with));
	}

	@Override
	public Optional<Encryption> encryption() {
		return encryption;
	}

	public Path root() {
		return root;
	}

	@Override
	public String location() {
		return root.toString();
	}

	@Override
	public void check() throws TargetException {
		if (!Files.exists(root)) {
			throw new TargetException("target folder " + root
					+ " does not exist: create it or bind target= to an existing folder");
		}
		if (!Files.isDirectory(root)) {
			throw new TargetException("target " + root + " is not a folder: bind target= to a folder");
		}
		Path probe = root.resolve(".cadang-probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		try {
			try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(new byte[] { 'c' }));
			}
			Files.delete(probe);
		} catch (IOException e) {
			deleteQuietly(probe, e);
			throw notWritable(e);
		}
	}

	@Override
	public String locationOf(String relativePath) {
		return resolve(relativePath).toString();
	}

	@Override
	public WrittenBackup write(BackupRequest request, StreamSource source, ProgressListener progress)
			throws IOException {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(progress, "progress");
		try {
			Path file = resolve(request.relativePath());
			Instant started = Instant.now();
			Streamed streamed = commit(file, channel -> Passes.compress(source, sink(channel), encryption, progress));
			return withManifest(file, ManifestData.backup(file.getFileName().toString(), request, source.kind(),
					streamed, started, encryption), started);
		} catch (IOException | RuntimeException | Error e) {
			source.abort();
			throw e;
		}
	}

	/**
	 * Copies a stored backup and its manifest to this target, byte for byte, under {@code relativePath}:
	 * the copy's SHA-256 is computed while writing and must equal the manifest's, or nothing is kept.
	 * The same {@code .part}, fsync, rename and folder fsync as {@link #write} apply.
	 */
	@Override
	public WrittenBackup copy(StoredBackup stored, String relativePath, ProgressListener progress) throws IOException {
		Objects.requireNonNull(stored, "stored");
		Objects.requireNonNull(progress, "progress");
		BackupManifest original = stored.manifest();
		Path file = resolve(relativePath);
		Instant started = Instant.now();
		Streamed copied = commit(file, channel -> {
			Streamed done;
			try (InputStream in = stored.open()) {
				done = Passes.copy(in, sink(channel), progress);
			}
			ManifestData.checkCopy(stored.location(), file.toString(), done.sha256(), original);
			return done;
		});
		return withManifest(file, ManifestData.copy(original, file.getFileName().toString(), copied.storedBytes(),
				copied.sha256()), started);
	}

	private static HashingOutput sink(FileChannel channel) {
		return HashingOutput.sha256(Channels.newOutputStream(channel));
	}

	/** The body that fills a {@code .part} file. */
	@FunctionalInterface
	private interface PartWriter {
		Streamed fill(FileChannel channel) throws IOException;
	}

	/**
	 * Fills {@code file.part} with {@code body}, forces it to disk, renames it to {@code file} and syncs
	 * every folder it created; on failure nothing is left under either name.
	 */
	private Streamed commit(Path file, PartWriter body) throws IOException {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		Path manifest = Manifests.beside(file);
		boolean partCreated = false;
		try {
			check();
			refuseExisting(file, "backup file", "give this backup another name or move the old file away");
			refuseExisting(manifest, "manifest", "move the stray manifest away");
			refuseExisting(part, "partial file", "another run is writing it, or an earlier run was cut off; "
					+ "remove it when no backup is running");
			Set<Path> changedFolders = new LinkedHashSet<>(Folders.create(file.getParent()));
			changedFolders.add(file.getParent());
			Streamed streamed;
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				partCreated = true;
				streamed = body.fill(channel);
				channel.force(true);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			partCreated = false;
			for (Path folder : changedFolders) {
				Folders.sync(folder);
			}
			return streamed;
		} catch (IOException | RuntimeException | Error e) {
			if (partCreated) {
				deleteQuietly(part, e);
			}
			TargetException full = full(e, file);
			if (full != null) {
				throw full;
			}
			throw e;
		}
	}

	/** Writes the manifest beside a committed file; without its manifest the file is no backup, so it goes too. */
	private WrittenBackup withManifest(Path file, BackupManifest data, Instant started) throws IOException {
		Path manifest = Manifests.beside(file);
		try {
			Manifests.write(manifest, data);
		} catch (IOException | RuntimeException | Error e) {
			deleteQuietly(file, e);
			TargetException full = full(e, file);
			if (full != null) {
				throw full;
			}
			throw e;
		}
		return new WrittenBackup(file, manifest, data.size(), data.sourceSize(), data.sha256(), started, Instant.now(),
				data);
	}

	/** The clear "target is full" failure when {@code e} is ENOSPC, else null. */
	private TargetException full(Throwable e, Path file) {
		if (!(e instanceof SourceFailedException) && isNoSpace(e)) {
			return new TargetException("target " + root + " is full (" + NO_SPACE + ") while writing " + file
					+ ": free space or choose another target", e);
		}
		return null;
	}

	@Override
	public Optional<String> relativePathOf(String location) {
		if (location == null || location.contains("://")) {
			return Optional.empty();
		}
		Path base = root.toAbsolutePath().normalize();
		Path file = Path.of(location).toAbsolutePath().normalize();
		if (!file.startsWith(base) || file.equals(base)) {
			return Optional.empty();
		}
		return Optional.of(base.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"));
	}

	@Override
	public List<StoredFile> list(String relativeFolder) throws IOException {
		Path folder = relativeFolder.isEmpty() ? root : resolve(relativeFolder);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<StoredFile> files = new ArrayList<>();
		Path base = root.toAbsolutePath().normalize();
		try (Stream<Path> walk = Files.walk(folder.toAbsolutePath().normalize())) {
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
				files.add(new StoredFile(base.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"),
						Files.size(file)));
			}
		}
		return files;
	}

	@Override
	public boolean delete(String relativePath) throws IOException {
		Path file = resolve(relativePath);
		boolean deleted;
		try {
			deleted = Files.deleteIfExists(file);
		} catch (IOException e) {
			String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
					: e.getClass().getSimpleName();
			throw new TargetException("cannot delete " + file + " on target " + root + " (" + reason
					+ "): check that it is a file and that the Cadang service user may write to its folder", e);
		}
		if (deleted) {
			Folders.sync(file.getParent());
		}
		return deleted;
	}

	@Override
	public BackupManifest readManifest(String relativePath) throws IOException {
		return Manifests.read(resolve(relativePath));
	}

	private Path resolve(String relativePath) {
		if (relativePath == null || relativePath.isBlank()) {
			throw new IllegalArgumentException(
					"backup request has no relativePath: name the file with BackupNames.relativePath(...)");
		}
		Path relative = root.getFileSystem().getPath(relativePath);
		Path base = root.normalize();
		Path file = base.resolve(relative).normalize();
		if (relative.isAbsolute() || !file.startsWith(base) || file.equals(base)) {
			throw new IllegalArgumentException("backup path " + relativePath + " is not below target folder " + root
					+ ": use a relative path such as BackupNames.relativePath(...) makes");
		}
		return file;
	}

	private static void refuseExisting(Path path, String what, String fix) throws TargetException {
		if (Files.exists(path)) {
			throw new TargetException(what + " " + path + " already exists and is never overwritten: " + fix);
		}
	}

	private TargetException notWritable(IOException e) {
		String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
				: String.valueOf(e.getMessage());
		if (isNoSpace(e)) {
			return new TargetException("target " + root + " is full (" + NO_SPACE
					+ "): free space or choose another target", e);
		}
		if (reason.contains(READ_ONLY)) {
			return new TargetException("target folder " + root + " is read-only (" + reason
					+ "): remount it read-write or choose another folder", e);
		}
		return new TargetException("target folder " + root + " is not writable (" + reason
				+ "): give the Cadang service user write access or choose another folder", e);
	}

	private static boolean isNoSpace(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String reason = t instanceof FileSystemException fse ? fse.getReason() : null;
			if ((reason != null && reason.contains(NO_SPACE))
					|| (t.getMessage() != null && t.getMessage().contains(NO_SPACE))) {
				return true;
			}
		}
		return false;
	}

	private static void deleteQuietly(Path path, Throwable failure) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}
}
