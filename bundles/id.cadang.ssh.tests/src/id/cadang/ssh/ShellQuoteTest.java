package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.testing.Processes;

/** Quoting checked against a real POSIX shell: every argument arrives as written, nothing runs. */
final class ShellQuoteTest {

	@Test
	void quotesEveryArgumentInSingleQuotes() {
		assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
		assertEquals("''", ShellQuote.quote(""));
		assertEquals("'pg_dump' '--dbname=a b'", ShellQuote.join(List.of("pg_dump", "--dbname=a b")));
		assertThrows(IllegalArgumentException.class, () -> ShellQuote.join(List.of()));
		assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("a\0b"));
	}

	@Test
	void aRealShellReceivesTheArgumentsLiterallyAndRunsNothing(@TempDir Path dir) throws Exception {
		Path marker = dir.resolve("marker");
		List<String> values = tricky(marker);
		List<String> command = new ArrayList<>(List.of("printf", "%s\\0"));
		command.addAll(values);
		for (String shell : List.of("sh", "bash")) {
			String out = Processes.check(Duration.ofSeconds(30), shell, "-c", ShellQuote.join(command));
			assertEquals(values, Arrays.asList(out.split("\0", -1)).subList(0, values.size()), shell);
			assertFalse(Files.exists(marker), shell + " executed part of an argument: " + marker + " exists");
		}
	}

	/** The names from issue 5, each of which would run {@code touch marker} if pasted into a shell line. */
	static List<String> tricky(Path marker) {
		return List.of("x'; touch " + marker + "; '", "$(touch " + marker + ")", "`touch " + marker + "`",
				"-rf", "--help", "a\ntouch " + marker, "name with  spaces", "*", "; touch " + marker, "'", "\"$HOME\"", "\\", "");
	}
}
