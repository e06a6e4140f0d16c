package id.cadang.restore;

/** Hears a restore run as it goes: the command line prints it. */
public interface RestoreListener extends RestoreProgress {

	RestoreListener NONE = new RestoreListener() {
		@Override
		public void progress(long readBytes, long totalBytes, double bytesPerSecond, java.util.Optional<java.time.Duration> timeLeft) {
		}
	};

	/** A step of the restore began or ended: one line for the person watching. */
	default void step(String line) {
	}

	/** Something the admin and the requester must see at once: the service is down, the data is not as it was. */
	default void alert(String line) {
	}
}
