package id.cadang.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one SSH server: its address, the private key file (ed25519 or RSA, OpenSSH or PEM
 * format), the key under which {@link Secrets} holds the key's passphrase if it has one, the
 * known_hosts file that every host key is checked against, and the timing.
 * <ul>
 * <li>{@code connectTimeout}: TCP connect plus key exchange and login;</li>
 * <li>{@code keepalive}: a keepalive request after this long without traffic (OpenSSH's
 * ServerAliveInterval);</li>
 * <li>{@code readTimeout}: a connection silent for this long is given up, counted in keepalives that
 * went unanswered (ServerAliveCountMax = readTimeout / keepalive, at least 1);</li>
 * <li>{@code retries}, {@code backoff}: a connection that cannot be established (refused, timed out,
 * cut during the handshake) is tried again up to {@code retries} more times, waiting
 * {@code backoff}, then twice that, and so on. A command that already started is never retried.</li>
 * </ul>
 */
public record SshTarget(SshAddress address, Path privateKey, Optional<String> passphraseKey, Path knownHosts,
		Duration connectTimeout, Duration keepalive, Duration readTimeout, int retries, Duration backoff) {

	public SshTarget {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(privateKey, "privateKey");
		Objects.requireNonNull(passphraseKey, "passphraseKey: Optional.empty() for a key without passphrase");
		Objects.requireNonNull(knownHosts, "knownHosts");
		if (connectTimeout.isNegative() || connectTimeout.isZero() || keepalive.isNegative() || keepalive.isZero()
				|| readTimeout.compareTo(keepalive) < 0) {
			throw new IllegalArgumentException("SSH timeouts for " + address + " must be positive, and the read timeout ("
					+ readTimeout + ") at least the keepalive interval (" + keepalive + ")");
		}
		if (retries < 0 || backoff.isNegative()) {
			throw new IllegalArgumentException("SSH retries for " + address + " must be 0 or more with a backoff of 0 or more");
		}
	}

	/**
	 * A target with the defaults: connect timeout 20 s, keepalive every 15 s, read timeout 60 s, 3
	 * retries starting at 1 s.
	 */
	public static SshTarget of(SshAddress address, Path privateKey, Path knownHosts) {
		return new SshTarget(address, privateKey, Optional.empty(), knownHosts, Duration.ofSeconds(20),
				Duration.ofSeconds(15), Duration.ofSeconds(60), 3, Duration.ofSeconds(1));
	}

	/** The same target whose key's passphrase is in {@link Secrets} under {@code secretKey}. */
	public SshTarget withPassphraseKey(String secretKey) {
		return new SshTarget(address, privateKey, Optional.of(secretKey), knownHosts, connectTimeout, keepalive,
				readTimeout, retries, backoff);
	}

	public SshTarget withTimeouts(Duration connect, Duration keepaliveInterval, Duration read) {
		return new SshTarget(address, privateKey, passphraseKey, knownHosts, connect, keepaliveInterval, read, retries,
				backoff);
	}

	public SshTarget withRetries(int count, Duration firstBackoff) {
		return new SshTarget(address, privateKey, passphraseKey, knownHosts, connectTimeout, keepalive, readTimeout,
				count, firstBackoff);
	}
}
