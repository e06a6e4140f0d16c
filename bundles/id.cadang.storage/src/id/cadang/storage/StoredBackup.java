package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * A backup as its target stores it, read through that target's own reader: a local or mounted file, or a
 * file on an SFTP server ({@link StoredBackups#at}).
 */
public interface StoredBackup {

	/** Where it is: a local path or {@code sftp://user@host:port/path}. */
	String location();

	/** Its file name, without folder. */
	default String fileName() {
		String l = location();
		return l.substring(l.lastIndexOf('/') + 1);
	}

	/** The stored bytes from the first; the caller closes the stream. */
	InputStream open() throws IOException;

	/** The stored size in bytes. */
	long size() throws IOException;

	/** The manifest beside it. */
	BackupManifest manifest() throws IOException;
}
