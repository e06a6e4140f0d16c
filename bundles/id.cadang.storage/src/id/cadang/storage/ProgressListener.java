package id.cadang.storage;

/** Told how far a backup stream has come; called from the writing thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {
	ProgressListener NONE = (read, written) -> { };

	/**
	 * @param sourceBytes bytes read from the source so far (uncompressed)
	 * @param storedBytes bytes written to the target so far (compressed)
	 */
	void progress(long sourceBytes, long storedBytes);
}
