package id.cadang.storage.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Folder creation and folder fsync, so that a rename or a new folder survives a power cut. */
public final class Folders {

	private Folders() {
	}

	/**
	 * Creates {@code folder} and its missing parents.
	 *
	 * @return the folders whose entries changed and must be synced: the parent of each created folder
	 */
	public static List<Path> create(Path folder) throws IOException {
		List<Path> created = new ArrayList<>();
		for (Path f = folder; f != null && !Files.isDirectory(f); f = f.getParent()) {
			created.add(f);
		}
		Files.createDirectories(folder);
		Set<Path> changed = new LinkedHashSet<>();
		for (Path f : created) {
			if (f.getParent() != null) {
				changed.add(f.getParent());
			}
		}
		return List.copyOf(changed);
	}

	/**
	 * Forces a folder's entries to disk. Some filesystems (CIFS, some FUSE mounts) refuse fsync on a
	 * folder with an IOException; that one is ignored, as there is nothing more to do there.
	 */
	public static void sync(Path folder) throws IOException {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			try {
				channel.force(true);
			} catch (IOException refusedByFilesystem) {
				// directory fsync unsupported here: the file itself was already forced
			}
		}
	}
}
