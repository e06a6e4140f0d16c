package id.cadang.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;
import id.cadang.model.SopDocument;

/**
 * Berita Acara and execution report of a run (IAIN Pontianak steps 9 to 11): what was backed up and where, sizes
 * and checksums, the people and their roles, each step's time against the SOP's standard, the deviations with
 * their explanations, and a signature block per role. In Indonesian; all of it from the catalog.
 */
public final class Minutes {

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private Minutes() {
	}

	/** The file name a run's minutes are archived under. */
	public static String fileName(RunFacts facts, int revision) {
		return "berita-acara-" + facts.run().sop() + "-" + facts.run().binding() + "-run" + facts.run().id() + "-rev"
				+ revision + ".pdf";
	}

	public static byte[] render(RunFacts facts, int revision, Instant generated) {
		var run = facts.run();
		String sopLine = facts.sop().map(d -> Labels.get("minutes.sop", text(d.getNumber()), text(d.getTitle()),
				text(d.getAgency()))).orElse(Labels.get("minutes.sopId", run.sop()));
		try (PdfDocument pdf = new PdfDocument(Labels.get("minutes.title"),
				Labels.get("minutes.footer", run.id(), revision, WeeklyLog.TIME.format(generated.atZone(facts.zone()))))) {
			pdf.title(Labels.get("minutes.title"));
			pdf.centered(sopLine);
			pdf.centered(Labels.get("minutes.revision", revision));
			ZonedDateTime started = run.started().atZone(facts.zone());
			pdf.paragraph(Labels.get("minutes.opening", started.getDayOfWeek().getDisplayName(TextStyle.FULL, INDONESIAN),
					DATE.format(started), WeeklyLog.TIME.format(started), run.procedure(), run.binding(), run.id(),
					Labels.get("run." + run.status().name())));
			pdf.fields(List.of(Labels.get("minutes.started"), WeeklyLog.TIME.format(started),
					Labels.get("minutes.finished"), run.finished() == null ? "-"
							: WeeklyLog.TIME.format(run.finished().atZone(facts.zone())),
					Labels.get("minutes.status"), Labels.get("run." + run.status().name())
							+ (run.error() == null ? "" : ": " + run.error()),
					Labels.get("minutes.zone"), facts.zone().getId()));

			pdf.heading(Labels.get("minutes.backups"));
			ReportTable backups = new ReportTable("backups", List.of(Labels.get("col.no"), Labels.get("col.slot"),
					Labels.get("col.source"), Labels.get("col.file"), Labels.get("col.size"), Labels.get("col.sha256"),
					Labels.get("col.status"), Labels.get("col.verification")));
			int no = 1;
			for (BackupRecord b : facts.backups()) {
				backups.row(no++, b.slot(), b.source(), b.path(), b.size() == null ? null : Sizes.bytes(b.size()),
						b.sha256(), Labels.get("backup." + b.status().name())
								+ (b.error() == null ? "" : ": " + b.error()), WeeklyLog.verification(facts, b));
			}
			if (backups.rows().isEmpty()) {
				pdf.paragraph(Labels.get("minutes.noBackups"));
			} else {
				pdf.table(backups, 0.5f, 1.2f, 2.2f, 3.4f, 1.2f, 3.4f, 1.1f, 1.4f);
			}

			pdf.heading(Labels.get("minutes.people"));
			ReportTable people = new ReportTable("people", List.of(Labels.get("col.no"), Labels.get("col.name"),
					Labels.get("col.role"), Labels.get("col.steps")));
			no = 1;
			for (String user : facts.people()) {
				List<String> roles = new ArrayList<>();
				for (String role : facts.roleIds()) {
					if (facts.grants().stream().anyMatch(g -> g.user().equals(user)
							&& g.covers(run.sop(), run.binding(), role))) {
						roles.add(facts.roleName(role));
					}
				}
				List<String> steps = facts.steps().stream().filter(s -> user.equals(s.actor())).map(StepRecord::number)
						.distinct().toList();
				people.row(no++, facts.person(user), String.join(", ", roles), String.join(", ", steps));
			}
			if (people.rows().isEmpty()) {
				pdf.paragraph(Labels.get("minutes.noPeople"));
			} else {
				pdf.table(people, 0.5f, 3.5f, 3f, 2f);
			}

			pdf.heading(Labels.get("minutes.times"));
			ReportTable times = new ReportTable("times", List.of(Labels.get("col.step"), Labels.get("col.activity"),
					Labels.get("col.who"), Labels.get("col.started"), Labels.get("col.finished"),
					Labels.get("col.duration"), Labels.get("col.standard"), Labels.get("col.meets")));
			for (StepRecord s : facts.steps()) {
				times.row(s.number(), s.activity(), s.actor() == null ? "-" : s.actor(),
						WeeklyLog.TIME.format(s.started().atZone(facts.zone())),
						s.finished() == null ? "-" : WeeklyLog.TIME.format(s.finished().atZone(facts.zone())),
						RunFacts.elapsed(s).map(Minutes::duration).orElse("-"),
						s.timeStandard() == null ? "-" : duration(s.timeStandard()),
						s.timeStandard() == null && s.deviation() == null ? "-"
								: s.overStandard() ? Labels.get("meets.no") : Labels.get("meets.yes"));
			}
			pdf.table(times, 0.6f, 3.4f, 1.2f, 1.6f, 1.6f, 1.1f, 1.1f, 0.9f);

			pdf.heading(Labels.get("minutes.deviations"));
			List<String> explanations = explanations(facts);
			if (explanations.isEmpty()) {
				pdf.paragraph(Labels.get("minutes.noDeviations"));
			} else {
				for (String line : explanations) {
					pdf.paragraph("• " + line);
				}
			}

			pdf.paragraph(Labels.get("minutes.closing"));
			List<PdfDocument.Signature> signatures = new ArrayList<>();
			for (String role : facts.roleIds()) {
				signatures.add(new PdfDocument.Signature(facts.roleName(role),
						facts.holderOf(role).map(facts::person).orElse(null)));
			}
			pdf.signatures(Labels.get("minutes.place", facts.sop().map(SopDocument::getAgency).map(Minutes::text)
					.orElse(""), DATE.format(generated.atZone(facts.zone()))), signatures);
			return pdf.toBytes();
		}
	}

	/** Each deviation with the explanation recorded for it, then each task sent back and why. */
	static List<String> explanations(RunFacts facts) {
		List<String> lines = new ArrayList<>();
		for (StepRecord s : facts.steps()) {
			if (s.deviation() == null) {
				continue;
			}
			String explanation = facts.tasks().stream().filter(t -> t.stepRecordId() == s.id() && t.note() != null
					&& !t.note().isBlank() && t.status() == TaskStatus.DONE).map(TaskRecord::note).findFirst()
					.orElse(s.message() == null || s.message().isBlank() ? Labels.get("minutes.noExplanation") : s.message());
			lines.add(Labels.get("minutes.deviation", s.number(), s.deviation(), explanation));
		}
		for (TaskRecord t : facts.tasks()) {
			if (t.status() == TaskStatus.RETURNED) {
				lines.add(Labels.get("minutes.returned", t.stepNumber(), t.doneBy() == null ? "-" : t.doneBy(),
						t.note() == null ? "-" : t.note()));
			}
		}
		return lines;
	}

	static String duration(Duration d) {
		long seconds = d.toSeconds();
		long days = seconds / 86_400;
		long hours = seconds % 86_400 / 3600;
		long minutes = seconds % 3600 / 60;
		long secs = seconds % 60;
		StringBuilder out = new StringBuilder();
		if (days > 0) {
			out.append(days).append(" hari ");
		}
		if (hours > 0) {
			out.append(hours).append(" jam ");
		}
		if (minutes > 0) {
			out.append(minutes).append(" menit ");
		}
		if (secs > 0 || out.isEmpty()) {
			out.append(secs).append(" detik");
		}
		return out.toString().strip();
	}

	static String text(String value) {
		return value == null ? "" : value;
	}
}
