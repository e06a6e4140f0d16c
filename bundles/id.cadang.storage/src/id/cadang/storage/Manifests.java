package id.cadang.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import id.cadang.storage.internal.Folders;

/**
 * Reads and writes the JSON manifest beside a backup file. The JSON field names are the
 * {@link BackupManifest} record component names.
 */
public final class Manifests {
	/** Appended to a backup file's name to name its manifest. */
	public static final String SUFFIX = ".manifest.json";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private Manifests() {
	}

	/** The manifest path of a backup file: {@code file + ".manifest.json"}. */
	public static Path beside(Path backupFile) {
		return backupFile.resolveSibling(backupFile.getFileName() + SUFFIX);
	}

	/**
	 * Writes the manifest durably: to {@code manifest + ".part"}, fsync, atomic rename, folder fsync.
	 * An existing manifest is replaced; on failure the part file is removed.
	 */
	public static void write(Path manifest, BackupManifest data) throws IOException {
		Path part = manifest.resolveSibling(manifest.getFileName() + ".part");
		ByteBuffer json = ByteBuffer.wrap(toJson(data));
		try {
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				while (json.hasRemaining()) {
					channel.write(json);
				}
				channel.force(true);
			}
			Files.move(part, manifest, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(part);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw e;
		}
		Folders.sync(manifest.toAbsolutePath().getParent());
	}

	/** The manifest as the UTF-8 JSON bytes written beside a backup, ending with a newline. */
	public static byte[] toJson(BackupManifest data) {
		return (GSON.toJson(data) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Reads a manifest; fails with the path and the fix when it is missing or not a manifest. */
	public static BackupManifest read(Path manifest) throws IOException {
		String json;
		try {
			json = Files.readString(manifest, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new IOException("manifest " + manifest
					+ " does not exist: copy it back with its backup file, or rewrite it from the catalog", e);
		}
		return parse(json, manifest.toString());
	}

	/**
	 * Reads a manifest's JSON; {@code where} names it in failures (a path, an sftp:// location).
	 */
	public static BackupManifest parse(String json, String where) throws IOException {
		String manifest = where;
		BackupManifest data;
		try {
			data = GSON.fromJson(json, BackupManifest.class);
		} catch (JsonParseException e) {
			throw new IOException("manifest " + manifest + " is not valid JSON (" + e.getMessage()
					+ "): it was changed or damaged; rewrite it from the catalog", e);
		}
		if (data == null || data.sha256() == null || data.file() == null) {
			throw new IOException("manifest " + manifest
					+ " has no file or sha256: it was changed or damaged; rewrite it from the catalog");
		}
		if (data.format() != 1) {
			throw new IOException("manifest " + manifest + " has format " + data.format()
					+ ", this Cadang reads format 1: update Cadang");
		}
		return data;
	}
}
