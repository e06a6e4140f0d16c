package id.cadang.core.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Tells whether the process named by a lease ({@code host:pid:start}, see {@link DefaultRunEngine#owner()}) is known
 * to be dead: on this host, no process has that pid, or the process that has it started after the lease's owner
 * did (the pid was used again). A process on another host, or a lease that does not parse, is never known dead:
 * its lease is left to run out.
 */
final class LeaseOwners {

	private LeaseOwners() {
	}

	static boolean deadHere(String leaseOwner, String thisHost) {
		if (leaseOwner == null) {
			return false;
		}
		String[] parts = leaseOwner.split(":", 3);
		if (parts.length != 3 || !parts[0].equals(thisHost)) {
			return false;
		}
		long pid;
		Instant started;
		try {
			pid = Long.parseLong(parts[1]);
			started = Instant.parse(parts[2]);
		} catch (NumberFormatException | DateTimeParseException e) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		return process.get().info().startInstant().map(start -> start.isAfter(started)).orElse(false);
	}
}
