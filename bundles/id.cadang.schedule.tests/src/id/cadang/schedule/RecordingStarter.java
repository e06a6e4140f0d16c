package id.cadang.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.catalog.RunStatus;

/**
 * Stands in for the run engine where a test is about when runs start, not what they do: records each run in the
 * catalog as the engine would (RUNNING, then SUCCEEDED) with a good backup of each slot the schedule covers.
 */
final class RecordingStarter implements RunStarter {

	/** One run started: the schedule and the clock's time. */
	record Started(String key, Instant at, long runId) {
	}

	private final Catalog catalog;
	private final Clock clock;
	private final List<String> slots;
	final List<Started> started = new CopyOnWriteArrayList<>();

	RecordingStarter(Catalog catalog, Clock clock, String... slots) {
		this.catalog = catalog;
		this.clock = clock;
		this.slots = List.of(slots);
	}

	@Override
	public String run(ScheduleEntry entry, LongConsumer tell) {
		Instant now = clock.instant();
		long runId = catalog.startRun(entry.sop(), entry.procedure() == null ? "backup" : entry.procedure(),
				entry.binding(), now);
		tell.accept(runId);
		started.add(new Started(entry.key(), now, runId));
		for (String slot : slots) {
			if (entry.covers(slot)) {
				long backup = catalog.startBackup(new BackupStart(runId, entry.sop(), entry.binding(), slot, "test",
						"test", "/nas/" + entry.binding() + "/" + slot + "-" + runId, now));
				catalog.markGood(backup, new GoodBackup(1, 1, "0".repeat(64), null, now.plusSeconds(60)));
			}
		}
		catalog.finishRun(runId, RunStatus.SUCCEEDED, now.plusSeconds(60), null);
		return null;
	}

	List<String> keys() {
		return started.stream().map(Started::key).toList();
	}
}
