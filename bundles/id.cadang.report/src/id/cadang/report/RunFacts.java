package id.cadang.report;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskQuery;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.User;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.io.SopResources;

/**
 * What the catalog knows about one run, gathered once for a report: the run, its steps, tasks and backups, the
 * SOP it followed (its snapshot) and the people who acted in it.
 */
public record RunFacts(RunRecord run, List<StepRecord> steps, List<TaskRecord> tasks, List<BackupRecord> backups,
		Optional<SopDocument> sop, Optional<Binding> binding, Map<String, User> users, List<RoleGrant> grants) {

	/** The engine's own name as a step's actor. */
	static final String ENGINE = "cadang";

	/**
	 * @throws IllegalArgumentException when the catalog has no such run
	 */
	public static RunFacts of(Catalog catalog, long runId) {
		RunRecord run = catalog.run(runId).orElseThrow(() -> new IllegalArgumentException(
				Labels.get("error.noRun", runId)));
		Optional<SopDocument> sop = catalog.runSnapshot(runId)
				.map(s -> SopResources.load(new ByteArrayInputStream(s.xmi()), "snapshot of run " + runId));
		List<BackupRecord> backups = catalog.backups(new BackupQuery(run.sop(), null, null)).stream()
				.filter(b -> b.runId() != null && b.runId() == runId)
				.sorted(java.util.Comparator.comparing(BackupRecord::started)).toList();
		Map<String, User> users = new LinkedHashMap<>();
		for (User user : catalog.users()) {
			users.put(user.name(), user);
		}
		return new RunFacts(run, catalog.steps(runId), catalog.tasks(TaskQuery.ofRun(runId)), backups, sop,
				catalog.binding(run.binding()), users, catalog.roleGrants(null));
	}

	/** The SOP's time zone, Asia/Jakarta when it names none. */
	public ZoneId zone() {
		return sop.map(SopDocument::getTimeZone).filter(z -> z != null && !z.isBlank()).map(z -> {
			try {
				return ZoneId.of(z);
			} catch (RuntimeException e) {
				return ZoneId.of("Asia/Jakarta");
			}
		}).orElse(ZoneId.of("Asia/Jakarta"));
	}

	/** The people (not the engine) who did steps of this run, in the order they first acted. */
	public List<String> people() {
		Set<String> people = new LinkedHashSet<>();
		for (StepRecord step : steps) {
			if (step.actor() != null && !step.actor().equals(ENGINE)) {
				people.add(step.actor());
			}
		}
		return new ArrayList<>(people);
	}

	/** A user's full name and NIP when known, else the user name. */
	public String person(String user) {
		User u = users.get(user);
		if (u == null) {
			return user;
		}
		String name = u.fullName() == null || u.fullName().isBlank() ? u.name() : u.fullName();
		return u.nip() == null || u.nip().isBlank() ? name : name + " (NIP " + u.nip() + ")";
	}

	/** Role id to its name as in the SOP; the id itself when the SOP is not at hand. */
	public String roleName(String roleId) {
		return sop.flatMap(d -> d.getRoles().stream().filter(r -> roleId.equals(r.getId())).findFirst())
				.map(Role::getName).orElse(roleId);
	}

	/** The run's roles, in the SOP's order (or the steps' order without the SOP). */
	public List<String> roleIds() {
		Set<String> ids = new LinkedHashSet<>();
		sop.ifPresent(d -> d.getRoles().forEach(r -> ids.add(r.getId())));
		if (ids.isEmpty()) {
			for (StepRecord s : steps) {
				if (s.roles() != null) {
					for (String r : s.roles().split(",")) {
						if (!r.isBlank()) {
							r = r.strip();
							ids.add(r);
						}
					}
				}
			}
		}
		return new ArrayList<>(ids);
	}

	/** Who of this run's people holds {@code roleId} for this run's SOP and binding, if anyone. */
	public Optional<String> holderOf(String roleId) {
		List<String> people = people();
		return grants.stream()
				.filter(g -> g.covers(run.sop(), run.binding(), roleId))
				.map(RoleGrant::user).sorted(java.util.Comparator.comparing(u -> {
					int i = people.indexOf(u);
					return i < 0 ? Integer.MAX_VALUE : i;
				})).findFirst();
	}

	/**
	 * How a backup of this run was verified: the verify steps of the run that finished after it was written.
	 *
	 * @return {@code Optional.empty()} when no verify step ran or the backup is not GOOD; true when every one
	 *         succeeded
	 */
	public Optional<Boolean> verified(BackupRecord backup) {
		if (backup.status() != id.cadang.catalog.BackupStatus.GOOD) {
			return Optional.empty();
		}
		List<StepRecord> checks = steps.stream()
				.filter(s -> s.actionType() != null && s.actionType().startsWith("verify-"))
				.filter(s -> backup.finished() == null || s.finished() == null || !s.finished().isBefore(backup.finished()))
				.filter(s -> s.status() == StepStatus.DONE || s.status() == StepStatus.FAILED).toList();
		if (checks.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(checks.stream().allMatch(s -> s.status() == StepStatus.DONE));
	}

	/** The deviations recorded in this run, one line each with the step number. */
	public List<String> deviations() {
		return steps.stream().filter(s -> s.deviation() != null).map(s -> Labels.get("deviation.line", s.number(),
				s.deviation())).toList();
	}

	/** How long a step took, or empty while it has not finished. */
	static Optional<Duration> elapsed(StepRecord step) {
		return step.finished() == null ? Optional.empty() : Optional.of(Duration.between(step.started(), step.finished()));
	}
}
