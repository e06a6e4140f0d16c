package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.SourceFailedException;

class ToolsTest {

	@Test
	void findsToolsOnThePathFirst(@TempDir Path dir) throws IOException {
		Path onPath = executable(dir.resolve("path/pg_dump"));
		executable(dir.resolve("pg/15/bin/pg_dump"));
		Tools tools = new Tools(dir.resolve("empty") + ":" + dir.resolve("path"), dir.resolve("pg"));
		assertEquals(Optional.of(onPath), tools.find("pg_dump"));
	}

	@Test
	void fallsBackToTheNewestPostgresqlInstall(@TempDir Path dir) throws IOException {
		executable(dir.resolve("pg/9.6/bin/pg_dump"));
		Path newest = executable(dir.resolve("pg/16/bin/pg_dump"));
		executable(dir.resolve("pg/15/bin/pg_dump"));
		Tools tools = new Tools(dir.resolve("path").toString(), dir.resolve("pg"));
		assertEquals(Optional.of(newest), tools.find("pg_dump"));
		assertEquals(Optional.empty(), tools.find("tar"), "only PostgreSQL tools are looked for under the PostgreSQL root");
	}

	@Test
	void aMissingToolNamesTheDebianPackage(@TempDir Path dir) {
		Tools tools = new Tools(dir.toString(), dir.resolve("pg"));
		SourceFailedException e = assertThrows(SourceFailedException.class, () -> tools.require("pg_dump"));
		assertTrue(e.getMessage().startsWith("pg_dump not found"), e.getMessage());
		assertTrue(e.getMessage().endsWith("apt-get install postgresql-client"), e.getMessage());
		assertTrue(assertThrows(SourceFailedException.class, () -> tools.require("mariadb-dump")).getMessage()
				.endsWith("apt-get install mariadb-client"));
	}

	@Test
	void aFileThatIsNotExecutableIsNoTool(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("bin"));
		Files.writeString(dir.resolve("bin/tar"), "#!/bin/sh\n");
		assertEquals(Optional.empty(), new Tools(dir.resolve("bin").toString(), dir).find("tar"));
	}

	@Test
	void theSystemHasTheToolsTheSourcesRun() {
		Tools tools = Tools.system();
		for (String tool : new String[] { "pg_dump", "psql", "tar" }) {
			assertTrue(tools.find(tool).isPresent(), tool + " should be installed on a build machine");
		}
	}

	private static Path executable(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "#!/bin/sh\nexit 0\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}
}
