package id.cadang.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RetentionOverride;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.retention.BindingRetention;
import id.cadang.retention.Decision;
import id.cadang.retention.Finding;
import id.cadang.retention.Policies;
import id.cadang.retention.Reconciler;
import id.cadang.retention.RetentionPlan;
import id.cadang.retention.RetentionPolicy;
import id.cadang.storage.Targets;

/**
 * {@code cadang retention plan|apply|set|reset|log <binding>} and {@code cadang reconcile [<binding>] [--rebuild]}.
 */
final class RetentionCommands {

	private static final String USAGE = "cadang retention plan|apply|log <binding> [--as <user>] [--json] | cadang "
			+ "retention set <binding> [slot=<slot>] [kind=gfs|current-month] [keep-last=N] [daily=N] [weekly=N] "
			+ "[monthly=N] [yearly=N] | cadang retention reset <binding> [slot=<slot>]";
	private static final List<String> COUNTS = List.of("keep-last", "daily", "weekly", "monthly", "yearly");

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;
	private final Path home = CadangHome.resolve(System.getProperty("cadang.home"));

	RetentionCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int retention(Cli.Args args) {
		List<String> positional = args.expectPositional(2, Integer.MAX_VALUE, USAGE);
		String verb = positional.get(0);
		Binding binding = binding(positional.get(1));
		List<String> assignments = positional.subList(2, positional.size());
		if (!List.of("set", "reset").contains(verb) && !assignments.isEmpty()) {
			throw new Cli.UsageException("usage: " + USAGE);
		}
		return switch (verb) {
			case "plan" -> plan(binding, args);
			case "apply" -> apply(binding, args);
			case "set" -> set(binding, assignments, args);
			case "reset" -> reset(binding, assignments, args);
			case "log" -> log(binding, args);
			default -> throw new Cli.UsageException("usage: " + USAGE);
		};
	}

	// --- plan and apply

	private int plan(Binding binding, Cli.Args args) {
		RetentionPlan plan = retention().plan(binding, sopOf(binding));
		if (args.json()) {
			printJson(planJson(plan));
			return Cli.OK;
		}
		printPolicies(plan);
		if (plan.decisions().isEmpty()) {
			out.println(m.get("retention.noBackups", binding.name()));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.slot"), m.get("col.status"), m.get("col.started"),
				m.get("retention.col.decision"), m.get("retention.col.rule"), m.get("col.path"));
		for (Decision d : plan.decisions()) {
			table.row(d.backup().id(), d.backup().slot(), m.get("status." + d.backup().status().name()),
					Cli.local(d.backup().started()), m.get(d.keep() ? "retention.keep" : "retention.delete"), rule(d),
					d.backup().path());
		}
		table.print(out);
		out.println(m.get("retention.planSummary", plan.decisions().size() - plan.deletions().size(),
				plan.deletions().size(), binding.name()));
		return Cli.OK;
	}

	private int apply(Binding binding, Cli.Args args) {
		String actor = actor(args);
		BindingRetention.Applied applied = retention().apply(binding, sopOf(binding), actor);
		if (args.json()) {
			Map<String, Object> json = planJson(applied.plan());
			json.put("deleted", applied.deleted().stream().map(d -> Cli.map("id", d.decision().backup().id(), "path",
					d.location(), "reason", d.decision().reason().name())).toList());
			json.put("refused", applied.refused().stream().map(r -> Cli.map("id", r.decision().backup().id(), "path",
					r.decision().backup().path(), "problem", r.reason())).toList());
			printJson(json);
		} else {
			for (BindingRetention.Deleted d : applied.deleted()) {
				out.println(m.get("retention.deleted", d.decision().backup().id(), d.location(), rule(d.decision())));
			}
			out.println(m.get("retention.applied", applied.deleted().size(), binding.name(),
					applied.plan().decisions().size() - applied.plan().deletions().size()));
		}
		for (BindingRetention.Refused r : applied.refused()) {
			err.println("cadang: " + m.get("retention.refused", r.decision().backup().id(), r.reason()));
		}
		return applied.refused().isEmpty() ? Cli.OK : Cli.FAILED;
	}

	private void printPolicies(RetentionPlan plan) {
		Table policies = new Table(m.get("col.slot"), m.get("retention.col.policy"), m.get("retention.col.origin"));
		plan.policies().forEach((slot, p) -> policies.row(slot, policy(p), p.origin()));
		out.println(m.get("retention.policiesOf", plan.binding(), plan.zone()));
		policies.print(out);
		out.println();
	}

	private String policy(RetentionPolicy p) {
		return p.isEmpty() ? m.get("retention.policy.none") : p.summary();
	}

	private String rule(Decision d) {
		String text = m.get("retention.reason." + d.reason().name());
		return d.period().isEmpty() ? text : text + " (" + d.period() + ")";
	}

	private static Map<String, Object> planJson(RetentionPlan plan) {
		Map<String, Object> policies = new LinkedHashMap<>();
		plan.policies().forEach((slot, p) -> policies.put(slot, Cli.map("origin", p.origin(), "kind", p.kind().getName(),
				"keepLast", p.keepLast(), "daily", p.daily(), "weekly", p.weekly(), "monthly", p.monthly(), "yearly",
				p.yearly(), "empty", p.isEmpty())));
		return Cli.map("binding", plan.binding(), "now", plan.now().toString(), "zone", plan.zone().getId(), "policies",
				policies, "backups", plan.decisions().stream().map(d -> Cli.map("id", d.backup().id(), "slot",
						d.backup().slot(), "status", d.backup().status().name(), "started", d.backup().started().toString(),
						"path", d.backup().path(), "target", d.place(), "decision", d.keep() ? "KEEP" : "DELETE", "rule",
						d.reason().name(), "period", d.period(), "policy", d.policy().origin())).toList());
	}

	// --- a binding's own policy

	private int set(Binding binding, List<String> assignments, Cli.Args args) {
		Map<String, String> values = assignments(assignments, true);
		String slot = slot(binding, values.remove("slot"));
		String kind = Policies.kind(Optional.ofNullable(values.remove("kind")).orElse("gfs")).getName();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String name : COUNTS) {
			String text = values.remove(name);
			try {
				int count = text == null ? 0 : Integer.parseInt(text);
				if (count < 0) {
					throw new NumberFormatException();
				}
				counts.put(name, count);
			} catch (NumberFormatException e) {
				throw new Cli.UsageException(m.get("retention.badCount", name, text));
			}
		}
		if (!values.isEmpty()) {
			throw new Cli.UsageException(m.get("retention.unknownSetting", String.join(", ", values.keySet())));
		}
		RetentionOverride own = new RetentionOverride(binding.name(), slot, kind, counts.get("keep-last"),
				counts.get("daily"), counts.get("weekly"), counts.get("monthly"), counts.get("yearly"), Instant.now(),
				actor(args));
		Catalog catalog = services.get(Catalog.class);
		catalog.saveRetentionOverride(own);
		RetentionPolicy policy = Policies.of(own);
		catalog.audit(own.setBy(), "retention.set", BindingRetention.auditSubject(binding.name()),
				"slot " + slot + ": " + kind + " " + policy.summary());
		if (args.json()) {
			printJson(Cli.map("binding", binding.name(), "slot", slot, "origin", policy.origin(), "kind", kind,
					"keepLast", own.keepLast(), "daily", own.daily(), "weekly", own.weekly(), "monthly", own.monthly(),
					"yearly", own.yearly(), "empty", policy.isEmpty()));
		} else {
			out.println(m.get(policy.isEmpty() ? "retention.setEmpty" : "retention.set", binding.name(),
					slot.equals(RetentionOverride.ALL_SLOTS) ? m.get("retention.allSlots") : slot, policy(policy)));
		}
		return Cli.OK;
	}

	private int reset(Binding binding, List<String> assignments, Cli.Args args) {
		Map<String, String> values = assignments(assignments, false);
		String slot = slot(binding, values.remove("slot"));
		if (!values.isEmpty()) {
			throw new Cli.UsageException(m.get("retention.unknownSetting", String.join(", ", values.keySet())));
		}
		Catalog catalog = services.get(Catalog.class);
		boolean removed = catalog.removeRetentionOverride(binding.name(), slot);
		if (removed) {
			catalog.audit(actor(args), "retention.reset", BindingRetention.auditSubject(binding.name()), "slot " + slot);
		}
		String which = slot.equals(RetentionOverride.ALL_SLOTS) ? m.get("retention.allSlots") : slot;
		if (args.json()) {
			printJson(Cli.map("binding", binding.name(), "slot", slot, "removed", removed));
		} else {
			out.println(m.get(removed ? "retention.reset" : "retention.nothingToReset", binding.name(), which));
		}
		return Cli.OK;
	}

	private Map<String, String> assignments(List<String> assignments, boolean counts) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String a : assignments) {
			int eq = a.indexOf('=');
			if (eq <= 0) {
				throw new Cli.UsageException(m.get("retention.badSetting", a));
			}
			String key = a.substring(0, eq);
			if (!key.equals("slot") && !(counts && (key.equals("kind") || COUNTS.contains(key)))) {
				throw new Cli.UsageException(m.get("retention.unknownSetting", key));
			}
			values.put(key, a.substring(eq + 1).strip());
		}
		return values;
	}

	private String slot(Binding binding, String slot) {
		if (slot == null || slot.equals(RetentionOverride.ALL_SLOTS)) {
			return RetentionOverride.ALL_SLOTS;
		}
		SopDocument sop = sopOf(binding);
		if (sop.getSlots().stream().noneMatch(s -> s.getName().equals(slot))) {
			throw new Cli.UsageException(m.get("retention.unknownSlot", slot, binding.name(), String.join(", ",
					sop.getSlots().stream().map(s -> s.getName()).toList())));
		}
		return slot;
	}

	// --- log

	private int log(Binding binding, Cli.Args args) {
		List<AuditEntry> entries = services.get(Catalog.class)
				.auditTrail(BindingRetention.auditSubject(binding.name()));
		if (args.json()) {
			printJson(entries.stream().map(e -> Cli.map("id", e.id(), "at", e.at().toString(), "actor", e.actor(),
					"action", e.action(), "detail", e.detail())).toList());
			return Cli.OK;
		}
		if (entries.isEmpty()) {
			out.println(m.get("retention.logEmpty", binding.name()));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("retention.col.at"), m.get("col.user"),
				m.get("retention.col.action"), m.get("retention.col.detail"));
		entries.forEach(e -> table.row(e.id(), Cli.local(e.at()), e.actor(), e.action(), e.detail()));
		table.print(out);
		return Cli.OK;
	}

	// --- reconcile

	int reconcile(Cli.Args args) {
		List<String> positional = args.expectPositional(0, 1, "cadang reconcile [<binding>] [--rebuild] [--json]");
		boolean rebuild = args.option("rebuild").isPresent();
		String actor = actor(args);
		Catalog catalog = services.get(Catalog.class);
		List<Binding> bindings = positional.isEmpty() ? catalog.bindings(null) : List.of(binding(positional.get(0)));
		Reconciler reconciler = new Reconciler(catalog, value -> Targets.forBinding(value, home), Clock.systemUTC());
		List<Reconciler.Report> reports = new ArrayList<>();
		for (Binding binding : bindings) {
			reports.add(reconciler.reconcile(binding, sopOf(binding), rebuild, actor));
		}
		boolean clean = reports.stream().allMatch(r -> r.findings().isEmpty());
		if (args.json()) {
			printJson(reports.stream().map(r -> Cli.map("binding", r.binding(), "targets", r.targets(), "findings",
					r.findings().stream().map(f -> Cli.map("kind", f.kind().name(), "target", f.target(), "location",
							f.location(), "backup", f.backupId(), "detail", f.detail())).toList(), "rebuilt",
					r.rebuilt().stream().map(b -> Cli.map("id", b.backupId(), "path", b.location(), "slot", b.slot(),
							"started", b.started().toString())).toList())).toList());
			return clean ? Cli.OK : Cli.FAILED;
		}
		for (Reconciler.Report r : reports) {
			r.rebuilt().forEach(b -> out.println(m.get("reconcile.rebuilt", b.backupId(), b.location())));
			if (r.findings().isEmpty()) {
				out.println(m.get("reconcile.clean", r.binding(), String.join(", ", r.targets())));
				continue;
			}
			out.println(m.get("reconcile.findings", r.binding(), r.findings().size()));
			Table table = new Table(m.get("reconcile.col.finding"), m.get("col.id"), m.get("col.path"),
					m.get("retention.col.detail"));
			r.findings().forEach(f -> table.row(m.get("reconcile.kind." + f.kind().name()), f.backupId(), f.location(),
					f.detail().isEmpty() ? null : f.detail()));
			table.print(out);
		}
		if (!clean && !rebuild && reports.stream().anyMatch(r -> r.findings().stream()
				.anyMatch(f -> f.kind() == Finding.Kind.FILE_WITHOUT_ROW))) {
			out.println(m.get("reconcile.hintRebuild"));
		}
		return clean ? Cli.OK : Cli.FAILED;
	}

	// --- helpers

	private BindingRetention retention() {
		return new BindingRetention(services.get(Catalog.class), value -> Targets.forBinding(value, home),
				Clock.systemUTC());
	}

	private Binding binding(String name) {
		return services.get(Catalog.class).binding(name)
				.orElseThrow(() -> new CadangException(m.get("retention.unknownBinding", name)));
	}

	private SopDocument sopOf(Binding binding) {
		SopRegistry registry = services.get(SopRegistry.class);
		try {
			registry.awaitPlugins(Duration.ofSeconds(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return registry.sop(binding.sop()).map(InstalledSop::document)
				.orElseThrow(() -> new CadangException(m.get("retention.sopMissing", binding.name(), binding.sop())));
	}

	/** {@code --as <user>}, who must exist; the program itself ({@code cadang}) without it. */
	private String actor(Cli.Args args) {
		Optional<String> user = args.option("as");
		user.ifPresent(u -> services.get(Catalog.class).user(u)
				.orElseThrow(() -> new CadangException(m.get("users.unknown", u))));
		return user.orElse("cadang");
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
