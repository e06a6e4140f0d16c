package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * A producer of backup bytes: a database dump or a folder archive, run locally or over SSH.
 * The storage pipeline reads {@link #open()} to its end, then calls {@link #finish()}, which
 * must fail when the producer did not finish cleanly: a cut-off stream is never a good backup.
 */
public interface StreamSource {

	/** What this source is, for the manifest and the catalog: {@code postgresql}, {@code folder}, ... */
	String kind();

	/** The file extension of the uncompressed stream: {@code dump}, {@code tar}, {@code sql}. */
	String extension();

	/** Starts the producer and returns its output. Called once. */
	InputStream open() throws IOException;

	/**
	 * Waits for the producer after its stream reached its end.
	 *
	 * @return facts for the manifest (tool and version, server version, exit status, warnings)
	 * @throws SourceFailedException when the producer failed; its message says why and what to fix
	 */
	SourceResult finish() throws IOException;

	/** Stops the producer; used when the pipeline fails on its side (target full, ...). Idempotent. */
	void abort();
}
