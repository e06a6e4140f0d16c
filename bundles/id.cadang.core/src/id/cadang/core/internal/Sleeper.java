package id.cadang.core.internal;

import java.time.Duration;

/** Waits between two checks of a loop; tests advance their clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {

	Sleeper REAL = Thread::sleep;

	void sleep(Duration duration) throws InterruptedException;
}
