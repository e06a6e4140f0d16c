package id.cadang.restore.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import id.cadang.restore.RestoreException;

/**
 * Reads a tar archive's headers (ustar, GNU long names, pax paths) without writing anything, and refuses an
 * archive with an entry that would land outside the folder it is extracted into: an absolute name, a {@code ..}
 * component, a symbolic or hard link whose target leaves the folder, or an entry below a symbolic link.
 */
public final class TarCheck {
	private static final int BLOCK = 512;

	private TarCheck() {
	}

	/** @return how many entries the archive holds */
	public static int check(InputStream tar) throws IOException {
		byte[] header = new byte[BLOCK];
		Set<String> symlinks = new HashSet<>();
		String longName = null;
		String longLink = null;
		int entries = 0;
		while (true) {
			if (!readBlock(tar, header)) {
				return entries;
			}
			if (zero(header)) {
				return entries;
			}
			char type = (char) header[156];
			long size = size(header);
			if (type == 'L' || type == 'K' || type == 'x') {
				String text = new String(tar.readNBytes((int) size), StandardCharsets.UTF_8);
				skip(tar, pad(size) - size);
				if (type == 'L') {
					longName = cstring(text);
				} else if (type == 'K') {
					longLink = cstring(text);
				} else {
					longName = pax(text, "path", longName);
					longLink = pax(text, "linkpath", longLink);
				}
				continue;
			}
			if (type == 'g') {
				skip(tar, pad(size));
				continue;
			}
			String name = longName != null ? longName : name(header);
			String link = longLink != null ? longLink : field(header, 157, 100);
			longName = null;
			longLink = null;
			entries++;
			String inside = inside(name, name);
			for (String s : symlinks) {
				if (inside.startsWith(s + "/")) {
					throw refused(name, "it lies below the symbolic link '" + s + "' in the same archive");
				}
			}
			if (type == '2') {
				if (link.startsWith("/")) {
					throw refused(name, "it is a symbolic link to the absolute path '" + link + "'");
				}
				Path parent = Path.of(inside).getParent();
				String resolved = (parent == null ? Path.of(link) : parent.resolve(link)).normalize().toString();
				if (resolved.equals("..") || resolved.startsWith("../")) {
					throw refused(name, "it is a symbolic link to '" + link + "', outside the folder");
				}
				symlinks.add(inside);
			} else if (type == '1') {
				inside(link, name);
			}
			skip(tar, type == '5' || type == '1' || type == '2' ? 0 : pad(size));
		}
	}

	/** The entry's path inside the folder, normalized; refused when absolute or with a {@code ..} component. */
	private static String inside(String path, String entry) throws RestoreException {
		if (path.startsWith("/")) {
			throw refused(entry, "'" + path + "' is an absolute path");
		}
		for (String part : path.split("/")) {
			if (part.equals("..")) {
				throw refused(entry, "'" + path + "' climbs out of the folder with '..'");
			}
		}
		String normal = Path.of(path).normalize().toString();
		return normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
	}

	private static RestoreException refused(String entry, String why) {
		return new RestoreException("archive entry '" + entry + "' refused: " + why
				+ "; nothing was extracted (a backup taken by Cadang never holds such an entry: was the file replaced?)");
	}

	private static boolean readBlock(InputStream in, byte[] block) throws IOException {
		int n = in.readNBytes(block, 0, BLOCK);
		if (n == 0) {
			return false;
		}
		if (n < BLOCK) {
			throw new EOFException("the archive ends inside a header: it is cut off");
		}
		return true;
	}

	private static void skip(InputStream in, long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long n = in.skip(left);
			if (n <= 0) {
				if (in.read() < 0) {
					throw new EOFException("the archive ends inside an entry: it is cut off");
				}
				n = 1;
			}
			left -= n;
		}
	}

	private static long pad(long size) {
		return (size + BLOCK - 1) / BLOCK * BLOCK;
	}

	private static boolean zero(byte[] block) {
		for (byte b : block) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private static String name(byte[] header) {
		String name = field(header, 0, 100);
		boolean ustar = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
		String prefix = ustar ? field(header, 345, 155) : "";
		return prefix.isEmpty() ? name : prefix + "/" + name;
	}

	private static String field(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static long size(byte[] header) throws IOException {
		if ((header[124] & 0x80) != 0) {
			long value = 0;
			for (int i = 125; i < 136; i++) {
				value = (value << 8) | (header[i] & 0xff);
			}
			return value;
		}
		String octal = field(header, 124, 12).strip();
		try {
			return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
		} catch (NumberFormatException e) {
			throw new IOException("the archive has a damaged header (size '" + octal + "'): it is not a tar archive");
		}
	}

	private static String cstring(String text) {
		int nul = text.indexOf('\0');
		return nul < 0 ? text : text.substring(0, nul);
	}

	private static String pax(String records, String key, String otherwise) {
		String found = otherwise;
		for (String record : records.split("\n")) {
			int space = record.indexOf(' ');
			int eq = record.indexOf('=');
			if (space > 0 && eq > space && record.substring(space + 1, eq).equals(key)) {
				found = record.substring(eq + 1);
			}
		}
		return found;
	}
}
