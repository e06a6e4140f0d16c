package id.cadang.storage;

import java.nio.file.Path;
import java.util.Optional;

import id.cadang.ssh.SshHome;

/**
 * The target a binding's {@code target=} value names: an absolute folder ({@code /mnt/nas/backup} or
 * {@code file:///mnt/nas/backup}), or an SFTP folder ({@code sftp://user@host[:port]/srv/backup}) reached
 * with the key and known_hosts of {@link SshHome}, the key's passphrase from Cadang's secure storage, or a
 * folder on a removable medium by label or UUID ({@code media://label/BACKUP-PTIK/cadang}, {@link MediaTarget}).
 * Either may end in {@code ?encrypt=<key id>}: new backups are then encrypted at rest (AES-256-GCM chunks)
 * with that key from secure storage, made there the first time.
 */
public final class Targets {
	private static final String ENCRYPT = "?encrypt=";

	private Targets() {
	}

	/**
	 * @param value      the bound value
	 * @param cadangHome {@code $CADANG_HOME}, for the SSH key, known_hosts and secrets
	 * @throws IllegalArgumentException naming the value and the forms it may take
	 */
	public static BackupTarget forBinding(String value, Path cadangHome) {
		String v = value.strip();
		Optional<String> keyId = Optional.empty();
		int query = v.lastIndexOf(ENCRYPT);
		if (query >= 0) {
			keyId = Optional.of(v.substring(query + ENCRYPT.length()));
			v = v.substring(0, query);
			try {
				EncryptionKeys.checkedId(keyId.get());
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("target '" + value + "': " + e.getMessage());
			}
		}
		SshHome ssh = SshHome.of(cadangHome);
		Optional<Encryption> encryption = keyId.map(id -> new Encryption(id, new EncryptionKeys(ssh.secrets()).getOrCreate(id)));
		if (v.regionMatches(true, 0, "sftp://", 0, 7)) {
			SftpLocation location = SftpLocation.parse(v);
			SftpTarget target = new SftpTarget(ssh.target(location.address()), location.path(), ssh.secrets());
			return encryption.map(target::encrypted).orElse(target);
		}
		if (MediaLocation.isMedia(v)) {
			MediaTarget target = new MediaTarget(MediaLocation.parse(v), RemovableMedia.system());
			return encryption.map(target::encrypted).orElse(target);
		}
		if (v.startsWith("file://")) {
			v = v.substring("file://".length());
		} else if (v.contains("://")) {
			throw new IllegalArgumentException("target '" + value + "' is neither a folder nor an SFTP location: bind "
					+ "target=/path/to/folder, target=sftp://user@host:port/path/to/folder or target=media://label/LABEL/folder (each may end in ?encrypt=<key id>)");
		}
		Path path = Path.of(v);
		if (!path.isAbsolute()) {
			throw new IllegalArgumentException("target '" + value + "' is not an absolute folder path: bind "
					+ "target=/path/to/folder or target=sftp://user@host:port/path/to/folder");
		}
		LocalFolderTarget target = new LocalFolderTarget(path);
		return encryption.map(target::encrypted).orElse(target);
	}

	/** The keys of encrypted backups, from the secure storage of {@code cadangHome}, for verify and restore. */
	public static EncryptionKeys keys(Path cadangHome) {
		return new EncryptionKeys(SshHome.of(cadangHome).secrets());
	}
}
