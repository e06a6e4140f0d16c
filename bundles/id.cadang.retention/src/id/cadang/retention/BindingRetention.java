package id.cadang.retention;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RetentionOverride;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.VerifyResult;

/**
 * Plans and applies retention for one binding: its backups in the catalog, the policy of each slot (the binding's
 * own, else the SOP's), its targets. Applying deletes each backup the plan drops (file and manifest) from its target,
 * then marks its row DELETED and records the deletion in the audit trail under {@code retention/<binding>}; a
 * deletion that fails on the target leaves the row as it was and says why. Before anything of a slot is deleted, the
 * newest good backup kept there is confirmed on its target (re-read and checked against its SHA-256 on a local
 * folder, found with its size over SFTP); when it cannot be, nothing of that slot is deleted.
 */
public final class BindingRetention {

	/** A deletion done. */
	public record Deleted(Decision decision, String location) {
	}

	/** A deletion not done, and why. */
	public record Refused(Decision decision, String reason) {
	}

	/** What {@link #apply} did. */
	public record Applied(RetentionPlan plan, List<Deleted> deleted, List<Refused> refused) {
	}

	private final Catalog catalog;
	private final Function<String, BackupTarget> targets;
	private final Clock clock;

	/**
	 * @param targets makes a target of a bound value ({@code value -> Targets.forBinding(value, home)})
	 * @param clock   the time plans are made for
	 */
	public BindingRetention(Catalog catalog, Function<String, BackupTarget> targets, Clock clock) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.targets = Objects.requireNonNull(targets, "targets");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** The audit trail subject of a binding's retention and reconciliation. */
	public static String auditSubject(String binding) {
		return "retention/" + binding;
	}

	/** The SOP's time zone, Asia/Jakarta when it names none or one that does not exist. */
	public static ZoneId zone(SopDocument sop) {
		try {
			return sop.getTimeZone() == null || sop.getTimeZone().isBlank() ? ZoneId.of("Asia/Jakarta")
					: ZoneId.of(sop.getTimeZone());
		} catch (DateTimeException e) {
			return ZoneId.of("Asia/Jakarta");
		}
	}

	/** The policy of every slot that holds backups: the SOP's database and folder slots, and any slot catalogued. */
	public Map<String, RetentionPolicy> policies(Binding binding, SopDocument sop, List<BackupRecord> backups) {
		List<RetentionOverride> overrides = catalog.retentionOverrides(binding.name());
		Map<String, RetentionPolicy> policies = new LinkedHashMap<>();
		for (Slot slot : sop.getSlots()) {
			if (slot.getKind() != SlotKind.TARGET) {
				policies.put(slot.getName(), Policies.forSlot(sop, overrides, slot.getName()));
			}
		}
		backups.stream().map(BackupRecord::slot).filter(Objects::nonNull).forEach(
				slot -> policies.computeIfAbsent(slot, s -> Policies.forSlot(sop, overrides, s)));
		return policies;
	}

	public RetentionPlan plan(Binding binding, SopDocument sop) {
		return plan(binding, sop, BindingTargets.of(binding, sop, targets));
	}

	private RetentionPlan plan(Binding binding, SopDocument sop, BindingTargets bound) {
		checkSop(binding, sop);
		List<BackupRecord> backups = catalog.backups(new BackupQuery(binding.sop(), binding.name(), null)).stream()
				.filter(b -> binding.name().equals(b.binding())).toList();
		Map<String, RetentionPolicy> policies = policies(binding, sop, backups);
		Instant now = clock.instant();
		ZoneId zone = zone(sop);
		List<Decision> decisions = RetentionPlanner.plan(backups, binding.name(),
				slot -> policies.getOrDefault(slot, RetentionPolicy.NONE), b -> bound.placeOf(b.path()), now, zone);
		return new RetentionPlan(binding.name(), now, zone, policies, decisions);
	}

	/**
	 * Plans, then deletes what the plan drops.
	 *
	 * @param actor who applies it: a user name, or {@code cadang}
	 */
	public Applied apply(Binding binding, SopDocument sop, String actor) {
		Objects.requireNonNull(actor, "actor");
		BindingTargets bound = BindingTargets.of(binding, sop, targets);
		RetentionPlan plan = plan(binding, sop, bound);
		String subject = auditSubject(binding.name());
		List<Deleted> deleted = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		Map<List<String>, Optional<String>> confirmed = new LinkedHashMap<>();
		for (Decision d : plan.deletions()) {
			BackupRecord b = d.backup();
			Optional<BindingTargets.Bound> on = bound.holding(b.path());
			String problem;
			if (on.isEmpty()) {
				problem = "it lies at " + b.path() + ", on none of the targets bound to " + binding.name()
						+ ": delete it by hand or bind its target again";
			} else {
				problem = confirmed.computeIfAbsent(List.of(String.valueOf(b.slot()), d.place()),
						k -> confirmNewest(plan, d, on.get().target())).orElse(null);
			}
			if (problem == null) {
				problem = delete(on.get().target(), b);
			}
			if (problem != null) {
				refused.add(new Refused(d, problem));
				catalog.audit(actor, "backup.delete.failed", subject, "backup #" + b.id() + " " + b.path() + ": " + problem);
				continue;
			}
			catalog.markDeleted(b.id(), clock.instant(), actor);
			catalog.audit(actor, "backup.delete", subject, "backup #" + b.id() + " " + b.path() + " (" + b.status()
					+ ", " + b.started() + "): " + d.reason() + " under " + d.policy().origin() + " "
					+ d.policy().summary());
			deleted.add(new Deleted(d, b.path()));
		}
		return new Applied(plan, deleted, refused);
	}

	/** Empty when the newest good backup kept in the deletion's slot and place is confirmed; else why not. */
	private static Optional<String> confirmNewest(RetentionPlan plan, Decision deletion, BackupTarget target) {
		Optional<BackupRecord> newest = plan.decisions().stream()
				.filter(d -> d.reason() == Decision.Reason.NEWEST_GOOD && d.place().equals(deletion.place())
						&& Objects.equals(d.backup().slot(), deletion.backup().slot()))
				.map(Decision::backup).findFirst();
		if (newest.isEmpty()) {
			return Optional.of("slot " + deletion.backup().slot() + " has no good backup on " + deletion.place()
					+ " to keep: nothing of it is deleted");
		}
		BackupRecord keep = newest.get();
		if (target instanceof LocalFolderTarget) {
			VerifyResult result = BackupVerifier.verify(Path.of(keep.path()), keep.sha256());
			return result.ok() ? Optional.empty() : Optional.of(unconfirmed(keep, result.problem()));
		}
		String relative = target.relativePathOf(keep.path()).orElseThrow();
		try {
			boolean there = target.list(folderOf(relative)).stream().anyMatch(f -> f.relativePath().equals(relative)
					&& keep.size() != null && f.size() == keep.size());
			return there ? Optional.empty()
					: Optional.of(unconfirmed(keep, keep.path() + " is not there with its " + keep.size() + " bytes"));
		} catch (IOException e) {
			return Optional.of(unconfirmed(keep, e.getMessage()));
		}
	}

	private static String unconfirmed(BackupRecord keep, String problem) {
		return "the newest good backup #" + keep.id() + " of slot " + keep.slot() + " cannot be confirmed (" + problem
				+ "): nothing of the slot is deleted until it is; run cadang verify " + keep.id();
	}

	/** Deletes the backup's file, its manifest and, for a failed one, a part file it left; null when done. */
	private static String delete(BackupTarget target, BackupRecord b) {
		String relative = target.relativePathOf(b.path()).orElseThrow();
		String manifest = Optional.ofNullable(b.manifestPath()).flatMap(target::relativePathOf)
				.orElse(relative + Manifests.SUFFIX);
		try {
			target.delete(relative);
			target.delete(manifest);
			if (b.status() == BackupStatus.FAILED) {
				target.delete(relative + ".part");
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return e.getMessage() == null ? e.toString() : e.getMessage();
		}
	}

	private static void checkSop(Binding binding, SopDocument sop) {
		if (!binding.sop().equals(sop.getId())) {
			throw new IllegalArgumentException("binding " + binding.name() + " belongs to SOP " + binding.sop()
					+ ", not to " + sop.getId());
		}
	}

	/** The folder part of a relative path, {@code ""} at the root. */
	static String folderOf(String relativePath) {
		int slash = relativePath.lastIndexOf('/');
		return slash < 0 ? "" : relativePath.substring(0, slash);
	}
}
