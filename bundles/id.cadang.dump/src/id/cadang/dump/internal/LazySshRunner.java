package id.cadang.dump.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.RunningCommand;
import id.cadang.ssh.Secrets;
import id.cadang.ssh.SshAddress;
import id.cadang.ssh.SshCommandRunner;
import id.cadang.ssh.SshHome;
import id.cadang.ssh.SshTarget;

/**
 * An SSH runner that logs in at its first command, so that a failure to connect (an unknown host key:
 * its fingerprint and the trust command) happens inside the backup's preflight and is recorded as the
 * step's failure. Host keys are checked against {@code $CADANG_HOME/ssh/known_hosts}; the key is
 * {@code $CADANG_HOME/ssh/id_ed25519}, else {@code ~/.ssh/id_ed25519}, else {@code ~/.ssh/id_rsa}.
 */
public final class LazySshRunner implements CommandRunner, AutoCloseable {
	private final SshTarget target;
	private final Secrets secrets;
	private Optional<SshCommandRunner> connected = Optional.empty();

	public LazySshRunner(SshTarget target, Secrets secrets) {
		this.target = target;
		this.secrets = secrets;
	}

	/** A runner for {@code address} with Cadang's key and known_hosts under {@code cadangHome} (see {@link SshHome}). */
	public static LazySshRunner inHome(SshAddress address, Path cadangHome) {
		return new LazySshRunner(SshHome.of(cadangHome).target(address), SshHome.of(cadangHome).secrets());
	}

	public SshTarget target() {
		return target;
	}

	@Override
	public RunningCommand start(List<String> command, Map<String, String> env) throws IOException {
		return runner().start(command, env);
	}

	private synchronized SshCommandRunner runner() throws IOException {
		if (connected.isEmpty()) {
			connected = Optional.of(SshCommandRunner.connect(target, secrets));
		}
		return connected.get();
	}

	@Override
	public String describe() {
		return target.address().toString();
	}

	/** Logs out, if it logged in. */
	@Override
	public synchronized void close() {
		connected.ifPresent(SshCommandRunner::close);
	}
}
