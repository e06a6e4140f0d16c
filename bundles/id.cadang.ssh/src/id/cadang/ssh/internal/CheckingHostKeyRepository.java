package id.cadang.ssh.internal;

import java.util.Optional;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

/**
 * Checks host keys against the known_hosts file JSch read, and remembers the key the server presented
 * so that a refusal can name its fingerprint. It never adds a key: trusting one is
 * {@link id.cadang.ssh.KnownHosts#trust}'s job, after a person compared fingerprints.
 */
public final class CheckingHostKeyRepository implements HostKeyRepository {
	private final HostKeyRepository knownHosts;
	private volatile byte[] presented;

	public CheckingHostKeyRepository(HostKeyRepository knownHosts) {
		this.knownHosts = knownHosts;
	}

	/** The key blob the server presented in the last check. */
	public Optional<byte[]> presented() {
		return Optional.ofNullable(presented);
	}

	@Override
	public int check(String host, byte[] key) {
		presented = key.clone();
		return knownHosts.check(host, key);
	}

	@Override
	public void add(HostKey hostkey, UserInfo ui) {
		// never: an unknown key is refused, not learnt
	}

	@Override
	public void remove(String host, String type) {
		// the file is changed only by KnownHosts.trust
	}

	@Override
	public void remove(String host, String type, byte[] key) {
		// the file is changed only by KnownHosts.trust
	}

	@Override
	public String getKnownHostsRepositoryID() {
		return knownHosts.getKnownHostsRepositoryID();
	}

	@Override
	public HostKey[] getHostKey() {
		return knownHosts.getHostKey();
	}

	@Override
	public HostKey[] getHostKey(String host, String type) {
		return knownHosts.getHostKey(host, type);
	}
}
