package id.cadang.core.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.osgi.service.log.Logger;

/**
 * Calls a scan of a folder on its own thread: when the folder changes (WatchService), every {@code period}
 * all the same (a WatchService misses events on some file systems, e.g. NFS and some container mounts), and
 * soon again while the scan reports a file still being written.
 */
final class FolderWatcher {

	private static final Duration SOON = Duration.ofMillis(300);

	private final Path folder;
	private final BooleanSupplier scan;
	private final Duration period;
	private final Logger logger;
	private volatile boolean running;
	private volatile Thread thread;
	private volatile Optional<WatchService> watch = Optional.empty();
	private final java.util.concurrent.CountDownLatch settled = new java.util.concurrent.CountDownLatch(1);

	/**
	 * @param scan scans the folder; returns whether it should be called again soon
	 */
	FolderWatcher(Path folder, BooleanSupplier scan, Duration period, Logger logger) {
		this.folder = folder;
		this.scan = scan;
		this.period = period;
		this.logger = logger;
	}

	void start() {
		running = true;
		Thread worker = new Thread(this::loop, "Cadang plug-in folder " + folder);
		worker.setDaemon(true);
		thread = worker;
		worker.start();
	}

	/**
	 * Waits until a scan has seen the folder with no jar still being written, so that a command that
	 * starts, lists and ends sees what lies in the folder.
	 *
	 * @return whether that happened within {@code timeout}
	 */
	boolean awaitSettled(Duration timeout) throws InterruptedException {
		return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Stops the thread and waits (a while) for a scan under way to finish. */
	void stop() {
		running = false;
		watch.ifPresent(FolderWatcher::closeQuietly);
		Thread worker = thread;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(TimeUnit.SECONDS.toMillis(30));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void loop() {
		try {
			watch = Optional.of(folder.getFileSystem().newWatchService());
		} catch (IOException | UnsupportedOperationException e) {
			logger.warn("Cannot watch {} for changes ({}); it is scanned every {} s instead", folder, e,
					period.toSeconds());
		}
		WatchKey key = null;
		try {
			while (running) {
				boolean soon = false;
				try {
					soon = scan.getAsBoolean();
				} catch (RuntimeException e) {
					logger.error("Scanning the plug-in folder {} failed: {}", folder, e.getMessage(), e);
				}
				if (!soon) {
					settled.countDown();
				}
				if (!running) {
					return;
				}
				if (watch.isPresent() && (key == null || !key.isValid())) {
					key = register(watch.get());
				}
				await(soon ? SOON : period);
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// stopping
		} finally {
			watch.ifPresent(FolderWatcher::closeQuietly);
		}
	}

	/** Waits for a change in the folder or for {@code timeout}, whichever comes first. */
	private void await(Duration timeout) throws InterruptedException {
		if (watch.isEmpty()) {
			Thread.sleep(timeout.toMillis());
			return;
		}
		WatchKey signalled = watch.get().poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		while (signalled != null) {
			signalled.pollEvents();
			signalled.reset();
			signalled = watch.get().poll();
		}
	}

	private WatchKey register(WatchService service) {
		try {
			return folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
					StandardWatchEventKinds.ENTRY_DELETE);
		} catch (IOException e) {
			// the folder is missing or unreadable: the scan says why, and the next round tries again
			return null;
		}
	}

	private static void closeQuietly(WatchService service) {
		try {
			service.close();
		} catch (IOException e) {
			// closing to stop: nothing left to do
		}
	}
}
