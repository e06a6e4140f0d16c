package id.cadang.ssh;

import java.io.IOException;

/**
 * The server's host key is not in the known_hosts file: nothing was sent to it. The message gives the
 * key's fingerprint, to compare with {@code ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub} on the
 * server, and the command that trusts it.
 */
public final class UnknownHostKeyException extends IOException {
	private static final long serialVersionUID = 1L;

	private final SshAddress address;
	private final String fingerprint;

	public UnknownHostKeyException(SshAddress address, String keyType, String fingerprint, java.nio.file.Path knownHosts) {
		super("the host key of " + address.hostAndPort() + " is not known, so Cadang did not connect: its " + keyType
				+ " key has fingerprint " + fingerprint + ". Compare it with 'ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub' "
				+ "on the server, then trust it with: cadang ssh trust " + address.hostAndPort() + " " + fingerprint
				+ " (known_hosts file: " + knownHosts + ")");
		this.address = address;
		this.fingerprint = fingerprint;
	}

	public SshAddress address() {
		return address;
	}

	/** {@code SHA256:...}, as OpenSSH prints it. */
	public String fingerprint() {
		return fingerprint;
	}
}
