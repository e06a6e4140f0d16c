package id.cadang.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Catalog;

/**
 * The backup log of one SOP over a period (Lumajang's weekly log): every backup the catalog holds whose start
 * falls in the period, oldest first, with its binding, slot, time, size, checksum, how it was verified, who ran
 * the run and the run's deviations.
 */
public final class WeeklyLog {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private WeeklyLog() {
	}

	/**
	 * @param from first day, inclusive
	 * @param to   last day, inclusive
	 * @param zone the time zone the days are counted in
	 */
	public static ReportTable build(Catalog catalog, String sop, LocalDate from, LocalDate to, ZoneId zone) {
		Objects.requireNonNull(sop, "the SOP");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException(Labels.get("error.period", from, to));
		}
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<BackupRecord> backups = catalog.backups(new BackupQuery(sop, null, null)).stream()
				.filter(b -> !b.started().isBefore(start) && b.started().isBefore(end))
				.sorted(Comparator.comparing(BackupRecord::started).thenComparing(BackupRecord::id)).toList();
		Map<Long, RunFacts> runs = new HashMap<>();
		ReportTable table = new ReportTable(Labels.get("weekly.sheet", sop), List.of(Labels.get("col.no"),
				Labels.get("col.backup"), Labels.get("col.time"), Labels.get("col.binding"), Labels.get("col.slot"),
				Labels.get("col.source"), Labels.get("col.status"), Labels.get("col.size"), Labels.get("col.sha256"),
				Labels.get("col.verification"), Labels.get("col.who"), Labels.get("col.run"), Labels.get("col.file"),
				Labels.get("col.deviations")));
		int no = 1;
		for (BackupRecord b : backups) {
			Optional<RunFacts> run = b.runId() == null ? Optional.empty()
					: Optional.of(runs.computeIfAbsent(b.runId(), id -> RunFacts.of(catalog, id)));
			String verification = run.map(r -> verification(r, b))
					.orElse(b.status() == BackupStatus.GOOD ? Labels.get("verified.no") : "-");
			String who = run.map(r -> r.people().stream().map(r::person).toList()).filter(p -> !p.isEmpty())
					.map(p -> String.join(", ", p)).orElse(RunFacts.ENGINE);
			String deviations = run.map(r -> String.join("\n", r.deviations())).orElse("");
			table.row(no++, b.id(), TIME.format(b.started().atZone(zone)), b.binding(), b.slot(), b.source(),
					Labels.get("backup." + b.status().name()), b.size(), b.sha256(), verification, who, b.runId(),
					b.path(), deviations.isEmpty() ? null : deviations);
		}
		return table;
	}

	/** How a backup was verified in its run; "-" for a backup that is not GOOD. */
	static String verification(RunFacts run, BackupRecord b) {
		if (b.status() != BackupStatus.GOOD) {
			return "-";
		}
		return run.verified(b).map(ok -> ok ? Labels.get("verified.yes") : Labels.get("verified.failed"))
				.orElse(Labels.get("verified.no"));
	}
}
