package id.cadang.headless;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Alert;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.schedule.SchedulerSettings;
import id.cadang.schedule.SlotFreshness;
import id.cadang.schedule.Status;

/** {@code cadang status}: runs under way, the next scheduled runs, every slot's newest good backup, open alerts. */
final class StatusCommands {

	private final Services services;
	private final Cli cli;
	private final PrintStream out;
	private final Messages m;

	StatusCommands(Services services, Cli cli, PrintStream out, Messages messages) {
		this.services = services;
		this.cli = cli;
		this.out = out;
		this.m = messages;
	}

	int status(Cli.Args args) {
		args.expectPositional(0, 0, "cadang status [--json]");
		Status status = Status.of(services.get(Catalog.class), cli.registry(), Instant.now(), SchedulerSettings.DEFAULT);
		if (args.json()) {
			printJson(Cli.map("at", status.at().toString(),
					"runs", status.active().stream().map(RunCommands::runJson).toList(),
					"next", status.next().stream().map(n -> Cli.map("binding", n.entry().binding(), "schedule",
							n.entry().id(), "at", n.at().toString(), "local",
							n.at().atZone(n.entry().zone()).toOffsetDateTime().toString())).toList(),
					"slots", status.slots().stream().map(StatusCommands::slotJson).toList(),
					"alerts", status.alerts().stream().map(StatusCommands::alertJson).toList()));
			return Cli.OK;
		}
		out.println(m.get("status.runs"));
		if (status.active().isEmpty()) {
			out.println("  " + m.get("status.noRuns"));
		} else {
			Table table = new Table(m.get("col.id"), m.get("col.sop"), m.get("col.binding"), m.get("col.status"),
					m.get("col.step"), m.get("col.started"));
			for (RunRecord r : status.active()) {
				table.row(r.id(), r.sop(), r.binding(), m.get("runStatus." + r.status().name()), r.currentStep(),
						Cli.local(r.started()));
			}
			table.print(out);
		}
		out.println();
		out.println(m.get("status.next"));
		if (status.next().isEmpty()) {
			out.println("  " + m.get("status.noNext"));
		} else {
			Table table = new Table(m.get("col.binding"), m.get("col.schedule"), m.get("col.nextRun"), m.get("col.zone"));
			status.next().forEach(n -> table.row(n.entry().binding(), n.entry().id(),
					ScheduleCommands.WHEN.format(n.at().atZone(n.entry().zone())), n.entry().zone().getId()));
			table.print(out);
		}
		out.println();
		out.println(m.get("status.slots"));
		if (status.slots().isEmpty()) {
			out.println("  " + m.get("status.noSlots"));
		} else {
			Table table = new Table(m.get("col.binding"), m.get("col.slot"), m.get("col.lastGood"), m.get("col.age"),
					m.get("col.allowed"), m.get("col.state"));
			for (SlotFreshness s : status.slots()) {
				table.row(s.binding(), s.slot(), s.lastGood() == null ? m.get("status.never") : Cli.local(s.lastGood()),
						s.age() == null ? "-" : Sizes.duration(s.age()),
						s.allowed() == null ? m.get("status.unscheduled") : Sizes.duration(s.allowed()),
						m.get(s.stale() ? "status.stale" : "status.fresh"));
			}
			table.print(out);
		}
		out.println();
		out.println(m.get("status.alerts"));
		if (status.alerts().isEmpty()) {
			out.println("  " + m.get("status.noAlerts"));
		} else {
			for (Alert a : status.alerts()) {
				out.println("  " + m.get("status.alert", a.id(), Cli.local(a.raised()), a.kind(), a.subject(), a.message()));
			}
		}
		return Cli.OK;
	}

	private static Map<String, Object> slotJson(SlotFreshness s) {
		return Cli.map("binding", s.binding(), "sop", s.sop(), "slot", s.slot(), "lastGood", str(s.lastGood()),
				"backup", s.backupId(), "ageSeconds", seconds(s.age()), "allowedSeconds", seconds(s.allowed()), "stale",
				s.stale());
	}

	static Map<String, Object> alertJson(Alert a) {
		return Cli.map("id", a.id(), "kind", a.kind(), "subject", a.subject(), "message", a.message(), "raised",
				str(a.raised()));
	}

	private static Long seconds(Duration d) {
		return d == null ? null : d.toSeconds();
	}

	private static String str(Instant i) {
		return i == null ? null : i.toString();
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
