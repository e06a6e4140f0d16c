package id.cadang.storage.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real tmpfs mounted on a folder, for full and read-only targets; needs root. */
final class TmpfsMount implements AutoCloseable {
	private final Path folder;

	private TmpfsMount(Path folder) {
		this.folder = folder;
	}

	static TmpfsMount mount(Path folder, String options) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Commands.run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
		return new TmpfsMount(folder);
	}

	Path folder() {
		return folder;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		Commands.run("umount", folder.toString());
	}
}
