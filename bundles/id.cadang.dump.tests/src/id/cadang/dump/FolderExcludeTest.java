package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.Processes;

/** Exclude patterns of an application folder, checked by listing the real archive with tar. */
class FolderExcludeTest {

	@Test
	void patternsAreAnchoredAtTheFolderAndStarStaysInOneFolder(@TempDir Path work) throws IOException {
		Path app = work.resolve("srv/sipd");
		for (String file : List.of("index.php", "cache/views/a.php", "sub/cache/keep.php", "storage/logs/laravel.log",
				"storage/logs/README", "storage/app/upload.pdf", "storage/app/old/x.log", "session.tmp", "sub/keep.tmp",
				"node_modules/pkg/index.js")) {
			Files.createDirectories(app.resolve(file).getParent());
			Files.writeString(app.resolve(file), file);
		}
		FolderSource source = new FolderSource(app, Tools.system(), List.of("cache", "storage/logs/*.log", "*.tmp", "node_modules/"));
		WrittenBackup backup = new LocalFolderTarget(Files.createDirectories(work.resolve("nas")))
				.write(PostgresSourceTest.request("a/sipd/app/sipd.tar.zst"), source, ProgressListener.NONE);

		List<String> files = Processes.shell(Duration.ofMinutes(1), "zstd -q -dc '" + backup.file() + "' | tar -t | grep -v '/$' | sort")
				.lines().toList();
		assertEquals(List.of("./index.php", "./storage/app/old/x.log", "./storage/app/upload.pdf", "./storage/logs/README",
				"./sub/cache/keep.php", "./sub/keep.tmp"), files);
		assertEquals("cache, storage/logs/*.log, *.tmp, node_modules/", backup.manifestData().facts().get("excludes"));
	}

	@Test
	void aPatternOutsideTheFolderIsRefused(@TempDir Path app) {
		for (String pattern : List.of("/etc/passwd", "../other", "a/../../b", "")) {
			SourceFailedException e = assertThrows(SourceFailedException.class,
					() -> new FolderSource(app, Tools.system(), List.of(pattern)).preflight(), pattern);
			assertEquals("exclude pattern '" + pattern + "' for " + app + " is not a path inside the folder: write it relative"
					+ " to the folder, such as cache or storage/logs/*.log", e.getMessage());
		}
	}
}
