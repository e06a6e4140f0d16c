package id.cadang.schedule;

import java.time.Duration;

/**
 * How the scheduler behaves.
 *
 * @param catchUp      after downtime, start the newest missed run once (late) instead of only reporting it
 * @param maxRuns      runs executing at once in this catalog, over all servers
 * @param maxPerServer runs executing at once against one server (the host of a database or folder slot)
 * @param grace        how long after its time a run still counts as on time, and how much older than its period a
 *                     slot's last good backup may be before the slot is flagged
 * @param lease        how long a claimed scheduled run stays with its runtime without being started
 */
public record SchedulerSettings(boolean catchUp, int maxRuns, int maxPerServer, Duration grace, Duration lease) {

	public static final SchedulerSettings DEFAULT = new SchedulerSettings(true, 4, 1, Duration.ofMinutes(5),
			Duration.ofMinutes(2));

	public SchedulerSettings {
		if (maxRuns < 1 || maxPerServer < 1) {
			throw new IllegalArgumentException("the run limits must be at least 1 (got " + maxRuns + " overall and "
					+ maxPerServer + " per server)");
		}
	}

	public SchedulerSettings withCatchUp(boolean value) {
		return new SchedulerSettings(value, maxRuns, maxPerServer, grace, lease);
	}

	public SchedulerSettings withLimits(int runs, int perServer) {
		return new SchedulerSettings(catchUp, runs, perServer, grace, lease);
	}
}
