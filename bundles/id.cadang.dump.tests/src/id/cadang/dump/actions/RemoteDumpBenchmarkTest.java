package id.cadang.dump.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.H2Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepResult;
import id.cadang.testing.PostgresServer;
import id.cadang.testing.Processes;
import id.cadang.testing.SshServer;

/**
 * Benchmark, not a timed assertion: a remote {@code database-dump} over SSH (pg_dump on the SSH server,
 * JSch channel, zstd, SHA-256, .part, fsync, rename, manifest, catalog) against OpenSSH and the plain
 * tools, {@code ssh -i key -p port root@127.0.0.1 pg_dump -Fc -Z0 ... | zstd -3 > file; sync}, on the
 * same database. It checks that both produced a dump and prints the ratio of their times.
 */
class RemoteDumpBenchmarkTest {

	@TempDir
	Path temp;

	@Test
	void printsTheRatioToOpenSshPgDumpAndZstd() throws Exception {
		try (SshServer ssh = SshServer.start(); PostgresServer server = PostgresServer.start();
				H2Catalog catalog = H2Catalog.open(temp.resolve("home"))) {
			server.createDatabase("bench");
			server.psql("bench", """
					create table pegawai(id int primary key, nama text, riwayat text, foto bytea);
					insert into pegawai
					  select g, 'Pegawai ' || g, repeat('mutasi jabatan ' || (g % 97) || '; ', 40),
					         decode(md5(g::text) || md5((g * 7)::text), 'hex')
					  from generate_series(1, 150000) g;
					""");
			Path sshFolder = Files.createDirectories(temp.resolve("home/ssh"));
			Files.copy(ssh.clientKey(), sshFolder.resolve("id_ed25519"));
			Files.setPosixFilePermissions(sshFolder.resolve("id_ed25519"), PosixFilePermissions.fromString("rw-------"));
			Path knownHosts = ssh.writeKnownHosts(sshFolder.resolve("known_hosts"));
			Path nas = Files.createDirectories(temp.resolve("nas"));
			Path plain = temp.resolve("plain.dump.zst");
			String remote = ssh.sshCommand(knownHosts, "pg_dump", "-Fc", "-Z0", "-h", "127.0.0.1", "-p", Integer.toString(server.port()),
					"-U", "postgres", "bench").stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
			long plainNanos = Long.MAX_VALUE;
			long cadangNanos = Long.MAX_VALUE;
			for (int round = 0; round < 2; round++) {
				Files.deleteIfExists(plain);
				long start = System.nanoTime();
				Processes.shell(Duration.ofMinutes(5), "set -o pipefail; " + remote + " | zstd -3 -q > '" + plain + "' && sync '" + plain + "'");
				plainNanos = Math.min(plainNanos, System.nanoTime() - start);

				TestRun run = new TestRun(catalog, temp.resolve("home"), "bench" + round,
						Map.of("db", server.url("bench") + "?ssh=" + ssh.user() + "@127.0.0.1:" + ssh.port(), "target", nas.toString()));
				start = System.nanoTime();
				StepResult result = new DatabaseDumpAction()
						.execute(run.step("2", Map.of("source", "db", "target", "target"), RunListener.NONE));
				cadangNanos = Math.min(cadangNanos, System.nanoTime() - start);
				assertEquals(StepResult.Outcome.SUCCEEDED, result.outcome(), result.message());
			}
			System.out.printf(
					"BENCHMARK remote database-dump over SSH vs ssh ... pg_dump -Fc -Z0 | zstd -3 > file; sync (%d MB compressed): %d ms vs %d ms, ratio %.2f%n",
					Files.size(plain) / 1_000_000, cadangNanos / 1_000_000, plainNanos / 1_000_000, (double) cadangNanos / plainNanos);
		}
	}
}
