package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Secrets in Equinox secure storage, as {@code cadang secret set} keeps them. */
class SecureStorageSecretsTest {

	private static final String PASSPHRASE = "kunci-Rahasia-7731-zq";

	@TempDir
	Path home;

	@Test
	void aSecretIsReadBackAfterTheSecureStorageRestartedAndNeverStoredInPlain() throws Exception {
		SecureStorageSecrets secrets = SecureStorageSecrets.inHome(home);
		secrets.put("ssh:/root/.ssh/id_ed25519", PASSPHRASE);
		secrets.put("db/backup@10.0.0.5:5432", "pg-" + PASSPHRASE);

		restartSecureStorage();

		SecureStorageSecrets again = SecureStorageSecrets.inHome(home);
		assertEquals(Optional.of(PASSPHRASE), again.get("ssh:/root/.ssh/id_ed25519"));
		assertEquals(Optional.of("pg-" + PASSPHRASE), again.get("db/backup@10.0.0.5:5432"));
		assertEquals(Optional.empty(), again.get("db/other@host:5432"));
		assertEquals(List.of("db/backup@10.0.0.5:5432", "ssh:/root/.ssh/id_ed25519"), again.names());
		assertFalse(again.toString().contains(PASSPHRASE));

		Path storage = home.resolve("secure/secure_storage");
		String stored = Files.readString(storage, StandardCharsets.ISO_8859_1);
		assertTrue(stored.contains("id.cadang.secrets"), "the secrets are in " + storage);
		assertFalse(stored.contains(PASSPHRASE), "the storage file holds the secret in plain");
		assertFalse(stored.contains("kunci"), "the storage file holds part of the secret in plain");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(storage)));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secure/key"))));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secure"))));
	}

	@Test
	void aKeyFileOthersCanReadIsRefusedWithTheFix() throws Exception {
		Path other = home.resolve("loose");
		SecureStorageSecrets.inHome(other).put("x", "y");
		Files.setPosixFilePermissions(other.resolve("secure/key"), PosixFilePermissions.fromString("rw-r--r--"));
		UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SecureStorageSecrets.inHome(other));
		assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
	}

	/** Stops and starts the secure storage bundle: it saves and forgets every open storage, as at shutdown. */
	private static void restartSecureStorage() throws Exception {
		Bundle self = FrameworkUtil.getBundle(SecureStorageSecrets.class);
		Bundle storage = List.of(self.getBundleContext().getBundles()).stream()
				.filter(b -> b.getSymbolicName().equals("org.eclipse.equinox.security")).findFirst().orElseThrow();
		storage.stop();
		storage.start();
	}
}
