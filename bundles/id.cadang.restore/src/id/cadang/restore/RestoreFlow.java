package id.cadang.restore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RestoreRequest;
import id.cadang.catalog.RestoreStatus;
import id.cadang.catalog.ServiceControl;

/**
 * The restore procedure of the SOPs (Trenggalek's and Kudus's restore tables) as a persistent flow in the catalog:
 * a requester files the restore request form; a role holder approves it or returns it with a reason; the run picks
 * the backup (the latest good one, or the newest at or before a point in time) and verifies it before anything is
 * touched, takes a safety backup of the current state unless declined, stops the service, restores, starts the
 * service and checks it, compares the row counts with the manifest, and on any failure after the stop starts the
 * service again (or says loudly that it is down) and names the safety backup to roll back to; the requester
 * confirms. Every step goes to the audit trail under {@code restore:<id>}.
 */
public final class RestoreFlow {
	/** The time zone dates in requests are read in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final Catalog catalog;
	private final Path home;

	public RestoreFlow(Catalog catalog, Path home) {
		this.catalog = catalog;
		this.home = home;
	}

	/** How to run an approved request. */
	public record RunOptions(Optional<Long> backupId, Optional<String> pointInTime, boolean safetyBackup) {
		public static RunOptions defaults() {
			return new RunOptions(Optional.empty(), Optional.empty(), true);
		}
	}

	/** Files the request form. @throws IllegalArgumentException naming what to fix */
	public RestoreRequest request(String requester, String binding, String slot, String application, String data,
			String damage, String pointInTime, String destination) {
		requireUser(requester);
		Binding bound = catalog.binding(binding).orElseThrow(() -> new IllegalArgumentException("there is no binding '"
				+ binding + "': see cadang bindings"));
		if (!bound.slots().containsKey(slot) || SafetyBackup.TARGET_SLOT.equals(slot)) {
			throw new IllegalArgumentException("binding '" + binding + "' has no data slot '" + slot + "': its slots are "
					+ String.join(", ", bound.slots().keySet().stream().filter(s -> !SafetyBackup.TARGET_SLOT.equals(s)).toList()));
		}
		for (String[] field : new String[][] { { "application", application }, { "data", data }, { "damage", damage } }) {
			if (field[1] == null || field[1].isBlank()) {
				throw new IllegalArgumentException("the restore request form needs '" + field[0] + "'");
			}
		}
		if (pointInTime != null) {
			until(pointInTime);
		}
		if (destination != null) {
			try {
				Restorers.forValue(destination, false);
			} catch (RestoreException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		}
		Instant now = Instant.now();
		RestoreRequest filed = RestoreRequest.file(binding, slot, application, data, damage, pointInTime, destination,
				requester, now);
		long id = catalog.fileRestoreRequest(filed);
		catalog.audit(requester, "restore.request", subject(id), "binding " + binding + " slot " + slot + ": " + damage
				+ (pointInTime == null ? "" : "; point in time " + pointInTime)
				+ (destination == null ? "" : "; to another place " + destination));
		return get(id);
	}

	public RestoreRequest approve(long id, String user) {
		RestoreRequest request = decidable(id, user);
		RestoreRequest approved = request.decided(RestoreStatus.APPROVED, user, null, Instant.now());
		catalog.updateRestoreRequest(approved);
		catalog.audit(user, "restore.approve", subject(id), "approved the restore of " + request.binding() + "/" + request.slot());
		return approved;
	}

	public RestoreRequest returnRequest(long id, String user, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("say why the request goes back: --reason \"...\"");
		}
		RestoreRequest request = decidable(id, user);
		RestoreRequest returned = request.decided(RestoreStatus.RETURNED, user, reason, Instant.now());
		catalog.updateRestoreRequest(returned);
		catalog.audit(user, "restore.return", subject(id), reason);
		return returned;
	}

	/** The requester records that the restored data is right (Trenggalek step 6). */
	public RestoreRequest confirm(long id, String user) {
		RestoreRequest request = get(id);
		requireUser(user);
		if (!request.requester().equals(user)) {
			throw new IllegalArgumentException("only the requester, " + request.requester() + ", confirms restore request " + id);
		}
		if (request.status() != RestoreStatus.RESTORED) {
			throw new IllegalStateException("restore request " + id + " is " + request.status()
					+ ": only a RESTORED request can be confirmed");
		}
		RestoreRequest confirmed = request.confirmed(user, Instant.now());
		catalog.updateRestoreRequest(confirmed);
		catalog.audit(user, "restore.confirm", subject(id), "the requester confirmed the restored data");
		return confirmed;
	}

	public RestoreRequest get(long id) {
		return catalog.restoreRequest(id).orElseThrow(() -> new IllegalArgumentException("there is no restore request " + id
				+ ": see cadang restore status"));
	}

	/**
	 * Runs an approved (or earlier failed) request to its end. Never throws for a failed restore: the request
	 * comes back FAILED with the outcome, and the listener has heard every alert.
	 */
	public RestoreRequest run(long id, String user, RunOptions options, RestoreListener listener) {
		RestoreRequest request = get(id);
		requireRoleHolder(request, user);
		if (!request.status().runnable()) {
			throw new IllegalStateException("restore request " + id + " is " + request.status()
					+ ": only an APPROVED (or FAILED) request runs; approve it first");
		}
		Binding binding = catalog.binding(request.binding()).orElseThrow(() -> new IllegalArgumentException(
				"binding '" + request.binding() + "' of restore request " + id + " no longer exists"));
		RestoreRequest running = request.withStatus(RestoreStatus.RUNNING, Instant.now());
		catalog.updateRestoreRequest(running);
		catalog.audit(user, "restore.run", subject(id), "started");
		Run run = new Run(running, binding, user, options, listener);
		RestoreRequest ended = run.go();
		catalog.updateRestoreRequest(ended);
		catalog.audit(user, ended.status() == RestoreStatus.RESTORED ? "restore.restored" : "restore.failed", subject(id),
				ended.outcome());
		return ended;
	}

	/** One run of one request. */
	private final class Run {
		private RestoreRequest request;
		private final Binding binding;
		private final String user;
		private final RunOptions options;
		private final RestoreListener listener;

		Run(RestoreRequest request, Binding binding, String user, RunOptions options, RestoreListener listener) {
			this.request = request;
			this.binding = binding;
			this.user = user;
			this.options = options;
			this.listener = listener;
		}

		RestoreRequest go() {
			BackupFile backup;
			Restorer restorer;
			try {
				BackupRecord chosen = choose();
				request = request.withBackups(chosen.id(), null, Instant.now());
				say("backup.chosen", "backup #" + chosen.id() + " of " + chosen.finished() + " (" + chosen.path() + ")");
				backup = BackupFile.verified(chosen);
				say("backup.verified", "backup #" + chosen.id() + " verified: checksum and every zstd frame");
				boolean original = request.destinationIfOther().isEmpty();
				restorer = Restorers.forValue(original ? binding.slots().get(request.slot()) : request.destination(), original);
				if (!restorer.accepts(backup.kind())) {
					throw new RestoreException("backup #" + chosen.id() + " is a " + backup.kind() + " backup and cannot be"
							+ " restored into " + restorer.destination() + "; nothing was touched");
				}
				if (original && options.safetyBackup()) {
					long safety = SafetyBackup.take(catalog, home, binding, request.slot(), request.id());
					request = request.withBackups(chosen.id(), safety, Instant.now());
					say("safety", "safety backup #" + safety + " of the current state taken");
				} else if (original) {
					say("safety.declined", "no safety backup: declined by " + user);
				}
			} catch (RestoreException e) {
				return fail("refused, nothing was touched: " + e.getMessage());
			}
			boolean original = request.destinationIfOther().isEmpty();
			Optional<ServiceControl> control = original ? catalog.serviceControl(binding.name()) : Optional.empty();
			try (ServiceRunner service = control.map(c -> ServiceRunner.of(c, home)).orElse(null)) {
				if (service != null) {
					try {
						service.stop().ifPresent(c -> say("service.stopped", "service stopped on " + service.where() + ": " + c));
					} catch (RestoreException e) {
						return recover(service, "the service could not be stopped, nothing was restored: " + e.getMessage());
					}
				}
				try {
					say("restore.start", "restoring backup #" + backup.id() + " into " + restorer.destination());
					restorer.restore(backup, listener);
					say("restore.done", "restored into " + restorer.destination());
					Optional<SortedMap<String, Long>> expected = backup.rowCounts();
					Optional<SortedMap<String, Long>> actual = expected.isPresent() ? restorer.countRows() : Optional.empty();
					if (expected.isPresent() && actual.isPresent()) {
						List<String> differences = RowCheck.differences(expected.get(), actual.get());
						if (!differences.isEmpty()) {
							throw new RestoreException("the restored rows differ from the backup's: " + String.join("; ", differences));
						}
						say("rows", actual.get().size() + " tables, " + RowCheck.total(actual.get()) + " rows, as the manifest recorded");
					}
				} catch (RestoreException | RuntimeException e) {
					return recover(service, "the restore failed: " + e.getMessage());
				}
				if (service != null) {
					try {
						service.start().ifPresent(c -> say("service.started", "service started and checked: " + c));
					} catch (RestoreException e) {
						String loud = "THE SERVICE IS DOWN after the restore: " + e.getMessage() + "; start it by hand";
						listener.alert(loud);
						catalog.audit("cadang", "restore.alert", subject(request.id()), loud);
						return request.ended(RestoreStatus.FAILED, "the data was restored, but " + loud, Instant.now());
					}
				}
			}
			return request.ended(RestoreStatus.RESTORED, "backup #" + backup.id() + " restored into " + restorer.destination()
					+ Optional.ofNullable(request.safetyBackupId()).map(s -> "; safety backup #" + s).orElse(""), Instant.now());
		}

		/** After a failure once the service may have been stopped: start it again, or say loudly that it is down. */
		private RestoreRequest recover(ServiceRunner service, String what) {
			StringBuilder outcome = new StringBuilder(what);
			if (service != null) {
				try {
					service.start();
					outcome.append("; the service was started again");
					say("service.restarted", "service started again after the failure");
				} catch (RestoreException e) {
					String loud = "THE SERVICE IS DOWN: it could not be started again (" + e.getMessage() + "); start it by hand";
					outcome.append("; ").append(loud);
					listener.alert(loud);
					catalog.audit("cadang", "restore.alert", subject(request.id()), loud);
				}
			}
			if (request.safetyBackupId() != null) {
				outcome.append("; to roll back to the state before, run: cadang restore run ").append(request.id())
						.append(" --backup ").append(request.safetyBackupId()).append(" --no-safety-backup --as ").append(user);
			}
			listener.alert(outcome.toString());
			return fail(outcome.toString());
		}

		private RestoreRequest fail(String outcome) {
			return request.ended(RestoreStatus.FAILED, outcome, Instant.now());
		}

		private void say(String action, String line) {
			listener.step(line);
			catalog.audit(user, "restore." + action, subject(request.id()), line);
		}

		private BackupRecord choose() throws RestoreException {
			if (options.backupId().isPresent()) {
				long wanted = options.backupId().get();
				BackupRecord backup = catalog.backup(wanted).orElseThrow(() -> new RestoreException("there is no backup #"
						+ wanted + ": see cadang backups"));
				if (!backup.binding().equals(request.binding()) || !backup.slot().equals(request.slot())) {
					throw new RestoreException("backup #" + wanted + " is of " + backup.binding() + "/" + backup.slot()
							+ ", not of " + request.binding() + "/" + request.slot());
				}
				return backup;
			}
			Optional<String> point = options.pointInTime().or(() -> Optional.ofNullable(request.pointInTime()));
			Instant until = point.map(RestoreFlow::until).orElse(Instant.MAX);
			List<BackupRecord> good = catalog.backups(new BackupQuery(null, request.binding(), BackupStatus.GOOD)).stream()
					.filter(b -> b.binding().equals(request.binding()) && b.slot().equals(request.slot()))
					.filter(b -> b.finished() != null && !b.finished().isAfter(until)).toList();
			if (good.isEmpty()) {
				throw new RestoreException("binding '" + request.binding() + "' has no good backup of slot '" + request.slot()
						+ "'" + point.map(p -> " taken at or before " + p).orElse("") + ": see cadang backups");
			}
			return good.get(0);
		}
	}

	/** The end of a point in time: a date means the end of that day in {@link #ZONE}. */
	static Instant until(String pointInTime) {
		try {
			if (pointInTime.length() <= 10) {
				return LocalDate.parse(pointInTime).plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
			}
			return LocalDateTime.parse(pointInTime).atZone(ZONE).toInstant();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("point in time '" + pointInTime + "' is not a date: write 2026-03-02 or"
					+ " 2026-03-02T08:00", e);
		}
	}

	private RestoreRequest decidable(long id, String user) {
		RestoreRequest request = get(id);
		requireRoleHolder(request, user);
		if (request.requester().equals(user)) {
			throw new IllegalArgumentException(user + " filed restore request " + id + " and cannot decide it: another"
					+ " role holder approves or returns it");
		}
		if (request.status() != RestoreStatus.REQUESTED) {
			throw new IllegalStateException("restore request " + id + " is " + request.status() + ", not REQUESTED");
		}
		return request;
	}

	private void requireUser(String user) {
		if (user == null || catalog.user(user).isEmpty()) {
			throw new IllegalArgumentException("there is no user '" + user + "': add it with cadang users add " + user);
		}
	}

	/** A role holder of the binding's SOP (for that binding or every binding). */
	private void requireRoleHolder(RestoreRequest request, String user) {
		requireUser(user);
		String sop = catalog.binding(request.binding()).map(Binding::sop).orElse("");
		boolean holds = catalog.roleGrants(user).stream().anyMatch(g -> g.covers(sop, request.binding(), g.role()));
		if (!holds) {
			throw new IllegalArgumentException(user + " holds no role of SOP '" + sop + "' for binding '" + request.binding()
					+ "': grant one with cadang roles grant " + user + " " + sop + " <role>");
		}
	}

	static String subject(long id) {
		return "restore:" + id;
	}
}
