package id.cadang.restore.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

import id.cadang.restore.RestoreException;
import id.cadang.restore.RestoreProgress;

/**
 * A backup file read through SHA-256 and zstd: at the end of the content the rest of the file is hashed and
 * compared with the catalogued checksum; a mismatch fails the read, so the restore that consumes it fails.
 */
public final class VerifiedStream extends FilterInputStream {
	private static final long REPORT_EVERY = 4L << 20;

	private final Path file;
	private final String expected;
	private final long total;
	private final RestoreProgress progress;
	private final Counting counted;
	private final MessageDigest sha;
	private final long startNanos = System.nanoTime();
	private long reported;
	private boolean checked;

	public VerifiedStream(Path file, String expectedSha256, long total, RestoreProgress progress) throws IOException {
		this(file, expectedSha256, total, progress, Files.newInputStream(file), sha256());
	}

	private VerifiedStream(Path file, String expected, long total, RestoreProgress progress, InputStream raw, MessageDigest sha)
			throws IOException {
		this(file, expected, total, progress, new Counting(new DigestInputStream(raw, sha)), sha);
	}

	private VerifiedStream(Path file, String expected, long total, RestoreProgress progress, Counting counted, MessageDigest sha)
			throws IOException {
		super(new ZstdInputStreamNoFinalizer(counted));
		this.file = file;
		this.expected = expected;
		this.total = total;
		this.progress = progress;
		this.counted = counted;
		this.sha = sha;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-256", e);
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		report(false);
		if (n < 0) {
			check();
		}
		return n;
	}

	private void report(boolean last) {
		if (last || counted.count - reported >= REPORT_EVERY) {
			reported = counted.count;
			double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
			double rate = counted.count / seconds;
			Optional<Duration> left = rate <= 0 ? Optional.empty()
					: Optional.of(Duration.ofMillis((long) (Math.max(0, total - counted.count) / rate * 1000)));
			progress.progress(counted.count, total, rate, left);
		}
	}

	private void check() throws IOException {
		if (checked) {
			return;
		}
		counted.transferTo(OutputStream.nullOutputStream());
		checked = true;
		report(true);
		String actual = HexFormat.of().formatHex(sha.digest());
		if (!actual.equalsIgnoreCase(expected)) {
			throw new RestoreException("backup file " + file + " changed while it was restored: its sha256 is now " + actual
					+ ", the catalog says " + expected + "; the restore was stopped");
		}
	}

	/** Counts the stored bytes read. */
	private static final class Counting extends FilterInputStream {
		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
