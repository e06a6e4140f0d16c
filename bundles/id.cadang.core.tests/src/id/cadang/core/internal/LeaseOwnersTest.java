package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A lease whose owner was killed on this host is known to be dead at once; anything else is left to run out. */
class LeaseOwnersTest {

	private static final String HOST = "server-backup";

	@Test
	void aLiveProcessIsNotDead() {
		assertFalse(LeaseOwners.deadHere(HOST + ":" + ProcessHandle.current().pid() + ":" + Instant.now(), HOST));
	}

	@Test
	void aProcessThatEndedIsDead() throws Exception {
		Process process = new ProcessBuilder("true").start();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertTrue(LeaseOwners.deadHere(HOST + ":" + process.pid() + ":" + Instant.now(), HOST));
	}

	@Test
	void aPidUsedAgainByALaterProcessIsDead() {
		assertTrue(LeaseOwners.deadHere(HOST + ":" + ProcessHandle.current().pid() + ":2000-01-01T00:00:00Z", HOST),
				"this process started after the lease's owner did: the owner is gone and its pid was reused");
	}

	@Test
	void anotherHostOrAnUnreadableLeaseIsNeverKnownDead() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor(30, TimeUnit.SECONDS);
		assertFalse(LeaseOwners.deadHere("nas-kantor:" + process.pid() + ":" + Instant.now(), HOST));
		assertFalse(LeaseOwners.deadHere(HOST + ":bukan-pid:" + Instant.now(), HOST));
		assertFalse(LeaseOwners.deadHere(HOST + ":" + process.pid(), HOST));
		assertFalse(LeaseOwners.deadHere(null, HOST));
	}
}
