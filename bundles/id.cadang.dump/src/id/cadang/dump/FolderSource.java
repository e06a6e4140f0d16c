package id.cadang.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.dump.internal.ProducerProcess;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * An application folder, archived with GNU tar: the folder's contents (not the folder itself), with
 * permissions, numeric owners and symbolic links kept as they are. tar's exit status 1 (a file changed
 * while it was read) is a warning; 2 is a failure. One instance makes one backup.
 */
public final class FolderSource implements CheckableSource {
	private static final long EXIT_WAIT_SECONDS = 60;

	private final Path folder;
	private final Tools tools;
	private Optional<String> toolVersion = Optional.empty();
	private Optional<ProducerProcess> producer = Optional.empty();

	public FolderSource(Path folder, Tools tools) {
		this.folder = folder;
		this.tools = tools;
	}

	@Override
	public String kind() {
		return "folder";
	}

	@Override
	public String extension() {
		return "tar";
	}

	public Path folder() {
		return folder;
	}

	@Override
	public void preflight() throws SourceFailedException {
		String fix = ": bind app= to the folder that holds the application";
		if (!Files.exists(folder)) {
			throw new SourceFailedException("application folder " + folder + " does not exist" + fix);
		}
		if (!Files.isDirectory(folder)) {
			throw new SourceFailedException("application folder " + folder + " is a file, not a folder" + fix);
		}
		if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
			throw new SourceFailedException("application folder " + folder + " cannot be read by user "
					+ System.getProperty("user.name") + ": run Cadang as a user who may read it, or grant read access");
		}
		tools.require("tar");
	}

	/** Runs {@link #preflight()}, then starts tar. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (producer.isPresent()) {
			throw new IllegalStateException("this FolderSource for " + folder + " was opened already: make a new one for each backup");
		}
		preflight();
		Path tar = tools.require("tar");
		toolVersion = Optional.of(ShortCommand.version(tar));
		ProducerProcess started = ProducerProcess.start("tar", List.of(tar.toString(), "--create", "--file=-",
				"--directory=" + folder, "--numeric-owner", "--preserve-permissions", "--sparse", "."),
				Map.of("LC_ALL", "C"));
		producer = Optional.of(started);
		return started.stdout();
	}

	/** The process id of the running tar. */
	public synchronized long pid() {
		return producer.orElseThrow(() -> new IllegalStateException("tar is not running: call open() first")).pid();
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("tar was never started: call open() first"));
		}
		int status = running.waitFor(EXIT_WAIT_SECONDS);
		String what = "the archive of " + folder;
		if (running.aborted()) {
			throw new SourceFailedException("tar was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (status != 0 && status != 1) {
			String tail = withoutToolPath(running.stderr().lastLines(3));
			throw new SourceFailedException("tar " + ProducerProcess.describeExit(status) + ", so " + what + " is incomplete"
					+ (tail.isEmpty() ? "" : " (tar said: " + tail + ")")
					+ ": fix what tar names (often a file this user may not read), then run the backup again");
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", "tar");
		toolVersion.ifPresent(v -> facts.put("toolVersion", v));
		facts.put("folder", folder.toString());
		List<String> warnings = status == 0 ? List.of()
				: running.stderr().lines().isEmpty()
						? List.of("tar exited with status 1: some files changed while they were read; they may be inconsistent in this archive")
						: running.stderr().lines().stream().map(FolderSource::withoutToolPath).toList();
		return new SourceResult(status, facts, warnings);
	}

	/** GNU tar names itself by the path it was started with: {@code /usr/bin/tar: ./x: ...} reads as {@code tar: ./x: ...}. */
	private static String withoutToolPath(String line) {
		return line.replaceAll("(^|/ )/\\S*/tar: ", "$1tar: ");
	}

	@Override
	public synchronized void abort() {
		producer.ifPresent(ProducerProcess::abort);
	}
}
