package id.cadang.storage.internal;

import java.nio.file.Path;

import id.cadang.ssh.InMemorySecrets;
import id.cadang.ssh.SshTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SftpLocation;
import id.cadang.storage.SftpTarget;

/**
 * The Cadang side of the SFTP row of {@code releng/scripts/benchmark.sh}: one {@link SftpTarget#upload}
 * of a stored backup (with its manifest beside it), exactly as the copy-to-target action runs it, from a
 * plain JVM on the product's jars. Not a test.
 * <p>
 * Arguments: {@code <stored file> <sftp://user@host:port/folder> <private key> <known_hosts> <relative name>}.
 * Prints {@code bytes=... millis=... resumedFrom=... sha256=...}.
 */
public final class SftpUploadBenchmark {

	private SftpUploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 5) {
			System.err.println("usage: SftpUploadBenchmark <stored file> <sftp://user@host:port/folder> <private key> "
					+ "<known_hosts> <relative name>");
			System.exit(2);
		}
		SftpLocation location = SftpLocation.parse(args[1]);
		SftpTarget target = new SftpTarget(SshTarget.of(location.address(), Path.of(args[2]), Path.of(args[3])),
				location.path(), new InMemorySecrets());
		long started = System.nanoTime();
		SftpTarget.Upload upload = target.upload(Path.of(args[0]), args[4], ProgressListener.NONE);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("bytes=" + upload.written().size() + " millis=" + millis + " resumedFrom="
				+ upload.resumedFrom() + " sha256=" + upload.written().sha256());
	}
}
