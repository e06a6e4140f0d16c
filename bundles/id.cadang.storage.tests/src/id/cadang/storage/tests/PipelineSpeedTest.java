package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.WrittenBackup;

/**
 * Benchmark: the pipeline against the shell's {@code producer | zstd -3 > file} on the same data. It checks
 * that every byte arrived and prints the time ratio; speed is never asserted.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PipelineSpeedTest {
	@TempDir
	Path temp;

	@Test
	void printsTheRatioToTheZstdTool() throws Exception {
		Path data = temp.resolve("dump.sql");
		// dump-like: half compressible text, half random bytes
		Commands.run("sh", "-c", "seq 1 12000000 > '" + data + "' && head -c 80000000 /dev/urandom >> '" + data + "'");
		Path root = Files.createDirectories(temp.resolve("nas"));
		Path shellFile = temp.resolve("shell.zst");
		Commands.run("sh", "-c", "cat '" + data + "' > /dev/null"); // warm the page cache for both

		long shell = Long.MAX_VALUE;
		long pipeline = Long.MAX_VALUE;
		for (int round = 0; round < 2; round++) {
			Files.deleteIfExists(shellFile);
			long start = System.nanoTime();
			Commands.run("sh", "-c", "cat '" + data + "' | zstd -3 -q > '" + shellFile + "' && sync '" + shellFile + "'");
			shell = Math.min(shell, System.nanoTime() - start);

			start = System.nanoTime();
			WrittenBackup written = new LocalFolderTarget(root).write(
					new BackupRequest("s", "b", "db", "round" + round + ".sql.zst"), new ProcessSource("cat", data.toString()),
					ProgressListener.NONE);
			pipeline = Math.min(pipeline, System.nanoTime() - start);
			assertEquals(Files.size(data), written.sourceSize());
		}

		// a benchmark, not a timed assertion: the ratio is printed for the record, never asserted
		System.out.printf("BENCHMARK storage pipeline vs cat | zstd -3 > file; sync, %d MB: %d ms vs %d ms, ratio %.2f%n",
				Files.size(data) / 1_000_000, pipeline / 1_000_000, shell / 1_000_000, (double) pipeline / shell);
	}
}
