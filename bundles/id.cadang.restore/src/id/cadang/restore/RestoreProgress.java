package id.cadang.restore;

import java.time.Duration;
import java.util.Optional;

/** Told how far a restore has read its backup file; called from the reading thread, so keep it quick. */
@FunctionalInterface
public interface RestoreProgress {
	RestoreProgress NONE = (read, total, rate, left) -> { };

	/**
	 * @param readBytes      stored (compressed) bytes read from the backup file so far
	 * @param totalBytes     the backup file's size
	 * @param bytesPerSecond the read rate so far
	 * @param timeLeft       the time left at that rate, empty until a rate is known
	 */
	void progress(long readBytes, long totalBytes, double bytesPerSecond, Optional<Duration> timeLeft);
}
