package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.testing.Processes;
import id.cadang.testing.SshServer;

/**
 * Benchmark, not a test of speed: streams 512 MiB from {@code head -c} through {@link SshCommandRunner}
 * and through OpenSSH's {@code ssh} (its default cipher, and AES-GCM as Cadang uses) into /dev/null, and prints the ratio of the
 * best of three rounds each, after one warm-up transfer (the JIT compiles JSch's cipher loop within the
 * first hundred MB, which a real dump amortizes). Each round opens its own connection. It asserts only
 * that both moved every byte.
 */
final class SshStreamBenchmarkTest {
	private static final long SIZE = 512L * 1024 * 1024;

	@Test
	void execStreamAgainstOpenSsh(@TempDir Path dir) throws Exception {
		try (SshServer server = SshServer.start()) {
			Path knownHosts = server.writeKnownHosts(dir.resolve("known_hosts"));
			SshTarget target = SshTarget.of(SshAddress.parse(server.url()), server.clientKey(), knownHosts);
			List<String> remote = List.of("head", "-c", Long.toString(SIZE), "/dev/zero");
			try (SshCommandRunner warmUp = SshCommandRunner.connect(target, new InMemorySecrets());
					RunningCommand command = warmUp.start(List.of("head", "-c", Long.toString(SIZE / 4), "/dev/zero"), Map.of())) {
				drain(command.stdout());
			}
			long cadangNanos = Long.MAX_VALUE;
			long sshNanos = Long.MAX_VALUE;
			long sshGcmNanos = Long.MAX_VALUE;
			for (int round = 0; round < 3; round++) {
				long start = System.nanoTime();
				try (SshCommandRunner runner = SshCommandRunner.connect(target, new InMemorySecrets());
						RunningCommand command = runner.start(remote, Map.of())) {
					assertEquals(SIZE, drain(command.stdout()));
					assertEquals(ExitStatus.exited(0), command.waitFor(Duration.ofMinutes(2)));
				}
				cadangNanos = Math.min(cadangNanos, System.nanoTime() - start);

				List<String> ssh = new ArrayList<>(server.sshCommand(knownHosts, "head", "-c", Long.toString(SIZE), "/dev/zero"));
				sshNanos = Math.min(sshNanos, timeShell(ssh));
				ssh.addAll(1, List.of("-c", "aes128-gcm@openssh.com"));
				sshGcmNanos = Math.min(sshGcmNanos, timeShell(ssh));
			}
			System.out.printf("BENCHMARK ssh exec stream vs OpenSSH ssh: %d MiB, Cadang (JSch %s) %.2f s, ssh %.2f s, ratio %.2f%n",
					SIZE >> 20, SshConnection.CIPHERS.split(",")[0], cadangNanos / 1e9, sshNanos / 1e9, (double) cadangNanos / sshNanos);
			System.out.printf("BENCHMARK ssh exec stream vs OpenSSH ssh -c aes128-gcm@openssh.com: ssh %.2f s, ratio %.2f%n",
					sshGcmNanos / 1e9, (double) cadangNanos / sshGcmNanos);
		}
	}

	/** Runs OpenSSH's ssh into /dev/null; fails unless it exits 0. */
	private static long timeShell(List<String> ssh) {
		long start = System.nanoTime();
		Processes.shell(Duration.ofMinutes(2), String.join(" ", ssh.stream().map(ShellQuote::quote).toList()) + " > /dev/null");
		return System.nanoTime() - start;
	}

	private static long drain(InputStream in) throws Exception {
		byte[] buffer = new byte[1 << 17];
		long total = 0;
		for (int n; (n = in.read(buffer)) >= 0;) {
			total += n;
		}
		return total;
	}
}
