package id.cadang.dump.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a producer's stderr to its end on a thread of its own, keeping only the last bytes, so that a
 * chatty producer neither blocks on a full pipe nor fills the heap.
 */
public final class StderrTail implements Runnable {
	public static final int DEFAULT_LIMIT = 64 * 1024;

	private final InputStream in;
	private final int limit;
	private byte[] kept = new byte[0];

	public StderrTail(InputStream in, int limit) {
		this.in = in;
		this.limit = limit;
	}

	@Override
	public void run() {
		byte[] buffer = new byte[8192];
		try (in) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				append(buffer, n);
			}
		} catch (IOException e) {
			// the process went away; what was read so far is what there is
		}
	}

	private synchronized void append(byte[] buffer, int n) {
		byte[] joined = Arrays.copyOf(kept, kept.length + n);
		System.arraycopy(buffer, 0, joined, kept.length, n);
		kept = joined.length <= limit ? joined : Arrays.copyOfRange(joined, joined.length - limit, joined.length);
	}

	/** The kept text, decoded as UTF-8 (a cut multi-byte character at the start is replaced). */
	public synchronized String text() {
		return new String(kept, StandardCharsets.UTF_8);
	}

	/** The non-blank lines of the kept text, in order. */
	public List<String> lines() {
		return text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The last {@code count} non-blank lines joined by {@code " / "}; empty when stderr was empty. */
	public String lastLines(int count) {
		List<String> lines = lines();
		return String.join(" / ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
	}
}
