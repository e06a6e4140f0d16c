package id.cadang.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.cadang.ssh.internal.EquinoxNode;

/**
 * Secrets in Equinox secure storage at {@code $CADANG_HOME/secure/secure_storage}. A headless server has
 * no keyring to unlock it, so the storage password is a random 256-bit key in
 * {@code $CADANG_HOME/secure/key}, made on first use with mode 0600 in a 0700 folder: what protects the
 * secrets is that only the account running Cadang (and root) can read that key. Each value is encrypted
 * (AES-256, Equinox's default) and the storage file itself is kept 0600 as well. Names are kept as given
 * ({@code ssh/id_ed25519}, {@code db/backup@10.0.0.5:5432}); {@link #toString()} never shows a value.
 */
public final class SecureStorageSecrets implements Secrets {

	/** The node under which Cadang's secrets live. */
	private static final String NODE = "id.cadang.secrets";
	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private final Path folder;
	private final EquinoxNode node;

	private SecureStorageSecrets(Path folder, EquinoxNode node) {
		this.folder = folder;
		this.node = node;
	}

	/**
	 * The secrets of the Cadang whose home is {@code cadangHome}; makes the folder and key when missing.
	 *
	 * @throws UncheckedIOException  when the folder, key or storage cannot be made or read, saying which
	 * @throws IllegalStateException when this runtime lacks Equinox secure storage
	 */
	public static SecureStorageSecrets inHome(Path cadangHome) {
		Path folder = cadangHome.resolve("secure");
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
			}
			Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
			char[] password = readOrMakeKey(folder.resolve("key"));
			Path storage = folder.resolve("secure_storage");
			if (!Files.exists(storage)) {
				Files.createFile(storage, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
			}
			try {
				return new SecureStorageSecrets(folder, EquinoxNode.open(storage, password, NODE));
			} catch (LinkageError e) {
				throw new IllegalStateException("Equinox secure storage is not available in this runtime (bundles"
						+ " org.eclipse.equinox.security and org.eclipse.equinox.registry must be installed and resolved): " + e, e);
			} finally {
				Arrays.fill(password, '\0');
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot open Cadang's secure storage in " + folder + ": " + e.getMessage()
					+ " (it must be a folder the user running Cadang owns)", e);
		}
	}

	/**
	 * The secrets of {@code cadangHome}, opened at the first look-up: a key without passphrase or a URL
	 * with its password never touches the storage.
	 */
	public static Secrets lazyInHome(Path cadangHome) {
		return new Secrets() {
			private SecureStorageSecrets opened;

			private synchronized SecureStorageSecrets storage() {
				if (opened == null) {
					opened = inHome(cadangHome);
				}
				return opened;
			}

			@Override
			public Optional<String> get(String name) {
				return storage().get(name);
			}

			@Override
			public void put(String name, String value) {
				storage().put(name, value);
			}

			@Override
			public List<String> names() {
				return storage().names();
			}

			@Override
			public String toString() {
				return "SecureStorageSecrets(" + cadangHome.resolve("secure") + ")";
			}
		};
	}

	private static char[] readOrMakeKey(Path key) throws IOException {
		if (!Files.exists(key)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(key, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
				Files.writeString(key, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII);
			} catch (FileAlreadyExistsException raced) {
				// another Cadang process made it first: use that one
			}
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(key);
		if (!OWNER_ONLY_FILE.containsAll(permissions)) {
			throw new IOException("the key file " + key + " is readable by others (" + PosixFilePermissions.toString(permissions)
					+ "): make it the owner's only with chmod 600 " + key);
		}
		String text = Files.readString(key, StandardCharsets.US_ASCII).strip();
		if (text.length() < 40) {
			throw new IOException("the key file " + key + " is empty or cut short: restore it from your copy (without it the"
					+ " stored secrets cannot be read)");
		}
		return text.toCharArray();
	}

	@Override
	public Optional<String> get(String name) {
		try {
			return node.get(name);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read secret '" + name + "' from " + folder + ": " + e.getMessage()
					+ " (was " + folder.resolve("key") + " replaced? the secret must then be stored again)", e);
		}
	}

	@Override
	public void put(String name, String value) {
		if (name == null || name.isBlank() || value == null) {
			throw new IllegalArgumentException("a secret needs a name and a value");
		}
		try {
			node.put(name, value);
			Files.setPosixFilePermissions(folder.resolve("secure_storage"), OWNER_ONLY_FILE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save secret '" + name + "' to " + folder + ": " + e.getMessage(), e);
		}
	}

	@Override
	public List<String> names() {
		return node.names();
	}

	/** Where the storage and its key are. */
	public Path folder() {
		return folder;
	}

	@Override
	public String toString() {
		return "SecureStorageSecrets" + names();
	}
}
