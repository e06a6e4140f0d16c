package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;
import id.cadang.storage.WrittenBackup;
import id.cadang.testing.PostgresServer;

/** A server that asks for passwords: the password works, travels only in the environment, and is never shown. */
class PostgresPasswordTest {
	private static final String PASSWORD = "Rahasia p@ss:1";
	private static PostgresServer server;
	private static String base;

	@BeforeAll
	static void startServer() {
		server = PostgresServer.startWithPasswords();
		server.createDatabase("siakad");
		server.psql("siakad", "create role backup login password 'Rahasia p@ss:1';"
				+ " create table mahasiswa(id int primary key, nama text); insert into mahasiswa values (1, 'Ni Luh Putu');"
				+ " grant select on all tables in schema public to backup");
		base = "127.0.0.1:" + server.port() + "/siakad";
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theRightPasswordDumpsAndIsNeverShown(@TempDir Path targetRoot) throws IOException {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://backup:Rahasia%20p%40ss%3A1@" + base);
		WrittenBackup backup = new LocalFolderTarget(targetRoot).write(PostgresSourceTest.request("iainptk/siakad/db/siakad.dump.zst"),
				new PostgresSource(url, Tools.system()), ProgressListener.NONE);
		assertTrue(backup.size() > 0);
		assertFalse(Files.readString(backup.manifest()).contains("Rahasia"), "the manifest holds no password");
		assertFalse(url.toString().contains("Rahasia"));
	}

	@Test
	void thePasswordIsNotOnPgDumpsCommandLine() throws IOException {
		PostgresSource source = new PostgresSource(DatabaseUrl.parse("postgresql://backup:Rahasia%20p%40ss%3A1@" + base), Tools.system());
		try (InputStream in = source.open()) {
			String commandLine = Files.readString(Path.of("/proc/" + Producers.single("pg_dump").pid() + "/cmdline"), StandardCharsets.UTF_8)
					.replace('\0', ' ');
			assertTrue(commandLine.contains("pg_dump --format=custom --compress=0 --no-password"), commandLine);
			assertFalse(commandLine.contains("Rahasia"), commandLine);
			assertTrue(in.readAllBytes().length > 0);
		}
		SourceResult result = source.finish();
		assertEquals(0, result.exitStatus());
	}

	@Test
	void aWrongPasswordNamesTheUserAndTheFix() {
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new PostgresSource(DatabaseUrl.parse("postgresql://backup:salah@" + base), Tools.system()).preflight());
		assertTrue(e.getMessage().startsWith("PostgreSQL at 127.0.0.1:" + server.port() + " rejected the password of user 'backup'"),
				e.getMessage());
		assertTrue(e.getMessage().contains("fix the password or the user in the database URL"), e.getMessage());
		assertFalse(e.getMessage().contains("salah"), e.getMessage());
	}

	@Test
	void aMissingPasswordSaysWhereToPutIt() {
		SourceFailedException e = assertThrows(SourceFailedException.class,
				() -> new PostgresSource(DatabaseUrl.parse("postgresql://backup@" + base), Tools.system()).preflight());
		assertEquals("PostgreSQL at 127.0.0.1:" + server.port() + " asks user 'backup' for a password: put it in the database URL as"
				+ " postgresql://backup:PASSWORD@" + base, e.getMessage());
	}
}
