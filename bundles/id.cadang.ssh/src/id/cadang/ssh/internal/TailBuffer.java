package id.cadang.ssh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last {@code limit} bytes written to it: the tail of a command's stderr. JSch writes into it
 * from its session thread; for a local process {@link #drain(InputStream)} copies the pipe on a
 * daemon thread.
 */
public final class TailBuffer extends OutputStream {
	/** 64 KiB: enough for a dump tool's last error messages, small enough to keep per command. */
	public static final int DEFAULT_LIMIT = 64 * 1024;

	private final byte[] ring;
	private long written;

	public TailBuffer(int limit) {
		this.ring = new byte[limit];
	}

	@Override
	public synchronized void write(int b) {
		ring[(int) (written % ring.length)] = (byte) b;
		written++;
	}

	@Override
	public synchronized void write(byte[] b, int off, int len) {
		for (int i = Math.max(0, len - ring.length); i < len; i++) {
			ring[(int) ((written + i) % ring.length)] = b[off + i];
		}
		written += len;
	}

	/** Copies {@code in} into this buffer until its end. */
	public void drain(InputStream in) {
		byte[] chunk = new byte[8192];
		try (in) {
			for (int n; (n = in.read(chunk)) >= 0;) {
				write(chunk, 0, n);
			}
		} catch (IOException e) {
			// the process ended or was killed: what was read so far is the tail
		}
	}

	/** The kept bytes decoded as UTF-8 (a character cut at the start shows as a replacement character). */
	public synchronized String text() {
		int size = (int) Math.min(written, ring.length);
		byte[] out = new byte[size];
		int start = (int) ((written - size) % ring.length);
		for (int i = 0; i < size; i++) {
			out[i] = ring[(start + i) % ring.length];
		}
		return new String(out, StandardCharsets.UTF_8);
	}
}
