package id.cadang.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads /proc of this machine, which is also the "remote" server of the SSH tests. */
final class Proc {
	private Proc() {
	}

	/** The command lines (arguments joined by spaces) of every process whose command line holds {@code text}. */
	static List<String> commandLinesContaining(String text) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String line = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
					if (line.contains(text)) {
						found.add(entry.getFileName() + ": " + line);
					}
				} catch (IOException gone) {
					// the process ended while we looked
				}
			}
		}
		return found;
	}

	/** Whether any process's command line holds {@code text}. */
	static boolean anyCommandLineContains(String text) throws IOException {
		return !commandLinesContaining(text).isEmpty();
	}

	/** Whether process {@code pid} exists and is not a zombie waiting to be reaped (PID 1 in a container may never reap). */
	static boolean running(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			char state = stat.charAt(stat.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		} catch (IOException gone) {
			return false;
		}
	}
}
