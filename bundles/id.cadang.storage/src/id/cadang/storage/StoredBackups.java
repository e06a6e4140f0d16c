package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.SecretKey;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

import id.cadang.ssh.SshHome;
import id.cadang.storage.internal.ChunkedAead;

/**
 * Reads what a target stored back to what the source produced: decrypts an encrypted file (its header names
 * the key) and decompresses every zstd frame. Verification and restore read through here.
 */
public final class StoredBackups {

	private StoredBackups() {
	}

	/**
	 * The backup a catalog row's location names: a local path, or {@code sftp://user@host:port/path} read over
	 * SFTP with the key, known_hosts and secrets of {@code cadangHome}.
	 */
	public static StoredBackup at(String location, Path cadangHome) {
		if (location.regionMatches(true, 0, "sftp://", 0, 7)) {
			SftpLocation sftp = SftpLocation.parse(location);
			SshHome home = SshHome.of(cadangHome);
			return new SftpStoredBackup(home.target(sftp.address()), home.secrets(), sftp);
		}
		if (location.contains("://")) {
			throw new IllegalArgumentException("backup location '" + location + "' is neither a local path nor sftp://");
		}
		return local(Path.of(location));
	}

	/** A backup file in a local or mounted folder, its manifest beside it. */
	public static StoredBackup local(Path file) {
		return new StoredBackup() {
			@Override
			public String location() {
				return file.toString();
			}

			@Override
			public String fileName() {
				return file.getFileName().toString();
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public long size() throws IOException {
				return Files.size(file);
			}

			@Override
			public BackupManifest manifest() throws IOException {
				return Manifests.read(Manifests.beside(file));
			}

			@Override
			public String toString() {
				return location();
			}
		};
	}

	/** No keys at all: an encrypted backup then fails with {@link MissingKeyException}. */
	public static Function<String, Optional<SecretKey>> noKeys() {
		return id -> Optional.empty();
	}

	/**
	 * The decoded content of {@code stored}; closing it closes {@code stored}. A changed, cut or reordered chunk
	 * of an encrypted file fails the read with an IOException naming the chunk.
	 *
	 * @param keys  the key of an id, as {@link EncryptionKeys#find} gives it
	 * @param where the file, for messages
	 * @throws MissingKeyException when the file is encrypted with a key {@code keys} does not have
	 */
	public static InputStream decoded(InputStream stored, Function<String, Optional<SecretKey>> keys, String where)
			throws IOException {
		InputStream plain = decrypted(stored, keys, where);
		return new ZstdInputStreamNoFinalizer(plain);
	}

	/** The stored bytes with encryption, if any, removed: the zstd stream. */
	public static InputStream decrypted(InputStream stored, Function<String, Optional<SecretKey>> keys, String where)
			throws IOException {
		PushbackInputStream in = new PushbackInputStream(stored, ChunkedAead.MAGIC.length);
		byte[] start = in.readNBytes(ChunkedAead.MAGIC.length);
		in.unread(start);
		if (!ChunkedAead.isEncrypted(start, start.length)) {
			return in;
		}
		ChunkedAead.Header header = ChunkedAead.readHeader(in);
		SecretKey key = keys.apply(header.keyId()).orElseThrow(() -> new MissingKeyException(header.keyId(), where));
		return ChunkedAead.decrypting(in, header, key);
	}
}
