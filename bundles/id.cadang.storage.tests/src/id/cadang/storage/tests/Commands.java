package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs real commands for the tests and fails with their output when they fail. */
final class Commands {

	private Commands() {
	}

	/** Runs a command, asserts exit status 0, returns its stdout+stderr. */
	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		assertEquals(0, exit, () -> List.of(command) + " failed: " + output);
		return output;
	}

	static String sha256sum(java.nio.file.Path file) throws IOException, InterruptedException {
		return run("sha256sum", file.toString()).split("\\s+")[0];
	}

	static boolean isRoot() throws IOException, InterruptedException {
		return run("id", "-u").strip().equals("0");
	}
}
