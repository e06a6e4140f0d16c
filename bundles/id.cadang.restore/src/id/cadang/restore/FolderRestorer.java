package id.cadang.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

import id.cadang.dump.Tools;
import id.cadang.restore.internal.Feed;
import id.cadang.restore.internal.TarCheck;
import id.cadang.storage.SourceFailedException;

/**
 * Restores a folder archive. First every header of the archive is read and checked ({@link TarCheck}: no absolute
 * name, no {@code ..}, no link leading out), then GNU tar extracts it, with modes, and owners when Cadang runs as
 * root, into a new folder beside the destination, which is swapped in by rename only when the extraction succeeded.
 */
public final class FolderRestorer implements Restorer {
	private final Path folder;
	private final boolean replace;

	private FolderRestorer(Path folder, boolean replace) {
		this.folder = folder.toAbsolutePath().normalize();
		this.replace = replace;
	}

	/** Into a folder that does not exist yet, or is empty. */
	public static FolderRestorer into(Path folder) {
		return new FolderRestorer(folder, false);
	}

	/** Over an existing folder, swapped in by rename once extracted. */
	public static FolderRestorer replacing(Path folder) {
		return new FolderRestorer(folder, true);
	}

	@Override
	public String destination() {
		return folder.toString();
	}

	@Override
	public boolean accepts(String kind) {
		return "folder".equals(kind);
	}

	@Override
	public void restore(BackupFile backup, RestoreProgress progress) throws RestoreException {
		boolean exists = Files.exists(folder);
		if (!replace && exists && !empty(folder)) {
			throw new RestoreException("folder " + folder + " exists and is not empty: restoring to another place needs a"
					+ " new or empty folder; nothing was touched");
		}
		try (InputStream archive = backup.open(RestoreProgress.NONE)) {
			TarCheck.check(archive);
			archive.transferTo(OutputStream.nullOutputStream());
		} catch (RestoreException e) {
			throw e;
		} catch (IOException e) {
			throw new RestoreException("backup #" + backup.id() + " is not a readable archive (" + e.getMessage()
					+ "); nothing was touched", e);
		}
		long stamp = Instant.now().getEpochSecond();
		Path staging = folder.resolveSibling("." + folder.getFileName() + ".cadang-restore-" + stamp);
		try {
			Files.createDirectories(staging);
			try (InputStream archive = backup.open(progress)) {
				Feed.run("tar", List.of(tar(), "--extract", "--file=-", "--directory=" + staging, "--preserve-permissions",
						"--numeric-owner", "--delay-directory-restore"), Map.of("LC_ALL", "C"), archive);
			}
		} catch (IOException | RuntimeException e) {
			delete(staging, e);
			throw new RestoreException("extracting backup #" + backup.id() + " failed, " + folder + " was not touched: "
					+ e.getMessage(), e);
		}
		try {
			if (exists && replace) {
				Path old = folder.resolveSibling("." + folder.getFileName() + ".cadang-old-" + stamp);
				Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
				Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
				delete(old, null);
			} else {
				if (exists) {
					Files.delete(folder);
				}
				Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			throw new RestoreException("backup #" + backup.id() + " was extracted into " + staging + " but could not be moved"
					+ " to " + folder + " (" + e.getMessage() + "): move it by hand", e);
		}
	}

	@Override
	public Optional<SortedMap<String, Long>> countRows() {
		return Optional.empty();
	}

	@Override
	public void drop() throws RestoreException {
		try {
			delete(folder, null);
		} catch (RuntimeException e) {
			throw new RestoreException("cannot remove " + folder + ": " + e.getMessage(), e);
		}
	}

	private static String tar() throws RestoreException {
		try {
			return Tools.system().require("tar").toString();
		} catch (SourceFailedException e) {
			throw new RestoreException(e.getMessage(), e);
		}
	}

	private static boolean empty(Path folder) throws RestoreException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			throw new RestoreException(folder + " cannot be read (" + e.getMessage() + "): is it a folder?", e);
		}
	}

	/** Removes a tree without following symbolic links. */
	static void delete(Path tree, Exception cause) {
		if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(tree)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			if (cause != null) {
				cause.addSuppressed(e);
			} else {
				throw new java.io.UncheckedIOException("cannot remove " + tree + ": " + e.getMessage(), e);
			}
		}
	}
}
