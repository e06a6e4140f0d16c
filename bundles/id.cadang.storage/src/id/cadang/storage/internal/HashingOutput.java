package id.cadang.storage.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The stored end of the pipeline for any sink (a local file channel, an SFTP upload): hashes and counts
 * every byte on its way out. Closing it flushes but leaves the sink open, so that its owner can force or
 * close it and see the failure there.
 */
public final class HashingOutput extends OutputStream {
	private final OutputStream sink;
	private final MessageDigest digest;
	private long count;

	private HashingOutput(OutputStream sink, MessageDigest digest) {
		this.sink = sink;
		this.digest = digest;
	}

	/** A fresh SHA-256 digest; every JDK has one. */
	public static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256: run Cadang on a standard JDK 21 or newer", e);
		}
	}

	/** Hashes from the first byte. */
	public static HashingOutput sha256(OutputStream sink) {
		return new HashingOutput(sink, newSha256());
	}

	/**
	 * Continues a digest that already holds {@code alreadyCounted} bytes (a resumed upload whose prefix is
	 * on the target), so that {@link #sha256Hex()} is the hash of the whole file.
	 */
	public static HashingOutput continuing(OutputStream sink, MessageDigest prefix, long alreadyCounted) {
		HashingOutput out = new HashingOutput(sink, prefix);
		out.count = alreadyCounted;
		return out;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		digest.update(bytes, offset, length);
		sink.write(bytes, offset, length);
		count += length;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void flush() throws IOException {
		sink.flush();
	}

	/** Bytes of the file so far (including a resumed prefix). */
	public long count() {
		return count;
	}

	/** Lowercase hex SHA-256 of the file; call once, at the end. */
	public String sha256Hex() {
		return HexFormat.of().formatHex(digest.digest());
	}

	@Override
	public void close() throws IOException {
		sink.flush();
	}
}
