package id.cadang.restore.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Leaves out the {@code CREATE DATABASE} and {@code USE} lines that {@code mariadb-dump --databases} writes before
 * the first table, so the dump loads into whichever database the client names; the rest passes byte for byte.
 */
public final class DatabaseHeaderFilter {
	/** The header is short; past this many bytes without a USE line there is none to drop. */
	private static final int HEADER_LIMIT = 64 * 1024;

	private DatabaseHeaderFilter() {
	}

	public static InputStream of(InputStream dump) throws IOException {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int read = 0;
		for (int b; (b = dump.read()) != -1;) {
			read++;
			line.write(b);
			if (b == '\n') {
				String text = line.toString(StandardCharsets.UTF_8);
				boolean use = text.startsWith("USE `");
				if (!use && !text.startsWith("CREATE DATABASE ")) {
					line.writeTo(kept);
				}
				line.reset();
				if (use || read > HEADER_LIMIT) {
					break;
				}
			}
		}
		line.writeTo(kept);
		return new SequenceInputStream(new ByteArrayInputStream(kept.toByteArray()), dump);
	}
}
