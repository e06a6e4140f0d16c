package id.cadang.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.cadang.catalog.Catalog;

/**
 * Renews a run's lease while this process executes one of its automated steps, so that another process sees the
 * run as taken for as long as this one lives, and as abandoned soon after it dies.
 */
final class LeaseKeeper implements AutoCloseable {

	private final ScheduledExecutorService timer;

	private LeaseKeeper(ScheduledExecutorService timer) {
		this.timer = timer;
	}

	static LeaseKeeper start(Catalog catalog, long runId, String owner, Clock clock, Duration lease) {
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "cadang-lease-run-" + runId);
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(1, lease.toMillis() / 4);
		timer.scheduleAtFixedRate(() -> {
			try {
				catalog.acquireLease(runId, owner, clock.instant().plus(lease), clock.instant());
			} catch (RuntimeException e) {
				// the next renewal tries again; a catalog gone for the whole lease lets another process resume
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return new LeaseKeeper(timer);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
