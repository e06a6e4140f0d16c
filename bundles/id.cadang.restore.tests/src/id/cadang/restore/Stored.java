package id.cadang.restore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceResult;
import id.cadang.storage.StreamSource;
import id.cadang.storage.WrittenBackup;

/** Stores backups through the real pipeline into a local target and catalogues them GOOD, as a backup step would. */
final class Stored {
	private static int serial;

	private Stored() {
	}

	static BackupRecord backup(Catalog catalog, Path target, String sop, String binding, String slot, StreamSource source)
			throws IOException {
		String relative = sop + "/" + binding + "/" + slot + "/" + binding + "-" + slot + "-" + (++serial) + "." + source.extension() + ".zst";
		java.nio.file.Files.createDirectories(target);
		long id = catalog.startBackup(new BackupStart(null, sop, binding, slot, source.kind(), "test", target.resolve(relative)
				.toString(), Instant.now()));
		WrittenBackup written = new LocalFolderTarget(target).write(new BackupRequest(sop, binding, slot, relative), source,
				ProgressListener.NONE);
		catalog.markGood(id, new GoodBackup(written.size(), written.sourceSize(), written.sha256(), written.manifestLocation(),
				written.finished()));
		return catalog.backup(id).orElseThrow();
	}

	/** A backup whose content is {@code bytes}, of kind {@code kind} (a hand-made archive, say). */
	static BackupRecord bytes(Catalog catalog, Path target, String binding, String slot, String kind, byte[] bytes)
			throws IOException {
		return backup(catalog, target, "test", binding, slot, new StreamSource() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public String extension() {
				return "tar";
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}

			@Override
			public SourceResult finish() {
				return new SourceResult(0, Map.of("tool", "test"), java.util.List.of());
			}

			@Override
			public void abort() {
			}
		});
	}

	/** Flips one byte in the middle of a stored file. */
	static void flipByte(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			long at = raf.length() / 2;
			raf.seek(at);
			int b = raf.read();
			raf.seek(at);
			raf.write(b ^ 0x01);
		}
	}
}
