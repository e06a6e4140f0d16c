package id.cadang.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Cadang's own SSH files under {@code $CADANG_HOME/ssh}: the known_hosts file every host key is checked
 * against, and the default private key of ssh:// and sftp:// bindings and {@code ?ssh=} databases ({@code id_ed25519} there, made by
 * {@code cadang ssh keygen}; else the user's {@code ~/.ssh/id_ed25519} or {@code ~/.ssh/id_rsa}).
 */
public final class SshHome {
	private final Path cadangHome;
	private final Path userHome;

	public SshHome(Path cadangHome, Path userHome) {
		this.cadangHome = Objects.requireNonNull(cadangHome, "cadangHome");
		this.userHome = Objects.requireNonNull(userHome, "userHome");
	}

	/** For the user running Cadang. */
	public static SshHome of(Path cadangHome) {
		return new SshHome(cadangHome, Path.of(System.getProperty("user.home")));
	}

	/** {@code $CADANG_HOME/ssh}. */
	public Path folder() {
		return cadangHome.resolve("ssh");
	}

	/** {@code $CADANG_HOME/ssh/known_hosts}. */
	public KnownHosts knownHosts() {
		return new KnownHosts(folder().resolve("known_hosts"));
	}

	/** Cadang's secure storage ({@code $CADANG_HOME/secure}), where key passphrases are, opened at first use. */
	public Secrets secrets() {
		return SecureStorageSecrets.lazyInHome(cadangHome);
	}

	/** {@code $CADANG_HOME/ssh/id_ed25519}, which {@code cadang ssh keygen} makes. */
	public Path ownKey() {
		return folder().resolve("id_ed25519");
	}

	/**
	 * The key bindings log in with: Cadang's own when it exists, else the user's {@code ~/.ssh/id_ed25519},
	 * else {@code ~/.ssh/id_rsa}; Cadang's own (missing: the connection says how to make it) when none exists.
	 */
	public Path privateKey() {
		for (Path candidate : new Path[] { ownKey(), userHome.resolve(".ssh/id_ed25519"), userHome.resolve(".ssh/id_rsa") }) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return ownKey();
	}

	/**
	 * How to reach {@code address} with the default key and known_hosts, and the default timings; a key with
	 * a passphrase finds it in {@link Secrets} under {@link #passphraseName(Path)}.
	 */
	public SshTarget target(SshAddress address) {
		Path key = privateKey();
		return SshTarget.of(address, key, knownHosts().file()).withPassphraseKey(passphraseName(key));
	}

	/** The secret name of {@code key}'s passphrase: {@code ssh:} and the key file's absolute path. */
	public static String passphraseName(Path key) {
		return "ssh:" + key.toAbsolutePath().normalize();
	}
}
