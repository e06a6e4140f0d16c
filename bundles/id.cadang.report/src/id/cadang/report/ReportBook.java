package id.cadang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.ReportDraft;
import id.cadang.catalog.ReportRecord;
import id.cadang.catalog.ReportStatus;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;

/**
 * The reports of runs kept in the catalog with their revisions: a report is made (a new revision each time), sent
 * back for correction or accepted. Accepting makes it immutable: its SHA-256 goes into the audit trail and a copy
 * is stored at the run's backup target, beside the backups ({@code <target>/<sop>/<binding>/reports/}).
 * {@link #verify(long)} checks that copy against the recorded hash.
 */
public final class ReportBook {

	public static final String MINUTES = "minutes";
	public static final String FORM = "form";
	static final String ACCEPTED = "report.accepted";

	private final Catalog catalog;
	private final Clock clock;

	public ReportBook(Catalog catalog, Clock clock) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** Makes the Berita Acara of a run as its next revision. */
	public ReportRecord minutes(long runId, String user) {
		RunFacts facts = RunFacts.of(catalog, runId);
		int revision = nextRevision(MINUTES, subject(runId));
		byte[] pdf = Minutes.render(facts, revision, clock.instant());
		return save(MINUTES, subject(runId), facts, Minutes.fileName(facts, revision), pdf, user);
	}

	/** Makes the filled forms of a run (or of one step of it) as the next revision. */
	public ReportRecord forms(long runId, Optional<String> step, String user) {
		RunFacts facts = RunFacts.of(catalog, runId);
		String subject = subject(runId) + step.map(s -> ":step:" + s).orElse("");
		int revision = nextRevision(FORM, subject);
		byte[] pdf = Forms.render(facts, step, revision, clock.instant());
		String name = "formulir-" + facts.run().sop() + "-" + facts.run().binding() + "-run" + runId
				+ step.map(s -> "-langkah" + s).orElse("") + "-rev" + revision + ".pdf";
		return save(FORM, subject, facts, name, pdf, user);
	}

	/** Sends the latest revision back for correction; the next {@link #minutes} makes a new one. */
	public ReportRecord sendBack(long reportId, String user, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException(Labels.get("error.reason"));
		}
		ReportRecord report = existing(reportId);
		if (!catalog.decideReport(reportId, ReportStatus.RETURNED, user, clock.instant(), reason, null)) {
			throw new IllegalStateException(Labels.get("error.notDraft", reportId, report.status().name()));
		}
		catalog.audit(user, "report.returned", subject(report), report.kind() + " " + report.subject() + " revision "
				+ report.revision() + ": " + reason);
		return existing(reportId);
	}

	/** Accepts a revision: stores its copy beside the backups and records its SHA-256 in the audit trail. */
	public ReportRecord accept(long reportId, String user) {
		ReportRecord report = existing(reportId);
		if (report.status() != ReportStatus.DRAFT) {
			throw new IllegalStateException(Labels.get("error.notDraft", reportId, report.status().name()));
		}
		byte[] content = catalog.reportContent(reportId);
		Path folder = archiveFolder(report);
		Path file = folder.resolve(report.fileName());
		store(file, content, report.sha256());
		if (!catalog.decideReport(reportId, ReportStatus.ACCEPTED, user, clock.instant(), null, file.toString())) {
			throw new IllegalStateException(Labels.get("error.notDraft", reportId, existing(reportId).status().name()));
		}
		catalog.audit(user, ACCEPTED, subject(report), "sha256 " + report.sha256() + " " + report.kind() + " "
				+ report.subject() + " revision " + report.revision() + " archived at " + file);
		return existing(reportId);
	}

	/**
	 * Checks an accepted report: its archived copy and its bytes in the catalog still hash to the SHA-256 recorded
	 * in the audit trail, and the audit trail's chain is intact.
	 *
	 * @return one sentence per problem; empty when the report is as accepted
	 */
	public List<String> verify(long reportId) {
		ReportRecord report = existing(reportId);
		List<String> problems = new ArrayList<>();
		if (report.status() != ReportStatus.ACCEPTED || report.archivedAt() == null) {
			problems.add(Labels.get("verify.notAccepted", reportId, report.status().name()));
			return problems;
		}
		Optional<AuditEntry> accepted = catalog.auditTrail(subject(report)).stream()
				.filter(e -> e.action().equals(ACCEPTED)).findFirst();
		String recorded = accepted.map(e -> e.detail().split(" ")[1]).orElse(null);
		if (recorded == null) {
			problems.add(Labels.get("verify.noAudit", reportId));
			recorded = report.sha256();
		} else if (!recorded.equals(report.sha256())) {
			problems.add(Labels.get("verify.catalogChanged", reportId, report.sha256(), recorded));
		}
		for (String problem : catalog.verifyAuditTrail()) {
			problems.add(Labels.get("verify.auditChain", problem));
		}
		String stored = sha256(catalog.reportContent(reportId));
		if (!stored.equals(recorded)) {
			problems.add(Labels.get("verify.contentChanged", reportId, stored, recorded));
		}
		Path file = Path.of(report.archivedAt());
		if (!Files.isRegularFile(file)) {
			problems.add(Labels.get("verify.missing", reportId, file));
		} else {
			String actual;
			try {
				actual = sha256(Files.readAllBytes(file));
			} catch (IOException e) {
				problems.add(Labels.get("verify.unreadable", reportId, file, e.getMessage()));
				return problems;
			}
			if (!actual.equals(recorded)) {
				problems.add(Labels.get("verify.fileChanged", reportId, file, actual, recorded));
			}
		}
		return problems;
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private ReportRecord save(String kind, String subject, RunFacts facts, String fileName, byte[] content, String user) {
		return catalog.saveReport(new ReportDraft(kind, subject, facts.run().id(), facts.run().sop(),
				facts.run().binding(), fileName, content, sha256(content), clock.instant(), user));
	}

	private int nextRevision(String kind, String subject) {
		List<ReportRecord> revisions = catalog.reports(kind, subject);
		for (ReportRecord r : revisions) {
			if (r.status() == ReportStatus.ACCEPTED) {
				throw new IllegalStateException(Labels.get("error.accepted", r.id(), r.revision()));
			}
		}
		return revisions.isEmpty() ? 1 : revisions.get(revisions.size() - 1).revision() + 1;
	}

	private ReportRecord existing(long reportId) {
		return catalog.report(reportId).orElseThrow(() -> new IllegalArgumentException(
				Labels.get("error.noReport", reportId)));
	}

	/** {@code <target>/<sop>/<binding>/reports}: beside the run's backups on the target's local folder. */
	private Path archiveFolder(ReportRecord report) {
		if (report.runId() == null) {
			throw new IllegalStateException(Labels.get("error.noTarget", report.id(), "-"));
		}
		RunFacts facts = RunFacts.of(catalog, report.runId());
		for (BackupRecord b : facts.backups()) {
			if (b.path() != null && b.path().startsWith("/") && b.status() == id.cadang.catalog.BackupStatus.GOOD) {
				Path slotFolder = Path.of(b.path()).getParent();
				if (slotFolder != null && slotFolder.getParent() != null) {
					return slotFolder.getParent().resolve("reports");
				}
			}
		}
		List<String> targets = new ArrayList<>();
		facts.sop().ifPresent(d -> {
			for (Slot slot : d.getSlots()) {
				if (slot.getKind() == SlotKind.TARGET) {
					targets.add(slot.getName());
				}
			}
		});
		if (targets.isEmpty()) {
			targets.add("target");
		}
		String tried = "-";
		for (String slot : targets) {
			String value = facts.binding().map(b -> b.slots().get(slot)).orElse(null);
			if (value == null) {
				continue;
			}
			tried = value;
			String path = value.startsWith("file://") ? value.substring("file://".length()) : value;
			if (path.startsWith("/")) {
				return Path.of(path).resolve(report.sop()).resolve(report.binding()).resolve("reports");
			}
		}
		throw new IllegalStateException(Labels.get("error.noTarget", report.id(), tried));
	}

	/** Writes {@code file} through a .part file, synced and renamed; an existing different copy is never replaced. */
	private static void store(Path file, byte[] content, String sha) {
		try {
			Files.createDirectories(file.getParent());
			if (Files.exists(file)) {
				if (sha256(Files.readAllBytes(file)).equals(sha)) {
					return;
				}
				throw new IllegalStateException(Labels.get("error.archiveExists", file));
			}
			Path part = file.resolveSibling(file.getFileName() + ".part");
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException(Labels.get("error.archive", file, e.getMessage()), e);
		}
	}

	private static String subject(long runId) {
		return "run:" + runId;
	}

	private static String subject(ReportRecord report) {
		return "report:" + report.id();
	}
}
