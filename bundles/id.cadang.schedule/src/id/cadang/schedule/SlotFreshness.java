package id.cadang.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * How fresh a slot's newest good backup is, measured against the schedules that back it up.
 *
 * @param lastGood when its newest good backup finished, or null when it has none
 * @param backupId that backup's id, or null
 * @param age      how old that backup is, or null
 * @param allowed  the covering schedule's period plus the grace (the age a backup reaches before the next run is
 *                 due), or null when no schedule covers the slot
 * @param stale    a covering schedule's run was due and no good backup started at or after that time (less the grace)
 */
public record SlotFreshness(String binding, String sop, String slot, Instant lastGood, Long backupId, Duration age,
		Duration allowed, boolean stale) {

	/** {@code binding/slot}: how alerts name it. */
	public String key() {
		return binding + "/" + slot;
	}
}
