package id.cadang.storage.internal;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encryption at rest as one stream of AES-256-GCM chunks (the STREAM construction): a header, then the
 * plain text cut into chunks of {@value #CHUNK} bytes, each sealed on its own with a 96-bit nonce of a random
 * 7-byte file prefix, the chunk index (4 bytes) and a final flag (1 byte), and with the header as associated
 * data. A chunk moved, dropped, repeated or taken from another file fails its tag; a file cut at a chunk
 * boundary ends in a chunk not sealed as final and fails too. The last chunk may be empty.
 * <p>
 * Header: {@code CADANGE1} (8 bytes), chunk size (4), nonce prefix (7), key id length (1), key id (UTF-8).
 */
public final class ChunkedAead {
	/** The first bytes of every encrypted file. */
	public static final byte[] MAGIC = "CADANGE1".getBytes(StandardCharsets.US_ASCII);
	public static final int CHUNK = 1 << 20;
	private static final int TAG_BYTES = 16;
	private static final int PREFIX_BYTES = 7;
	private static final SecureRandom RANDOM = new SecureRandom();

	private ChunkedAead() {
	}

	/** The header of an encrypted file: its key id, and the bytes the chunks are bound to. */
	public record Header(String keyId, int chunkSize, byte[] prefix, byte[] bytes) {
	}

	/**
	 * An output that seals what is written to it into {@code sink}; {@link OutputStream#close()} seals the
	 * final chunk and closes {@code sink}.
	 */
	public static OutputStream encrypting(OutputStream sink, String keyId, SecretKey key) throws IOException {
		byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
		if (id.length == 0 || id.length > 255) {
			throw new IllegalArgumentException("an encryption key id has 1 to 255 bytes: '" + keyId + "'");
		}
		byte[] prefix = new byte[PREFIX_BYTES];
		RANDOM.nextBytes(prefix);
		ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + PREFIX_BYTES + 1 + id.length);
		header.put(MAGIC).putInt(CHUNK).put(prefix).put((byte) id.length).put(id);
		byte[] headerBytes = header.array();
		sink.write(headerBytes);
		return new Sealing(sink, key, new Header(keyId, CHUNK, prefix, headerBytes));
	}

	/** Whether {@code start} (the first bytes of a file) is the start of an encrypted file. */
	public static boolean isEncrypted(byte[] start, int length) {
		return length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	/** Reads the header of an encrypted file, leaving {@code in} at the first chunk. */
	public static Header readHeader(InputStream in) throws IOException {
		byte[] fixed = in.readNBytes(MAGIC.length + 4 + PREFIX_BYTES + 1);
		if (fixed.length < MAGIC.length + 4 + PREFIX_BYTES + 1 || !isEncrypted(fixed, fixed.length)) {
			throw new IOException("not an encrypted Cadang backup (no CADANGE1 header, or the header is cut off)");
		}
		ByteBuffer b = ByteBuffer.wrap(fixed, MAGIC.length, fixed.length - MAGIC.length);
		int chunkSize = b.getInt();
		byte[] prefix = new byte[PREFIX_BYTES];
		b.get(prefix);
		int idLength = Byte.toUnsignedInt(b.get());
		byte[] id = in.readNBytes(idLength);
		if (id.length != idLength || chunkSize <= 0 || chunkSize > 64 << 20) {
			throw new IOException("the encryption header is damaged (chunk size " + chunkSize + ", key id cut off)");
		}
		byte[] bytes = Arrays.copyOf(fixed, fixed.length + id.length);
		System.arraycopy(id, 0, bytes, fixed.length, id.length);
		return new Header(new String(id, StandardCharsets.UTF_8), chunkSize, prefix, bytes);
	}

	/** The plain text of the chunks after {@code header}; a chunk that fails its check throws an IOException naming it. */
	public static InputStream decrypting(InputStream in, Header header, SecretKey key) {
		return new Opening(in, header, key);
	}

	private static byte[] nonce(byte[] prefix, long index, boolean last) throws IOException {
		if (index > 0xFFFF_FFFFL) {
			throw new IOException("a stream of more than 2^32 chunks cannot be encrypted");
		}
		return ByteBuffer.allocate(12).put(prefix).putInt((int) index).put((byte) (last ? 1 : 0)).array();
	}

	private static Cipher cipher(int mode, SecretKey key, Header header, long index, boolean last) throws IOException {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(header.prefix(), index, last)));
			cipher.updateAAD(header.bytes());
			return cipher;
		} catch (GeneralSecurityException e) {
			throw new IOException("AES-256-GCM is not usable with key '" + header.keyId() + "': " + e.getMessage(), e);
		}
	}

	private static final class Sealing extends FilterOutputStream {
		private final SecretKey key;
		private final Header header;
		private final byte[] plain = new byte[CHUNK];
		private int filled;
		private long index;
		private boolean closed;

		Sealing(OutputStream sink, SecretKey key, Header header) {
			super(sink);
			this.key = key;
			this.header = header;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				if (filled == CHUNK) {
					seal(false);
				}
				int n = Math.min(length, CHUNK - filled);
				System.arraycopy(bytes, offset, plain, filled, n);
				filled += n;
				offset += n;
				length -= n;
			}
		}

		private void seal(boolean last) throws IOException {
			try {
				out.write(cipher(Cipher.ENCRYPT_MODE, key, header, index++, last).doFinal(plain, 0, filled));
			} catch (GeneralSecurityException e) {
				throw new IOException("cannot encrypt chunk " + (index - 1) + ": " + e.getMessage(), e);
			}
			filled = 0;
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			try {
				seal(true);
			} finally {
				out.close();
			}
		}
	}

	private static final class Opening extends InputStream {
		private final InputStream in;
		private final Header header;
		private final SecretKey key;
		private final int sealedSize;
		private byte[] next;
		private byte[] plain = new byte[0];
		private int position;
		private long index;
		private boolean done;

		Opening(InputStream in, Header header, SecretKey key) {
			this.in = in;
			this.header = header;
			this.key = key;
			this.sealedSize = header.chunkSize() + TAG_BYTES;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (position == plain.length) {
				if (done) {
					return -1;
				}
				open();
			}
			int n = Math.min(length, plain.length - position);
			System.arraycopy(plain, position, bytes, offset, n);
			position += n;
			return n;
		}

		/** Opens the next chunk; it is the last when nothing follows it. */
		private void open() throws IOException {
			byte[] sealed = next != null ? next : in.readNBytes(sealedSize);
			next = null;
			if (sealed.length < TAG_BYTES) {
				throw new EOFException("chunk " + index + " is cut off (" + sealed.length
						+ " bytes): the encrypted file was truncated");
			}
			boolean last = sealed.length < sealedSize;
			if (!last) {
				next = in.readNBytes(sealedSize);
				if (next.length == 0) {
					last = true;
					next = null;
				}
			}
			try {
				plain = cipher(Cipher.DECRYPT_MODE, key, header, index, last).doFinal(sealed);
			} catch (AEADBadTagException e) {
				throw new IOException("chunk " + index + " fails its authentication tag: the encrypted file was changed,"
						+ " cut off or reordered, or key '" + header.keyId() + "' is not the one it was written with", e);
			} catch (GeneralSecurityException e) {
				throw new IOException("cannot decrypt chunk " + index + ": " + e.getMessage(), e);
			}
			index++;
			position = 0;
			done = last;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
