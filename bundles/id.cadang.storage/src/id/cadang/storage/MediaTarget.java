package id.cadang.storage;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder on a removable medium ({@code media://label/BACKUP-PTIK/cadang}), found where it is mounted at
 * each use: {@link #check()} and every write fail with {@link MediaNotPresentException} while the medium is
 * not there. Once found it is a {@link LocalFolderTarget} (the same .part, fsync, rename, manifest).
 */
public final class MediaTarget implements BackupTarget {
	private final MediaLocation location;
	private final RemovableMedia media;
	private final Optional<Encryption> encryption;

	public MediaTarget(MediaLocation location, RemovableMedia media) {
		this(location, media, Optional.empty());
	}

	private MediaTarget(MediaLocation location, RemovableMedia media, Optional<Encryption> encryption) {
		this.location = Objects.requireNonNull(location, "location");
		this.media = Objects.requireNonNull(media, "media");
		this.encryption = encryption;
	}

	/** The same medium, new backups encrypted at rest with {@code with}. */
	public MediaTarget encrypted(Encryption with) {
		return new MediaTarget(location, media, Optional.of(with));
	}

	@Override
	public Optional<Encryption> encryption() {
		return encryption;
	}

	public MediaLocation media() {
		return location;
	}

	/**
	 * The folder target on the mounted medium.
	 *
	 * @throws MediaNotPresentException when it is not plugged in or not mounted
	 */
	public LocalFolderTarget resolve() throws TargetException {
		LocalFolderTarget folder = new LocalFolderTarget(media.folder(location));
		return encryption.map(folder::encrypted).orElse(folder);
	}

	/** {@code media://label/...}. */
	@Override
	public String location() {
		return location.toString();
	}

	/** The path on the mounted medium, or the media:// form while it is not there. */
	@Override
	public String locationOf(String relativePath) {
		try {
			return resolve().locationOf(relativePath);
		} catch (TargetException e) {
			return location() + "/" + relativePath;
		}
	}

	@Override
	public void check() throws TargetException {
		resolve().check();
	}

	@Override
	public WrittenBackup write(BackupRequest request, StreamSource source, ProgressListener progress) throws IOException {
		LocalFolderTarget folder;
		try {
			folder = resolve();
		} catch (TargetException e) {
			source.abort();
			throw e;
		}
		return folder.write(request, source, progress);
	}

	@Override
	public WrittenBackup copy(StoredBackup stored, String relativePath, ProgressListener progress) throws IOException {
		return resolve().copy(stored, relativePath, progress);
	}

	/** A path on the mounted medium, or the media:// form {@link #locationOf} gives while it is not there. */
	@Override
	public Optional<String> relativePathOf(String location) {
		String prefix = location() + "/";
		if (location != null && location.startsWith(prefix)) {
			return Optional.of(location.substring(prefix.length()));
		}
		try {
			return resolve().relativePathOf(location);
		} catch (TargetException e) {
			return Optional.empty();
		}
	}

	@Override
	public List<StoredFile> list(String relativeFolder) throws IOException {
		return resolve().list(relativeFolder);
	}

	@Override
	public boolean delete(String relativePath) throws IOException {
		return resolve().delete(relativePath);
	}

	@Override
	public BackupManifest readManifest(String relativePath) throws IOException {
		return resolve().readManifest(relativePath);
	}

	@Override
	public String toString() {
		return location();
	}
}
