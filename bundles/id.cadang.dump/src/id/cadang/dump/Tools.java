package id.cadang.dump;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import id.cadang.storage.SourceFailedException;

/**
 * Finds the command-line tools the sources run: on the {@code PATH} first, then, for PostgreSQL's
 * tools, in the newest {@code /usr/lib/postgresql/<version>/bin}.
 */
public final class Tools {
	private static final Map<String, String> PACKAGES = Map.ofEntries(Map.entry("pg_dump", "postgresql-client"),
			Map.entry("pg_restore", "postgresql-client"), Map.entry("pg_dumpall", "postgresql-client"), Map.entry("psql", "postgresql-client"),
			Map.entry("mariadb-dump", "mariadb-client"), Map.entry("mariadb", "mariadb-client"),
			Map.entry("mysqldump", "mariadb-client"), Map.entry("mysql", "mariadb-client"), Map.entry("tar", "tar"),
			Map.entry("zstd", "zstd"));
	private static final List<String> POSTGRESQL_TOOLS = List.of("pg_dump", "pg_restore", "psql", "pg_dumpall");

	private final String path;
	private final Path postgresqlRoot;

	/**
	 * @param path           a {@code PATH} value, folders separated by {@code :}
	 * @param postgresqlRoot the folder that holds PostgreSQL's versioned installs, normally {@code /usr/lib/postgresql}
	 */
	public Tools(String path, Path postgresqlRoot) {
		this.path = path;
		this.postgresqlRoot = postgresqlRoot;
	}

	/** Tools as this process finds them: its {@code PATH}, then {@code /usr/lib/postgresql}. */
	public static Tools system() {
		return new Tools(Optional.ofNullable(System.getenv("PATH")).orElse("/usr/local/bin:/usr/bin:/bin"),
				Path.of("/usr/lib/postgresql"));
	}

	/** Where {@code name} is, if anywhere. */
	public Optional<Path> find(String name) {
		for (Path folder : folders(name)) {
			Path candidate = folder.resolve(name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where {@code name} is.
	 *
	 * @throws SourceFailedException naming the tool and the Debian package that provides it
	 */
	public Path require(String name) throws SourceFailedException {
		return find(name).orElseThrow(() -> new SourceFailedException(name + " not found on PATH"
				+ (POSTGRESQL_TOOLS.contains(name) ? " or under " + postgresqlRoot + "/<version>/bin" : "")
				+ ": apt-get install " + PACKAGES.getOrDefault(name, name)));
	}

	/**
	 * Where the first of {@code names} that is installed is ({@code mariadb-dump}, else {@code mysqldump}).
	 *
	 * @throws SourceFailedException naming every tool looked for and the Debian package of the first
	 */
	public Path requireAny(String... names) throws SourceFailedException {
		for (String name : names) {
			Optional<Path> found = find(name);
			if (found.isPresent()) {
				return found.get();
			}
		}
		throw new SourceFailedException(String.join(" or ", names) + " not found on PATH: apt-get install "
				+ PACKAGES.getOrDefault(names[0], names[0]));
	}

	/** The Debian package that provides {@code tool}: {@code postgresql-client} for pg_dump. */
	public static String packageOf(String tool) {
		return PACKAGES.getOrDefault(tool, tool);
	}

	private List<Path> folders(String name) {
		List<Path> folders = new ArrayList<>();
		for (String entry : path.split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				folders.add(Path.of(entry));
			}
		}
		if (POSTGRESQL_TOOLS.contains(name)) {
			folders.addAll(postgresqlBins());
		}
		return folders;
	}

	/** {@code <root>/<version>/bin}, newest version first. */
	private List<Path> postgresqlBins() {
		if (!Files.isDirectory(postgresqlRoot)) {
			return List.of();
		}
		try (Stream<Path> versions = Files.list(postgresqlRoot)) {
			return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
					.sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
					.map(v -> v.resolve("bin"))
					.toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
