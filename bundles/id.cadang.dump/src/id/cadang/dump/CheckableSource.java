package id.cadang.dump;

import id.cadang.storage.SourceFailedException;
import id.cadang.storage.StreamSource;

/** A source that can say, before any byte is written, whether a backup can start. */
public interface CheckableSource extends StreamSource {

	/**
	 * Checks that the producer's tool is installed and that what it reads is there and readable.
	 *
	 * @throws SourceFailedException with a one-line message that names the thing and the fix
	 */
	void preflight() throws SourceFailedException;
}
