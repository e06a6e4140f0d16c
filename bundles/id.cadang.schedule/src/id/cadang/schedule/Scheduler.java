package id.cadang.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.FireRecord;
import id.cadang.catalog.FireStatus;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunStatus;
import id.cadang.core.SopRegistry;

/**
 * Starts the runs the schedules ask for, one {@link #tick()} at a time. Every expected run gets a row in the
 * catalog, claimed by the first runtime to see it (so runtimes sharing a catalog never start it twice): started,
 * or recorded as missed with an alert. After downtime the newest missed run is started once, late, when catch-up
 * is on; the older ones are reported. Runs execute on the executor given, within the run limits; a slot whose
 * newest good backup is older than its schedule allows raises an alert until a fresh one exists.
 */
public final class Scheduler {

	/** Alert kinds. */
	public static final String MISSED = "schedule.missed";
	public static final String FAILED = "schedule.failed";
	public static final String STALE = "slot.stale";

	private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());
	private static final String ACTOR = "cadang";
	private static final int MISSED_LIMIT = 100;

	private final Catalog catalog;
	private final SopRegistry registry;
	private final RunStarter starter;
	private final Clock clock;
	private final SchedulerSettings settings;
	private final String owner;
	private final Executor executor;
	private final ScheduleBook book;
	private final Freshness freshness;
	/** Scheduled runs executing in this runtime: schedule key to the servers they work against. */
	private final Map<String, Set<String>> inflight = new ConcurrentHashMap<>();
	private final Set<Long> inflightRuns = ConcurrentHashMap.newKeySet();
	private volatile boolean stopped;

	/**
	 * @param owner {@code host:pid:start} of this runtime, the holder of the leases it takes
	 */
	public Scheduler(Catalog catalog, SopRegistry registry, RunStarter starter, Clock clock, SchedulerSettings settings,
			String owner, Executor executor) {
		this.catalog = catalog;
		this.registry = registry;
		this.starter = starter;
		this.clock = clock;
		this.settings = settings;
		this.owner = owner;
		this.executor = executor;
		this.book = new ScheduleBook(catalog, registry);
		this.freshness = new Freshness(catalog, registry, settings.grace());
	}

	/** What one tick did. */
	public record Tick(List<Fired> started, List<Fired> missed, List<Fired> heldBack, List<SlotFreshness> stale) {
	}

	/** One expected run of a schedule. */
	public record Fired(String binding, String schedule, Instant due, boolean late) {
	}

	/** From now on, starts nothing new; runs already executing go on. */
	public void stop() {
		stopped = true;
	}

	/** Scheduled runs executing in this runtime now. */
	public int executing() {
		return inflight.size();
	}

	/** Looks at every schedule once: records what was missed, starts what is due, flags stale slots. */
	public synchronized Tick tick() {
		Instant now = clock.instant();
		List<Fired> started = new ArrayList<>();
		List<Fired> missed = new ArrayList<>();
		List<Fired> heldBack = new ArrayList<>();
		List<ScheduleEntry> entries = book.entries();
		Map<String, Binding> bindings = new HashMap<>();
		catalog.bindings(null).forEach(b -> bindings.put(b.name(), b));
		Load load = load(bindings);
		for (ScheduleEntry entry : entries) {
			if (!entry.active() || stopped) {
				continue;
			}
			Optional<FireRecord> last = catalog.scheduledRuns(entry.binding(), entry.id(), 1).stream().findFirst();
			Instant from = last.map(FireRecord::due).filter(d -> d.isAfter(entry.since())).orElse(entry.since());
			List<Instant> dues = new ArrayList<>(entry.cron().between(from, now, entry.zone(), MISSED_LIMIT));
			Optional<Instant> takeOver = last.filter(f -> f.status() == FireStatus.CLAIMED && f.runId() == null
					&& !owner.equals(f.owner()) && f.leaseUntil() != null && f.leaseUntil().isBefore(now))
					.map(FireRecord::due);
			if (dues.isEmpty() && takeOver.isEmpty()) {
				continue;
			}
			Instant due = dues.isEmpty() ? takeOver.get() : dues.remove(dues.size() - 1);
			boolean late = now.isAfter(due.plus(settings.grace()));
			List<Instant> notRun = new ArrayList<>(dues);
			if (late && !settings.catchUp()) {
				notRun.add(due);
				due = null;
			}
			recordMissed(entry, notRun, now, missed);
			if (due == null) {
				continue;
			}
			Set<String> servers = servers(bindings.get(entry.binding()));
			Fired fired = new Fired(entry.binding(), entry.id(), due, late);
			if (inflight.containsKey(entry.key()) || !load.admits(servers)) {
				heldBack.add(fired);
				continue;
			}
			if (!catalog.claimScheduledRun(entry.binding(), entry.id(), due, owner, now.plus(settings.lease()), now,
					late)) {
				continue;
			}
			load.add(servers);
			inflight.put(entry.key(), servers);
			started.add(fired);
			catalog.audit(ACTOR, "schedule.started", subject(entry),
					"due " + due + (late ? ", late (started " + now + ")" : "") + ", cron " + entry.expression() + " "
							+ entry.zone().getId() + ", by " + owner);
			LOG.info(() -> "starting " + entry.key() + " due " + fired.due() + (late ? " (late)" : ""));
			Instant claimedDue = due;
			try {
				executor.execute(() -> execute(entry, claimedDue, late));
			} catch (RuntimeException e) {
				inflight.remove(entry.key());
				throw e;
			}
		}
		List<SlotFreshness> stale = flagStale(entries, now);
		return new Tick(started, missed, heldBack, stale);
	}

	private void recordMissed(ScheduleEntry entry, List<Instant> notRun, Instant now, List<Fired> missed) {
		List<Instant> recorded = new ArrayList<>();
		for (Instant due : notRun) {
			if (catalog.recordMissedRun(entry.binding(), entry.id(), due, now)) {
				recorded.add(due);
				missed.add(new Fired(entry.binding(), entry.id(), due, true));
			}
		}
		if (!recorded.isEmpty()) {
			String message = recorded.size() + " scheduled run(s) of " + entry.key() + " did not happen: "
					+ recorded.get(0) + (recorded.size() > 1 ? " .. " + recorded.get(recorded.size() - 1) : "");
			catalog.raiseAlert(MISSED, entry.key(), message, now);
			catalog.audit(ACTOR, "schedule.missed", subject(entry), message);
			LOG.warning(message);
		}
	}

	private void execute(ScheduleEntry entry, Instant due, boolean late) {
		Long[] runId = new Long[1];
		try {
			String error = starter.run(entry, id -> {
				runId[0] = id;
				inflightRuns.add(id);
				catalog.updateScheduledRun(entry.binding(), entry.id(), due, owner, FireStatus.STARTED, id, null,
						clock.instant());
			});
			finish(entry, due, late, runId[0], error);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "scheduled run of " + entry.key() + " due " + due + " could not run", e);
			finish(entry, due, late, runId[0], e.getMessage() == null ? e.toString() : e.getMessage());
		} finally {
			if (runId[0] != null) {
				inflightRuns.remove(runId[0]);
			}
			inflight.remove(entry.key());
		}
	}

	private void finish(ScheduleEntry entry, Instant due, boolean late, Long runId, String error) {
		Instant now = clock.instant();
		catalog.updateScheduledRun(entry.binding(), entry.id(), due, owner, FireStatus.DONE, runId, null, now);
		if (error == null) {
			catalog.closeAlerts(FAILED, entry.key(), now);
			if (!late) {
				catalog.closeAlerts(MISSED, entry.key(), now); // back on time: the schedule works again
			}
			LOG.info(() -> "scheduled run " + runId + " of " + entry.key() + " due " + due + " went as far as it goes");
		} else {
			String message = "the scheduled run " + (runId == null ? "" : runId + " ") + "of " + entry.key() + " due "
					+ due + " failed: " + error;
			catalog.raiseAlert(FAILED, entry.key(), message, now);
			LOG.warning(message);
		}
	}

	private List<SlotFreshness> flagStale(List<ScheduleEntry> entries, Instant now) {
		List<SlotFreshness> stale = new ArrayList<>();
		for (SlotFreshness slot : freshness.check(entries, now)) {
			if (slot.stale()) {
				stale.add(slot);
				catalog.raiseAlert(STALE, slot.key(), "slot " + slot.key() + " has no good backup newer than "
						+ slot.allowed() + (slot.lastGood() == null ? " (none at all)" : " (newest " + slot.lastGood() + ")"),
						now);
			} else {
				catalog.closeAlerts(STALE, slot.key(), now);
			}
		}
		return stale;
	}

	// --- limits

	private Set<String> servers(Binding binding) {
		if (binding == null) {
			return Set.of(Servers.LOCAL);
		}
		return Servers.of(binding, registry.sop(binding.sop()).orElse(null));
	}

	private Load load(Map<String, Binding> bindings) {
		Load load = new Load();
		for (RunRecord run : catalog.runs(null)) {
			if (run.status() == RunStatus.RUNNING && !inflightRuns.contains(run.id())) {
				load.add(servers(bindings.get(run.binding())));
			}
		}
		inflight.values().forEach(load::add);
		return load;
	}

	/** Runs executing now, overall and per server. */
	private final class Load {
		private int runs;
		private final Map<String, Integer> perServer = new HashMap<>();

		void add(Set<String> servers) {
			runs++;
			servers.forEach(s -> perServer.merge(s, 1, Integer::sum));
		}

		boolean admits(Set<String> servers) {
			return runs < settings.maxRuns()
					&& servers.stream().allMatch(s -> perServer.getOrDefault(s, 0) < settings.maxPerServer());
		}
	}

	private static String subject(ScheduleEntry entry) {
		return "schedule/" + entry.key();
	}

	/** {@code host:pid:start} of this process. */
	public static String processOwner() {
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			host = "localhost";
		}
		return host + ":" + ProcessHandle.current().pid() + ":" + Instant.now();
	}
}
