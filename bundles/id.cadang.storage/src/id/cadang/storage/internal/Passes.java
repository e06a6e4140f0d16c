package id.cadang.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;

import id.cadang.storage.Encryption;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceResult;
import id.cadang.storage.StreamSource;

/**
 * The single streaming passes every target shares: a source through zstd into a hashing sink, and a stored
 * file copied byte for byte into one. Progress is reported every MiB or half second, on the calling thread.
 */
public final class Passes {
	/** Read buffer: large, so that each zstd and SFTP write is large. */
	public static final int BUFFER_SIZE = 1 << 20;
	private static final long PROGRESS_BYTES = 1 << 20;
	private static final long PROGRESS_NANOS = 500_000_000L;
	private static final int ZSTD_LEVEL = 3;

	private Passes() {
	}

	/**
	 * Reads the source to its end through zstd (level 3, content checksum, one worker thread so that
	 * compression overlaps reading, hashing and writing; measured 1.5x faster than none) into {@code stored},
	 * then asks the source how it finished ({@link StreamSource#finish()} fails a cut-off producer).
	 */
	public static Streamed compress(StreamSource source, HashingOutput stored, ProgressListener progress)
			throws IOException {
		return compress(source, stored, Optional.empty(), progress);
	}

	/**
	 * {@link #compress(StreamSource, HashingOutput, ProgressListener)}, the zstd stream sealed in AES-256-GCM
	 * chunks ({@link ChunkedAead}) before it is hashed and stored when {@code encryption} is given.
	 */
	public static Streamed compress(StreamSource source, HashingOutput stored, Optional<Encryption> encryption,
			ProgressListener progress) throws IOException {
		byte[] buffer = new byte[BUFFER_SIZE];
		long sourceBytes = 0;
		SourceResult result;
		try (InputStream in = source.open();
				ZstdOutputStreamNoFinalizer zstd = new ZstdOutputStreamNoFinalizer(encryption.isEmpty() ? stored
						: ChunkedAead.encrypting(stored, encryption.get().keyId(), encryption.get().key()), ZSTD_LEVEL)) {
			zstd.setChecksum(true);
			zstd.setWorkers(1);
			long reportedBytes = 0;
			long reportedAt = System.nanoTime();
			for (int n; (n = in.read(buffer)) != -1;) {
				zstd.write(buffer, 0, n);
				sourceBytes += n;
				if (sourceBytes - reportedBytes >= PROGRESS_BYTES || System.nanoTime() - reportedAt >= PROGRESS_NANOS) {
					progress.progress(sourceBytes, stored.count());
					reportedBytes = sourceBytes;
					reportedAt = System.nanoTime();
				}
			}
			result = source.finish();
		}
		stored.flush();
		progress.progress(sourceBytes, stored.count());
		return new Streamed(sourceBytes, stored.count(), stored.sha256Hex(), Optional.of(result));
	}

	/** Copies {@code in} to its end into {@code stored}, unchanged. */
	public static Streamed copy(InputStream in, HashingOutput stored, ProgressListener progress) throws IOException {
		byte[] buffer = new byte[BUFFER_SIZE];
		long reportedBytes = stored.count();
		long reportedAt = System.nanoTime();
		for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0;) {
			stored.write(buffer, 0, n);
			if (stored.count() - reportedBytes >= PROGRESS_BYTES || System.nanoTime() - reportedAt >= PROGRESS_NANOS) {
				progress.progress(stored.count(), stored.count());
				reportedBytes = stored.count();
				reportedAt = System.nanoTime();
			}
		}
		stored.flush();
		progress.progress(stored.count(), stored.count());
		return new Streamed(stored.count(), stored.count(), stored.sha256Hex(), Optional.empty());
	}
}
