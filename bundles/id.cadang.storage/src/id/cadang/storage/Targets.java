package id.cadang.storage;

import java.nio.file.Path;

import id.cadang.ssh.InMemorySecrets;
import id.cadang.ssh.SshHome;

/**
 * The target a binding's {@code target=} value names: an absolute folder ({@code /mnt/nas/backup} or
 * {@code file:///mnt/nas/backup}), or an SFTP folder ({@code sftp://user@host[:port]/srv/backup}) reached
 * with the key and known_hosts of {@link SshHome}.
 */
public final class Targets {

	private Targets() {
	}

	/**
	 * @param value      the bound value
	 * @param cadangHome {@code $CADANG_HOME}, for the SSH key and known_hosts
	 * @throws IllegalArgumentException naming the value and the forms it may take
	 */
	public static BackupTarget forBinding(String value, Path cadangHome) {
		String v = value.strip();
		if (v.regionMatches(true, 0, "sftp://", 0, 7)) {
			SftpLocation location = SftpLocation.parse(v);
			// a key with a passphrase needs secure storage, which bindings do not reach yet: use a key without one
			return new SftpTarget(SshHome.of(cadangHome).target(location.address()), location.path(), new InMemorySecrets());
		}
		if (v.startsWith("file://")) {
			v = v.substring("file://".length());
		} else if (v.contains("://")) {
			throw new IllegalArgumentException("target '" + value + "' is neither a folder nor an SFTP location: bind "
					+ "target=/path/to/folder or target=sftp://user@host:port/path/to/folder");
		}
		Path path = Path.of(v);
		if (!path.isAbsolute()) {
			throw new IllegalArgumentException("target '" + value + "' is not an absolute folder path: bind "
					+ "target=/path/to/folder or target=sftp://user@host:port/path/to/folder");
		}
		return new LocalFolderTarget(path);
	}
}
