package id.cadang.headless;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.ScheduleOverride;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.model.Procedure;
import id.cadang.model.Slot;
import id.cadang.schedule.Cron;
import id.cadang.schedule.ScheduleBook;
import id.cadang.schedule.ScheduleEntry;

/**
 * {@code cadang schedule list|set|off|reset}: every binding's schedules with their next five runs, and the site's
 * own schedule per binding (Lumajang's admin sets it; another site moves Buleleng's database backup to 23:00).
 */
final class ScheduleCommands {

	static final int NEXT = 5;
	/** A scheduled time, shown in its schedule's time zone. */
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Services services;
	private final Cli cli;
	private final PrintStream out;
	private final Messages m;

	ScheduleCommands(Services services, Cli cli, PrintStream out, Messages messages) {
		this.services = services;
		this.cli = cli;
		this.out = out;
		this.m = messages;
	}

	int run(Cli.Args args) {
		List<String> positional = args.positional();
		String sub = positional.isEmpty() ? "list" : positional.get(0);
		return switch (sub) {
			case "list" -> list(args);
			case "set" -> set(args);
			case "off" -> off(args);
			case "reset" -> reset(args);
			default -> throw new Cli.UsageException(m.get("schedule.unknownSub", sub));
		};
	}

	private ScheduleBook book() {
		return new ScheduleBook(services.get(Catalog.class), cli.registry());
	}

	private int list(Cli.Args args) {
		args.expectPositional(0, 1, "cadang schedule list [--binding B] [--json]");
		Instant now = Instant.now();
		List<ScheduleEntry> entries = book().entries().stream()
				.filter(e -> args.option("binding").map(e.binding()::equals).orElse(true)).toList();
		if (args.json()) {
			printJson(entries.stream().map(e -> entryJson(e, now)).toList());
			return Cli.OK;
		}
		if (entries.isEmpty()) {
			out.println(m.get("schedule.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.binding"), m.get("col.schedule"), m.get("col.procedure"),
				m.get("col.slots"), m.get("col.cron"), m.get("col.zone"), m.get("col.origin"), m.get("col.nextRuns"));
		for (ScheduleEntry e : entries) {
			String next = e.off() ? m.get("schedule.off") : e.problem() != null ? m.get("schedule.problem", e.problem())
					: e.next(now, NEXT).stream().map(at -> WHEN.format(at.atZone(e.zone()))).collect(Collectors.joining(", "));
			table.row(e.binding(), e.id(), e.procedure() == null ? "-" : e.procedure(),
					e.slots().isEmpty() ? m.get("schedule.allSlots") : String.join(",", e.slots()),
					e.off() ? "-" : e.expression(), e.zone().getId(), m.get(e.site() ? "schedule.site" : "schedule.sop"),
					next);
		}
		table.print(out);
		return Cli.OK;
	}

	static Map<String, Object> entryJson(ScheduleEntry e, Instant now) {
		return Cli.map("binding", e.binding(), "sop", e.sop(), "id", e.id(), "procedure", e.procedure(), "cron",
				e.expression(), "timeZone", e.zone().getId(), "slots", e.slots(), "description", e.description(), "origin",
				e.site() ? "site" : "sop", "off", e.off(), "problem", e.problem(), "next",
				e.next(now, NEXT).stream().map(Instant::toString).toList(), "nextLocal",
				e.next(now, NEXT).stream().map(at -> at.atZone(e.zone()).toOffsetDateTime().toString()).toList());
	}

	private int set(Cli.Args args) {
		List<String> positional = args.expectPositional(4, 4,
				"cadang schedule set <binding> <schedule-id> \"<cron>\" [--procedure P] [--zone Z] [--slots a,b]");
		Catalog catalog = services.get(Catalog.class);
		Binding binding = binding(catalog, positional.get(1));
		String scheduleId = scheduleId(positional.get(2));
		Cron cron;
		try {
			cron = Cron.parse(positional.get(3));
		} catch (IllegalArgumentException e) {
			throw new Cli.UsageException(m.get("schedule.badCron", e.getMessage()));
		}
		Optional<InstalledSop> sop = cli.registry().sop(binding.sop());
		String procedure = args.option("procedure").orElse(null);
		if (procedure != null && sop.isPresent() && sop.get().document().getProcedures().stream()
				.noneMatch(p -> p.getId().equals(procedure))) {
			throw new Cli.UsageException(m.get("schedule.unknownProcedure", procedure, binding.sop(), sop.get().document()
					.getProcedures().stream().map(Procedure::getId).collect(Collectors.joining(", "))));
		}
		String zone = args.option("zone").orElse(null);
		if (zone != null) {
			try {
				ZoneId.of(zone);
			} catch (DateTimeException e) {
				throw new Cli.UsageException(m.get("schedule.badZone", zone));
			}
		}
		List<String> slots = args.option("slots").map(s -> Arrays.stream(s.split(",")).map(String::trim)
				.filter(t -> !t.isEmpty()).toList()).orElse(List.of());
		if (sop.isPresent()) {
			List<String> known = sop.get().document().getSlots().stream().map(Slot::getName).toList();
			for (String slot : slots) {
				if (!known.contains(slot)) {
					throw new Cli.UsageException(m.get("schedule.unknownSlot", slot, binding.sop(), String.join(", ", known)));
				}
			}
		}
		catalog.saveScheduleOverride(new ScheduleOverride(binding.name(), scheduleId, procedure, cron.expression(), zone,
				slots, Instant.now()));
		catalog.audit(user(), "schedule.set", "schedule/" + binding.name() + "/" + scheduleId,
				cron.expression() + (zone == null ? "" : " " + zone));
		return show(args, binding, scheduleId);
	}

	private int off(Cli.Args args) {
		List<String> positional = args.expectPositional(3, 3, "cadang schedule off <binding> <schedule-id>");
		Catalog catalog = services.get(Catalog.class);
		Binding binding = binding(catalog, positional.get(1));
		String scheduleId = scheduleId(positional.get(2));
		catalog.saveScheduleOverride(new ScheduleOverride(binding.name(), scheduleId, null, null, null, List.of(),
				Instant.now()));
		catalog.audit(user(), "schedule.off", "schedule/" + binding.name() + "/" + scheduleId, "");
		return show(args, binding, scheduleId);
	}

	private int reset(Cli.Args args) {
		List<String> positional = args.expectPositional(3, 3, "cadang schedule reset <binding> <schedule-id>");
		Catalog catalog = services.get(Catalog.class);
		Binding binding = binding(catalog, positional.get(1));
		if (!catalog.removeScheduleOverride(binding.name(), positional.get(2))) {
			throw new CadangException(m.get("schedule.noOverride", binding.name(), positional.get(2)));
		}
		catalog.audit(user(), "schedule.reset", "schedule/" + binding.name() + "/" + positional.get(2), "");
		out.println(m.get("schedule.resetDone", binding.name(), positional.get(2)));
		return Cli.OK;
	}

	private int show(Cli.Args args, Binding binding, String scheduleId) {
		Instant now = Instant.now();
		ScheduleEntry entry = book().entries(binding).stream().filter(e -> e.id().equals(scheduleId)).findFirst()
				.orElseThrow();
		if (args.json()) {
			printJson(entryJson(entry, now));
		} else if (entry.off()) {
			out.println(m.get("schedule.switchedOff", binding.name(), scheduleId));
		} else {
			out.println(m.get("schedule.saved", binding.name(), scheduleId, entry.expression(), entry.zone().getId(),
					entry.next(now, NEXT).stream().map(at -> WHEN.format(at.atZone(entry.zone())))
							.collect(Collectors.joining(", "))));
		}
		return Cli.OK;
	}

	private Binding binding(Catalog catalog, String name) {
		return catalog.binding(name).orElseThrow(() -> new CadangException(m.get("schedule.unknownBinding", name,
				catalog.bindings(null).stream().map(Binding::name).collect(Collectors.joining(", ")))));
	}

	private String scheduleId(String id) {
		if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new Cli.UsageException(m.get("schedule.badId", id));
		}
		return id;
	}

	private static String user() {
		return System.getProperty("user.name", "admin");
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
