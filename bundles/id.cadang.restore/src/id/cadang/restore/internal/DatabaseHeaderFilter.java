package id.cadang.restore.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Leaves out every line that starts with {@code USE `} or {@code CREATE DATABASE } from a {@code mariadb-dump
 * --databases} dump (it writes them before the tables and again before the views), so the dump loads into whichever
 * database the client names and never into the original; everything else passes byte for byte. mariadb-dump escapes
 * line breaks inside values, so such a line is always a statement of its own.
 */
public final class DatabaseHeaderFilter extends FilterInputStream {
	private static final byte[][] DROPPED = { "USE `".getBytes(StandardCharsets.US_ASCII),
			"CREATE DATABASE ".getBytes(StandardCharsets.US_ASCII) };
	private static final int LONGEST = 16;

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
	private byte[] out = new byte[0];
	private int outPos;
	private boolean lineStart = true;
	private boolean dropping;
	private boolean eof;

	private DatabaseHeaderFilter(InputStream in) {
		super(in);
	}

	public static InputStream of(InputStream dump) {
		return new DatabaseHeaderFilter(dump);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		while (outPos >= out.length) {
			if (eof) {
				return -1;
			}
			fill();
		}
		int n = Math.min(len, out.length - outPos);
		System.arraycopy(out, outPos, b, off, n);
		outPos += n;
		return n;
	}

	private void fill() throws IOException {
		byte[] chunk = new byte[1 << 16];
		int n = in.read(chunk);
		ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.max(n, 0) + LONGEST);
		if (n < 0) {
			eof = true;
			if (!dropping) {
				pending.writeTo(kept);
			}
			pending.reset();
		}
		for (int i = 0; i < n; i++) {
			byte c = chunk[i];
			if (dropping) {
				if (c == '\n') {
					dropping = false;
					lineStart = true;
				}
				continue;
			}
			if (lineStart) {
				pending.write(c);
				int decided = decide(pending.toByteArray());
				if (decided == 1) {
					dropping = c != '\n';
					lineStart = c == '\n';
					pending.reset();
				} else if (decided == -1) {
					pending.writeTo(kept);
					pending.reset();
					lineStart = c == '\n';
				}
				continue;
			}
			kept.write(c);
			if (c == '\n') {
				lineStart = true;
			}
		}
		out = kept.toByteArray();
		outPos = 0;
	}

	/** 1: a dropped line; -1: a kept line; 0: not known yet. */
	private static int decide(byte[] start) {
		boolean possible = false;
		for (byte[] prefix : DROPPED) {
			int m = Math.min(prefix.length, start.length);
			boolean same = true;
			for (int i = 0; i < m && same; i++) {
				same = prefix[i] == start[i];
			}
			if (same && start.length >= prefix.length) {
				return 1;
			}
			possible |= same;
		}
		return possible && start[start.length - 1] != '\n' ? 0 : -1;
	}
}
