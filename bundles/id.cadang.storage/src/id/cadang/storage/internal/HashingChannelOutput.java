package id.cadang.storage.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored end of the pipeline: hashes and counts every byte on its way into a file channel.
 * Closing it leaves the channel open, so that the owner can force it to disk before closing.
 */
public final class HashingChannelOutput extends OutputStream {
	private final FileChannel channel;
	private final MessageDigest digest;
	private long count;

	private HashingChannelOutput(FileChannel channel, MessageDigest digest) {
		this.channel = channel;
		this.digest = digest;
	}

	public static HashingChannelOutput sha256(FileChannel channel) {
		return new HashingChannelOutput(channel, newSha256());
	}

	public static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256: run Cadang on a standard JDK 21 or newer", e);
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		digest.update(bytes, offset, length);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
		count += length;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	/** Bytes written so far. */
	public long count() {
		return count;
	}

	/** Lowercase hex SHA-256 of everything written; call once, at the end. */
	public String sha256Hex() {
		return HexFormat.of().formatHex(digest.digest());
	}

	@Override
	public void close() {
		// the channel belongs to the caller, who forces and closes it
	}
}
