package id.cadang.retention;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.model.SopDocument;
import id.cadang.storage.BackupManifest;
import id.cadang.storage.BackupNames;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.Manifests;
import id.cadang.storage.StoredFile;
import id.cadang.storage.VerifyResult;

/**
 * Compares a binding's catalog rows with the files on every target bound to it ({@code <sop>/<binding>/} below each
 * target, and the folder of every row): GOOD rows without their file, files without a GOOD row, files without their
 * manifest and manifests without their file, part files left by a cut write. With {@code rebuild}, a file without
 * a row whose manifest names this binding (and, on a local folder, whose bytes match that manifest) is catalogued
 * again as GOOD from its manifest, and the audit trail says so.
 */
public final class Reconciler {

	/** A row {@code --rebuild} made. */
	public record Rebuilt(long backupId, String location, String slot, Instant started) {
	}

	/** What the reconciler found, and what it rebuilt. */
	public record Report(String binding, List<String> targets, List<Finding> findings, List<Rebuilt> rebuilt) {
	}

	/** How a rebuilt row names its source. */
	public static final String REBUILT_SOURCE = "rebuilt from manifest ";

	private final Catalog catalog;
	private final Function<String, BackupTarget> targets;
	private final Clock clock;

	public Reconciler(Catalog catalog, Function<String, BackupTarget> targets, Clock clock) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.targets = Objects.requireNonNull(targets, "targets");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** @param actor who asked for it, for the audit trail of rebuilt rows */
	public Report reconcile(Binding binding, SopDocument sop, boolean rebuild, String actor) {
		BindingTargets bound = BindingTargets.of(binding, sop, targets);
		List<BackupRecord> rows = catalog.backups(new BackupQuery(binding.sop(), binding.name(), null)).stream()
				.filter(b -> binding.name().equals(b.binding())).toList();
		List<Finding> findings = new ArrayList<>();
		List<Rebuilt> rebuilt = new ArrayList<>();
		for (BackupRecord row : rows) {
			if (row.status() == BackupStatus.GOOD && bound.holding(row.path()).isEmpty()) {
				findings.add(new Finding(Finding.Kind.ROW_ON_NO_TARGET, RetentionPlanner.UNKNOWN_PLACE, row.path(),
						row.id(), ""));
			}
		}
		String prefix = BackupNames.clean("sop", binding.sop()) + "/" + BackupNames.clean("binding", binding.name());
		for (BindingTargets.Bound t : bound.targets()) {
			BackupTarget target = t.target();
			List<BackupRecord> here = rows.stream().filter(r -> target.relativePathOf(r.path()).isPresent()).toList();
			Map<String, Long> files = new HashMap<>();
			try {
				Set<String> folders = new HashSet<>();
				folders.add(prefix);
				for (BackupRecord r : here) {
					String folder = BindingRetention.folderOf(target.relativePathOf(r.path()).orElseThrow());
					if (!(folder + "/").startsWith(prefix + "/")) {
						folders.add(folder);
					}
				}
				for (String folder : folders) {
					for (StoredFile f : target.list(folder)) {
						files.put(f.relativePath(), f.size());
					}
				}
			} catch (IOException | RuntimeException e) {
				findings.add(new Finding(Finding.Kind.TARGET_UNREACHABLE, target.location(), target.location(), null,
						String.valueOf(e.getMessage())));
				continue;
			}
			Set<String> good = new HashSet<>();
			Set<String> running = new HashSet<>();
			for (BackupRecord r : here) {
				String relative = target.relativePathOf(r.path()).orElseThrow();
				if (r.status() == BackupStatus.RUNNING) {
					running.add(relative);
				} else if (r.status() == BackupStatus.GOOD) {
					good.add(relative);
					if (!files.containsKey(relative)) {
						findings.add(new Finding(Finding.Kind.ROW_WITHOUT_FILE, target.location(), r.path(), r.id(), ""));
					}
				}
			}
			for (String relative : files.keySet().stream().sorted().toList()) {
				String location = target.locationOf(relative);
				if (relative.endsWith(".part")) {
					String of = relative.substring(0, relative.length() - ".part".length());
					if (!running.contains(of) && !running.contains(stripManifest(of))) {
						findings.add(new Finding(Finding.Kind.PARTIAL_FILE, target.location(), location, null, ""));
					}
				} else if (relative.endsWith(Manifests.SUFFIX)) {
					if (!files.containsKey(stripManifest(relative))) {
						findings.add(new Finding(Finding.Kind.MANIFEST_WITHOUT_FILE, target.location(), location, null,
								""));
					}
				} else if (!files.containsKey(relative + Manifests.SUFFIX)) {
					findings.add(new Finding(Finding.Kind.FILE_WITHOUT_MANIFEST, target.location(), location, null,
							good.contains(relative) ? "" : "no row either: it cannot be catalogued again"));
				} else if (!good.contains(relative) && !running.contains(relative)) {
					if (!rebuild) {
						findings.add(new Finding(Finding.Kind.FILE_WITHOUT_ROW, target.location(), location, null, ""));
						continue;
					}
					try {
						rebuilt.add(rebuild(binding, target, relative, files.get(relative), actor));
					} catch (IOException | RuntimeException e) {
						findings.add(new Finding(Finding.Kind.NOT_REBUILT, target.location(), location, null,
								String.valueOf(e.getMessage())));
					}
				}
			}
		}
		return new Report(binding.name(), bound.targets().stream().map(t -> t.target().location()).toList(), findings,
				rebuilt);
	}

	private Rebuilt rebuild(Binding binding, BackupTarget target, String relative, long size, String actor)
			throws IOException {
		String location = target.locationOf(relative);
		String manifestLocation = target.locationOf(relative + Manifests.SUFFIX);
		BackupManifest m = target.readManifest(relative + Manifests.SUFFIX);
		if (!binding.name().equals(m.binding()) || !binding.sop().equals(m.sop())) {
			throw new IOException("its manifest names SOP " + m.sop() + ", binding " + m.binding() + ", not "
					+ binding.sop() + ", " + binding.name() + ": it was put there by hand or by another Cadang; move it "
					+ "to that binding's folder");
		}
		String name = relative.substring(relative.lastIndexOf('/') + 1);
		if (!name.equals(m.file())) {
			throw new IOException("its manifest describes " + m.file() + ", not " + name + ": rename it back");
		}
		if (m.size() != size) {
			throw new IOException("it holds " + size + " bytes, its manifest says " + m.size() + ": it was cut off or "
					+ "changed, so it is no good backup");
		}
		if (target instanceof LocalFolderTarget) {
			VerifyResult check = BackupVerifier.verifyAgainstManifest(Path.of(location));
			if (!check.ok()) {
				throw new IOException(check.problem());
			}
		}
		Instant started = instant(m.started(), manifestLocation);
		Instant finished = m.finished() == null ? started : instant(m.finished(), manifestLocation);
		long id = catalog.startBackup(new BackupStart(null, m.sop(), m.binding(), m.slot(),
				Optional.ofNullable(m.sourceKind()).orElse("unknown"), REBUILT_SOURCE + manifestLocation, location,
				started));
		catalog.markGood(id, new GoodBackup(m.size(), m.sourceSize(), m.sha256(), manifestLocation, finished));
		catalog.audit(actor, "backup.rebuild", BindingRetention.auditSubject(binding.name()), "backup #" + id + " "
				+ location + " catalogued again from its manifest at " + clock.instant());
		return new Rebuilt(id, location, m.slot(), started);
	}

	private static Instant instant(String text, String where) throws IOException {
		try {
			return Instant.parse(text);
		} catch (DateTimeException | NullPointerException e) {
			throw new IOException("manifest " + where + " has no valid time ('" + text + "'): rewrite it", e);
		}
	}

	private static String stripManifest(String relative) {
		return relative.endsWith(Manifests.SUFFIX) ? relative.substring(0, relative.length() - Manifests.SUFFIX.length())
				: relative;
	}
}
