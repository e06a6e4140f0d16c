package id.cadang.schedule;

import java.util.function.LongConsumer;

/** Starts the run a schedule asks for; the run engine in a runtime. */
@FunctionalInterface
public interface RunStarter {

	/**
	 * Runs the entry's procedure for its binding and returns when the run ended or waits for people.
	 *
	 * @param started told the run's id as soon as the run exists
	 * @return the run's error when it failed, or null
	 * @throws RuntimeException when the run could not start (the binding or SOP is gone, a slot is unbound)
	 */
	String run(ScheduleEntry entry, LongConsumer started);
}
