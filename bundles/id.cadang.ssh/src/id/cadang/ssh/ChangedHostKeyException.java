package id.cadang.ssh;

import java.io.IOException;

/**
 * The server presented a host key other than the one in the known_hosts file: someone may be in the
 * middle, or the server was reinstalled. Nothing was sent to it.
 */
public final class ChangedHostKeyException extends IOException {
	private static final long serialVersionUID = 1L;

	private final SshAddress address;
	private final String knownFingerprint;
	private final String presentedFingerprint;

	public ChangedHostKeyException(SshAddress address, String keyType, String knownFingerprint, String presentedFingerprint,
			java.nio.file.Path knownHosts) {
		super("WARNING: the host key of " + address.hostAndPort() + " HAS CHANGED, so Cadang did not connect. Known "
				+ keyType + " key: " + knownFingerprint + "; presented now: " + presentedFingerprint
				+ ". Someone may be intercepting the connection. Only if the server's administrator confirms the new key "
				+ "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server), trust it with: cadang ssh trust "
				+ address.hostAndPort() + " " + presentedFingerprint + " (known_hosts file: " + knownHosts + ")");
		this.address = address;
		this.knownFingerprint = knownFingerprint;
		this.presentedFingerprint = presentedFingerprint;
	}

	public SshAddress address() {
		return address;
	}

	public String knownFingerprint() {
		return knownFingerprint;
	}

	public String presentedFingerprint() {
		return presentedFingerprint;
	}
}
