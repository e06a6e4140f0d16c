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
import id.cadang.ssh.ExitStatus;
import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;

/**
 * An application folder, archived with GNU tar: the folder's contents (not the folder itself), with
 * permissions, numeric owners and symbolic links kept as they are. tar's exit status 1 (a file changed
 * while it was read) is a warning; 2 is a failure. Exclude patterns are anchored at the folder
 * ({@code cache} leaves out {@code ./cache} but not {@code ./sub/cache}), use tar's wildcards
 * ({@code *}, {@code ?}, {@code [...]}) with {@code *} staying within one path segment
 * ({@code storage/logs/*.log}), and a pattern that names a folder leaves out all of it. One instance
 * makes one backup. With a remote {@link SourceHost} tar runs on the server over SSH and the folder is
 * the server's.
 */
public final class FolderSource implements CheckableSource {
	private static final long EXIT_WAIT_SECONDS = 60;

	private final Path folder;
	private final SourceHost host;
	private final List<String> excludes;
	private Optional<String> toolVersion = Optional.empty();
	private Optional<ProducerProcess> producer = Optional.empty();

	public FolderSource(Path folder, Tools tools) {
		this(folder, tools, List.of());
	}

	/**
	 * @param excludes patterns relative to {@code folder}, such as {@code cache} or {@code storage/logs/*.log}
	 */
	public FolderSource(Path folder, Tools tools, List<String> excludes) {
		this(folder, SourceHost.local(tools), excludes);
	}

	/**
	 * @param folder   an absolute folder on {@code host}
	 * @param excludes patterns relative to {@code folder}, such as {@code cache} or {@code storage/logs/*.log}
	 */
	public FolderSource(Path folder, SourceHost host, List<String> excludes) {
		this.folder = folder;
		this.host = host;
		this.excludes = List.copyOf(excludes);
	}

	public List<String> excludes() {
		return excludes;
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
		checkExcludes();
		if (host.isRemote()) {
			checkRemoteFolder();
			return;
		}
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
		host.require("tar");
	}

	/** Checks the folder on the server with a fixed script; the folder comes as its argument. */
	private void checkRemoteFolder() throws SourceFailedException {
		String tar = host.require("tar");
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(host.runner(), List.of("sh", "-c", "[ -e \"$1\" ] || exit 3; [ -d \"$1\" ] || exit 4;"
					+ " [ -r \"$1\" ] && [ -x \"$1\" ] || exit 5; id -un", "sh", folder.toString()), Map.of(), 60);
		} catch (IOException e) {
			throw new SourceFailedException(e.getMessage(), e);
		}
		String at = "application folder " + folder + " on " + host.describe();
		String fix = ": bind app= to the folder that holds the application (ssh://user@host:port/path)";
		switch (outcome.exit().ok() ? 0 : outcome.exit().code()) {
		case 0 -> {
			// there and readable
		}
		case 3 -> throw new SourceFailedException(at + " does not exist" + fix);
		case 4 -> throw new SourceFailedException(at + " is a file, not a folder" + fix);
		case 5 -> throw new SourceFailedException(at + " cannot be read by the SSH user: log in as a user who may read it,"
				+ " or grant read access");
		default -> throw new SourceFailedException("cannot check " + at + " with " + tar + ": " + outcome.exit().describe()
				+ " " + outcome.stderr().strip());
		}
	}

	private void checkExcludes() throws SourceFailedException {
		for (String pattern : excludes) {
			if (pattern.isBlank() || pattern.startsWith("/") || pattern.equals("..") || pattern.startsWith("../")
					|| pattern.contains("/../") || pattern.endsWith("/..") || pattern.contains("\n")) {
				throw new SourceFailedException("exclude pattern '" + pattern + "' for " + folder
						+ " is not a path inside the folder: write it relative to the folder, such as cache or storage/logs/*.log");
			}
		}
	}

	/** tar's options for the exclude patterns: anchored at {@code ./}, {@code *} not crossing {@code /}. */
	private List<String> excludeOptions() {
		if (excludes.isEmpty()) {
			return List.of();
		}
		List<String> options = new java.util.ArrayList<>(List.of("--anchored", "--wildcards", "--no-wildcards-match-slash"));
		for (String pattern : excludes) {
			String relative = pattern.startsWith("./") ? pattern : "./" + pattern;
			options.add("--exclude=" + (relative.length() > 2 && relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative));
		}
		return options;
	}

	/** Runs {@link #preflight()}, then starts tar. */
	@Override
	public synchronized InputStream open() throws IOException {
		if (producer.isPresent()) {
			throw new IllegalStateException("this FolderSource for " + folder + " was opened already: make a new one for each backup");
		}
		preflight();
		String tar = host.require("tar");
		toolVersion = Optional.of(ShortCommand.version(host.runner(), tar));
		List<String> command = new java.util.ArrayList<>(List.of(tar, "--create", "--file=-", "--directory=" + folder,
				"--numeric-owner", "--preserve-permissions", "--sparse"));
		command.addAll(excludeOptions());
		command.add(".");
		ProducerProcess started = ProducerProcess.start(host.runner(), "tar", command, Map.of("LC_ALL", "C"));
		producer = Optional.of(started);
		return started.stdout();
	}

	@Override
	public SourceResult finish() throws IOException {
		ProducerProcess running;
		synchronized (this) {
			running = producer.orElseThrow(() -> new IllegalStateException("tar was never started: call open() first"));
		}
		ExitStatus exit = running.waitFor(EXIT_WAIT_SECONDS);
		int status = exit.signal().isPresent() ? -1 : exit.code();
		String what = "the archive of " + folder + (host.isRemote() ? " on " + host.describe() : "");
		if (running.aborted()) {
			throw new SourceFailedException("tar was stopped by Cadang before it finished: " + what + " is incomplete");
		}
		if (status != 0 && status != 1) {
			String tail = withoutToolPath(running.stderr().lastLines(3));
			throw new SourceFailedException("tar " + ProducerProcess.describeExit(exit) + ", so " + what + " is incomplete"
					+ (tail.isEmpty() ? "" : " (tar said: " + tail + ")")
					+ (ProducerProcess.killed(exit) ? ": " + ProducerProcess.adviceAfterKill(exit, host.where())
							: ": fix what tar names (often a file this user may not read), then run the backup again"));
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tool", "tar");
		toolVersion.ifPresent(v -> facts.put("toolVersion", v));
		facts.put("folder", folder.toString());
		if (host.isRemote()) {
			facts.put("ssh", host.describe());
		}
		if (!excludes.isEmpty()) {
			facts.put("excludes", String.join(", ", excludes));
		}
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
