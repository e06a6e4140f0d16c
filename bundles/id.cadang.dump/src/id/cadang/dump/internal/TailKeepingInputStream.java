package id.cadang.dump.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes a stream through and keeps its last bytes, so that a source can check after the end how the
 * stream ended (mariadb-dump's {@code -- Dump completed on ...} trailer).
 */
public final class TailKeepingInputStream extends FilterInputStream {
	private final byte[] ring;
	private long total;

	public TailKeepingInputStream(InputStream in, int keep) {
		super(in);
		this.ring = new byte[keep];
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			keep((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			keep(buffer[offset + i]);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("a backup stream is read, never skipped");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private synchronized void keep(byte b) {
		ring[(int) (total % ring.length)] = b;
		total++;
	}

	/** The last bytes read, up to the size given, decoded as UTF-8. */
	public synchronized String tail() {
		int size = (int) Math.min(total, ring.length);
		byte[] last = new byte[size];
		for (int i = 0; i < size; i++) {
			last[i] = ring[(int) ((total - size + i) % ring.length)];
		}
		return new String(last, StandardCharsets.UTF_8);
	}

	/** How many bytes passed through. */
	public synchronized long total() {
		return total;
	}
}
