package id.cadang.headless;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.spi.RunListener;

/** {@code cadang runs [--sop S]} and {@code cadang run-status <run>}: where runs stand, step by step. */
final class RunCommands {

	private final Services services;
	private final PrintStream out;
	private final Messages m;

	RunCommands(Services services, PrintStream out, Messages messages) {
		this.services = services;
		this.out = out;
		this.m = messages;
	}

	/** Resumes the runs whose process stopped mid-step; every command that touches runs calls it first. */
	static RunEngine engine(Services services, PrintStream out, Messages m, boolean quiet) {
		RunEngine engine = services.get(RunEngine.class);
		RunListener listener = quiet ? RunListener.NONE : new PrintingListener(out, m);
		for (RunOutcome resumed : engine.resumeAbandoned(listener)) {
			if (!quiet) {
				out.println(m.get("runs.resumed", resumed.run().id(), resumed.run().status().name()));
			}
		}
		return engine;
	}

	int runs(Cli.Args args) {
		args.expectPositional(0, 0, "cadang runs [--sop S] [--json]");
		engine(services, out, m, args.json());
		List<RunRecord> runs = services.get(Catalog.class).runs(args.option("sop").orElse(null));
		if (args.json()) {
			printJson(runs.stream().map(RunCommands::runJson).toList());
			return Cli.OK;
		}
		if (runs.isEmpty()) {
			out.println(m.get("runs.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.sop"), m.get("col.procedure"), m.get("col.binding"),
				m.get("col.status"), m.get("col.step"), m.get("col.started"), m.get("col.finished"));
		for (RunRecord r : runs) {
			table.row(r.id(), r.sop(), r.procedure(), r.binding(), m.get("runStatus." + r.status().name()),
					r.currentStep(), Cli.local(r.started()), Cli.local(r.finished()));
		}
		table.print(out);
		return Cli.OK;
	}

	int status(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 1, "cadang run-status <run> [--json]");
		long runId = Cli.id(positional.get(0), m);
		RunOutcome outcome = engine(services, out, m, args.json()).status(runId);
		if (args.json()) {
			Map<String, Object> json = runJson(outcome.run());
			json.put("steps", outcome.steps().stream().map(RunCommands::stepJson).toList());
			json.put("tasks", outcome.tasks().stream().map(TaskCommands::taskJson).toList());
			json.put("deviations", outcome.deviations().stream().map(StepRecord::deviation).toList());
			printJson(json);
			return Cli.OK;
		}
		RunRecord r = outcome.run();
		out.println(m.get("runStatus.header", r.id(), r.sop(), r.procedure(), r.binding(),
				m.get("runStatus." + r.status().name()), Cli.local(r.started())));
		Table table = new Table(m.get("col.step"), m.get("col.activity"), m.get("col.status"), m.get("col.who"),
				m.get("col.started"), m.get("col.duration"), m.get("col.standard"), m.get("col.deviation"));
		for (StepRecord s : outcome.steps()) {
			Instant end = s.finished();
			table.row(s.number(), shorten(s.activity()), m.get("stepStatus." + s.status().name()), s.actor(),
					Cli.local(s.started()), end == null ? "-" : Sizes.duration(Duration.between(s.started(), end)),
					s.timeStandard() == null ? "-" : Sizes.duration(s.timeStandard()),
					s.deviation() != null ? m.get("runStatus.deviation") : "-");
		}
		table.print(out);
		for (StepRecord s : outcome.deviations()) {
			out.println(m.get("runStatus.deviationLine", s.number(), s.deviation()));
		}
		for (TaskRecord t : outcome.openTasks()) {
			out.println(TaskCommands.hint(t, m));
		}
		if (r.error() != null) {
			out.println(m.get("runStatus.error", r.error()));
		}
		return Cli.OK;
	}

	private static String shorten(String text) {
		return text == null || text.length() <= 48 ? text : text.substring(0, 47) + "…";
	}

	static Map<String, Object> runJson(RunRecord r) {
		return Cli.map("id", r.id(), "sop", r.sop(), "procedure", r.procedure(), "binding", r.binding(), "status",
				r.status().name(), "currentStep", r.currentStep(), "started", str(r.started()), "finished",
				str(r.finished()), "error", r.error());
	}

	static Map<String, Object> stepJson(StepRecord s) {
		return Cli.map("number", s.number(), "id", s.stepId(), "activity", s.activity(), "action", s.actionType(),
				"roles", s.roles(), "status", s.status().name(), "actor", s.actor(), "started", str(s.started()),
				"finished", str(s.finished()), "elapsedMillis",
				s.finished() == null ? null : Duration.between(s.started(), s.finished()).toMillis(),
				"standardMillis", s.timeStandard() == null ? null : s.timeStandard().toMillis(), "overStandard",
				s.overStandard(), "deviation", s.deviation(), "message", s.message());
	}

	static String str(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
