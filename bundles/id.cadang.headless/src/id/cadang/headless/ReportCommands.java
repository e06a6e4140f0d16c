package id.cadang.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Catalog;
import id.cadang.catalog.ReportRecord;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.report.Csv;
import id.cadang.report.Ods;
import id.cadang.report.ReportBook;
import id.cadang.report.ReportTable;
import id.cadang.report.WeeklyLog;

/**
 * {@code cadang report weekly|minutes|form|return|accept|verify|list}: the weekly backup log as ODS or CSV, the
 * Berita Acara and filled forms of a run as PDF with their revisions, and the archive of accepted reports.
 */
final class ReportCommands {

	private static final String USAGE = "cadang report weekly <sop> [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out <file.ods|file.csv>"
			+ " | minutes <run> --out <file.pdf> | form <run> [--step N] --out <file.pdf>"
			+ " | return <report> --as <user> --reason ... | accept <report> --as <user> | verify <report> | list [--run R]";

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	ReportCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 2, USAGE);
		String sub = positional.get(0);
		if (!sub.equals("list") && positional.size() != 2) {
			throw new Cli.UsageException("usage: " + USAGE);
		}
		return switch (sub) {
			case "weekly" -> weekly(positional.get(1), args);
			case "minutes" -> minutes(Cli.id(positional.get(1), m), args);
			case "form" -> form(Cli.id(positional.get(1), m), args);
			case "return" -> sendBack(Cli.id(positional.get(1), m), args);
			case "accept" -> accept(Cli.id(positional.get(1), m), args);
			case "verify" -> verify(Cli.id(positional.get(1), m), args);
			case "list" -> list(args);
			default -> throw new Cli.UsageException("usage: " + USAGE);
		};
	}

	private int weekly(String sop, Cli.Args args) {
		Path file = out(args, ".ods", ".csv");
		ZoneId zone = zone(sop);
		LocalDate today = LocalDate.now(zone);
		LocalDate from = date(args, "from").orElse(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		LocalDate to = date(args, "to").orElse(from.plusDays(6));
		ReportTable log = WeeklyLog.build(catalog(), sop, from, to, zone);
		byte[] bytes = file.toString().toLowerCase().endsWith(".csv") ? Csv.write(log) : Ods.write(List.of(log));
		write(file, bytes);
		if (args.json()) {
			printJson(Cli.map("sop", sop, "from", from.toString(), "to", to.toString(), "backups", log.rows().size(),
					"file", file.toString(), "sha256", ReportBook.sha256(bytes)));
		} else {
			out.println(m.get("report.weekly.written", sop, from, to, log.rows().size(), file));
		}
		return Cli.OK;
	}

	private int minutes(long runId, Cli.Args args) {
		Path file = out(args, ".pdf");
		ReportRecord report = book().minutes(runId, user(args));
		return written(report, file, args);
	}

	private int form(long runId, Cli.Args args) {
		Path file = out(args, ".pdf");
		ReportRecord report = book().forms(runId, args.option("step"), user(args));
		return written(report, file, args);
	}

	private int written(ReportRecord report, Path file, Cli.Args args) {
		write(file, catalog().reportContent(report.id()));
		if (args.json()) {
			Map<String, Object> json = reportJson(report);
			json.put("file", file.toString());
			printJson(json);
		} else {
			out.println(m.get("report.written", report.id(), report.revision(), report.subject(), file));
			out.println(m.get("report.next", report.id()));
		}
		return Cli.OK;
	}

	private int sendBack(long reportId, Cli.Args args) {
		String user = knownUser(args);
		ReportRecord report = book().sendBack(reportId, user, args.option("reason")
				.orElseThrow(() -> new Cli.UsageException(m.get("report.reasonNeeded"))));
		if (args.json()) {
			printJson(reportJson(report));
		} else {
			out.println(m.get("report.returned", report.id(), report.revision(), user, report.note()));
		}
		return Cli.OK;
	}

	private int accept(long reportId, Cli.Args args) {
		String user = knownUser(args);
		ReportRecord report = book().accept(reportId, user);
		if (args.json()) {
			printJson(reportJson(report));
		} else {
			out.println(m.get("report.accepted", report.id(), report.revision(), user, report.sha256(),
					report.archivedAt()));
		}
		return Cli.OK;
	}

	private int verify(long reportId, Cli.Args args) {
		List<String> problems = book().verify(reportId);
		if (args.json()) {
			printJson(Cli.map("report", reportId, "intact", problems.isEmpty(), "problems", problems));
		} else if (problems.isEmpty()) {
			ReportRecord report = catalog().report(reportId).orElseThrow();
			out.println(m.get("report.intact", reportId, report.archivedAt(), report.sha256()));
		} else {
			for (String problem : problems) {
				err.println("cadang: " + problem);
			}
		}
		return problems.isEmpty() ? Cli.OK : Cli.FAILED;
	}

	private int list(Cli.Args args) {
		args.expectPositional(1, 1, "cadang report list [--run R] [--json]");
		Optional<String> run = args.option("run").map(r -> "run:" + Cli.id(r, m));
		List<ReportRecord> reports = catalog().reports(null, null).stream()
				.filter(r -> run.isEmpty() || r.subject().equals(run.get()) || r.subject().startsWith(run.get() + ":"))
				.toList();
		if (args.json()) {
			printJson(reports.stream().map(ReportCommands::reportJson).toList());
			return Cli.OK;
		}
		if (reports.isEmpty()) {
			out.println(m.get("report.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("report.col.kind"), m.get("report.col.subject"),
				m.get("report.col.revision"), m.get("col.status"), m.get("report.col.made"), m.get("report.col.decided"),
				m.get("report.col.note"));
		for (ReportRecord r : reports) {
			table.row(r.id(), r.kind(), r.subject(), r.revision(), r.status().name(),
					r.createdBy() + " " + Cli.local(r.createdAt()),
					r.decidedBy() == null ? "-" : r.decidedBy() + " " + Cli.local(r.decidedAt()),
					r.note() == null ? r.archived().orElse("-") : r.note());
		}
		table.print(out);
		return Cli.OK;
	}

	static Map<String, Object> reportJson(ReportRecord r) {
		return Cli.map("id", r.id(), "kind", r.kind(), "subject", r.subject(), "revision", r.revision(), "run",
				r.runId(), "sop", r.sop(), "binding", r.binding(), "status", r.status().name(), "fileName",
				r.fileName(), "sha256", r.sha256(), "createdAt", str(r.createdAt()), "createdBy", r.createdBy(),
				"decidedAt", str(r.decidedAt()), "decidedBy", r.decidedBy(), "note", r.note(), "archivedAt",
				r.archivedAt());
	}

	private static String str(java.time.Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private Catalog catalog() {
		return services.get(Catalog.class);
	}

	private ReportBook book() {
		return new ReportBook(catalog(), Clock.systemUTC());
	}

	/** Who makes the report: {@code --as}, which must be a known user, or the operating system user. */
	private String user(Cli.Args args) {
		return args.option("as").isPresent() ? knownUser(args) : System.getProperty("user.name", "cadang");
	}

	private String knownUser(Cli.Args args) {
		String user = args.option("as").orElseThrow(() -> new Cli.UsageException(m.get("report.asNeeded")));
		catalog().user(user).orElseThrow(() -> new CadangException(m.get("users.unknown", user)));
		return user;
	}

	private ZoneId zone(String sop) {
		Optional<InstalledSop> installed = services.get(SopRegistry.class).sop(sop);
		String zone = installed.map(s -> s.document().getTimeZone()).orElse(null);
		try {
			return zone == null || zone.isBlank() ? ZoneId.of("Asia/Jakarta") : ZoneId.of(zone);
		} catch (RuntimeException e) {
			return ZoneId.of("Asia/Jakarta");
		}
	}

	private Optional<LocalDate> date(Cli.Args args, String option) {
		try {
			return args.option(option).map(LocalDate::parse);
		} catch (DateTimeParseException e) {
			throw new Cli.UsageException(m.get("report.badDate", option, args.option(option).orElse("")));
		}
	}

	private Path out(Cli.Args args, String... extensions) {
		String name = args.option("out").orElseThrow(() -> new Cli.UsageException(m.get("report.outNeeded",
				String.join("|", extensions))));
		if (java.util.Arrays.stream(extensions).noneMatch(e -> name.toLowerCase().endsWith(e))) {
			throw new Cli.UsageException(m.get("report.badExtension", name, String.join(", ", extensions)));
		}
		Path file = Path.of(name).toAbsolutePath().normalize();
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			throw new CadangException(m.get("sheet.noFolder", file.getParent()));
		}
		return file;
	}

	private void write(Path file, byte[] bytes) {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			Files.write(part, bytes);
			Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CadangException(m.get("report.cannotWrite", file, e.getMessage()));
		}
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
