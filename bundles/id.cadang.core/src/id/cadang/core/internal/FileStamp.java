package id.cadang.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/** A file's size and modification time: when both are unchanged, its content is taken as unchanged. */
record FileStamp(long size, FileTime modified) {

	static FileStamp of(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return new FileStamp(attributes.size(), attributes.lastModifiedTime());
	}

	/** Whether the file was written less than {@code settle} before {@code now}: it may still be being copied. */
	boolean fresh(Instant now, Duration settle) {
		return modified.toInstant().isAfter(now.minus(settle));
	}
}
