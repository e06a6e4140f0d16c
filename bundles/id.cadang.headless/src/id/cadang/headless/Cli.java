package id.cadang.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.StepRecord;
import id.cadang.core.BrokenSop;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.PluginProblem;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.RunListener;
import id.cadang.model.Procedure;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.StoredBackups;
import id.cadang.storage.Targets;
import id.cadang.storage.VerifyResult;

/** The subcommands of {@code cadang}. Exit 0 on success, 1 when the work failed, 2 on bad input. */
final class Cli {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	private static final java.time.Duration PLUGIN_WAIT = java.time.Duration.ofSeconds(10);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	Cli(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int run(String[] argv) {
		try {
			Args args = Args.parse(argv);
			String command = args.command().orElse("help");
			if (args.help() || "help".equals(command)) {
				return help(command);
			}
			return switch (command) {
				case "sops" -> sops(args);
				case "bind" -> bind(args);
				case "bindings" -> bindings(args);
				case "run" -> run(args);
				case "backups" -> backups(args);
				case "verify" -> verify(args);
				case "sop" -> new SopCommands(services, out, m).run(args);
				case "ssh" -> SshCommands.forThisCadang(out, m).run(args);
				case "secret" -> SecretCommands.forThisCadang(out, m).run(args);
				case "runs" -> new RunCommands(services, out, m).runs(args);
				case "run-status" -> new RunCommands(services, out, m).status(args);
				case "tasks" -> new TaskCommands(services, out, err, m).tasks(args);
				case "task" -> new TaskCommands(services, out, err, m).task(args);
				case "users" -> new PeopleCommands(services, out, err, m).users(args);
				case "roles" -> new PeopleCommands(services, out, err, m).roles(args);
				case "audit" -> new PeopleCommands(services, out, err, m).audit(args);
				case "retention" -> new RetentionCommands(services, out, err, m).retention(args);
				case "reconcile" -> new RetentionCommands(services, out, err, m).reconcile(args);
				case "report" -> new ReportCommands(services, out, err, m).run(args);
				case "notifications" -> new NotifyCommands(services, out, err, m).run(args);
				case "schedule", "schedules" -> new ScheduleCommands(services, this, out, m).run(args);
				case "status" -> new StatusCommands(services, this, out, m).status(args);
				case "serve" -> new ServeCommand(services, this, out, m).serve(args);
				case "restore" -> new RestoreCommands(services, out, err, m).run(args);
				default -> usage(m.get("error.unknownCommand", command));
			};
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (CadangException | IllegalArgumentException | IllegalStateException e) {
			err.println("cadang: " + e.getMessage());
			return FAILED;
		} catch (RuntimeException e) {
			err.println("cadang: " + e);
			return FAILED;
		}
	}

	private int usage(String message) {
		err.println("cadang: " + message + " (" + m.get("hint.help") + ")");
		return USAGE;
	}

	private int help(String command) {
		String key = "help." + command;
		String text = m.get(key);
		boolean general = text.equals(key) || "help".equals(command);
		out.println(general ? m.get("help.help") + "\n" + m.get("help.people") + "\n" + m.get("help.notify") + "\n"
				+ m.get("help.housekeeping") + "\n" + m.get("help.reports") + "\n" + m.get("help.service") + "\n"
				+ m.get("help.restores") : text);
		return OK;
	}

	// --- sops

	private int sops(Args args) {
		args.expectPositional(0, 0, "cadang sops [--json]");
		SopRegistry registry = registry();
		List<InstalledSop> sops = registry.sops();
		List<BrokenSop> broken = registry.broken();
		if (args.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("sops", sops.stream().map(Cli::sopJson).toList());
			json.put("broken", broken.stream().map(b -> map("bundle", b.bundle(), "version", b.version(), "resource",
					b.resource(), "reason", b.reason())).toList());
			json.put("pluginProblems", registry.pluginProblems().stream()
					.map(p -> map("file", p.fileName(), "reason", p.reason())).toList());
			printJson(json);
			return OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.number"), m.get("col.title"), m.get("col.agency"),
				m.get("col.procedures"), m.get("col.state"));
		for (InstalledSop sop : sops) {
			SopDocument d = sop.document();
			table.row(sop.id(), d.getNumber(), d.getTitle(), d.getAgency(),
					d.getProcedures().stream().map(Procedure::getId).collect(Collectors.joining(", ")),
					sop.valid() ? m.get("state.valid") : m.get("state.invalid", String.join("; ", sop.problems())));
		}
		if (table.isEmpty()) {
			out.println(m.get("sops.none"));
		} else {
			table.print(out);
		}
		List<PluginProblem> fromFolder = registry.pluginProblems();
		for (BrokenSop b : broken) {
			if (fromFolder.stream().noneMatch(p -> p.reason().contains("plug-in " + b.bundle() + " "))) {
				out.println(m.get("sops.broken", b.bundle(), b.version(), b.reason()));
			}
		}
		fromFolder.forEach(p -> out.println(m.get("sops.pluginProblem", p.fileName(), p.reason())));
		return OK;
	}

	private static Map<String, Object> sopJson(InstalledSop sop) {
		SopDocument d = sop.document();
		return map("id", sop.id(), "number", d.getNumber(), "title", d.getTitle(), "agency", d.getAgency(),
				"procedures", d.getProcedures().stream().map(p -> map("id", p.getId(), "title", p.getTitle(),
						"steps", p.getSteps().size())).toList(),
				"slots", d.getSlots().stream().map(s -> map("name", s.getName(), "kind", s.getKind().getLiteral(),
						"label", s.getLabel(), "required", s.isRequired())).toList(),
				"bundle", sop.bundle(), "version", sop.bundleVersion(), "problems", sop.problems());
	}

	// --- bind

	private int bind(Args args) {
		List<String> positional = args.expectPositional(1, Integer.MAX_VALUE,
				"cadang bind <sop> <slot>=<value>... [--name <binding>]");
		InstalledSop sop = sop(positional.get(0));
		String name = args.option("name").orElse(sop.id());
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new UsageException(m.get("bind.badName", name));
		}
		Catalog catalog = services.get(Catalog.class);
		Optional<Binding> existing = catalog.binding(name);
		if (existing.isPresent() && !existing.get().sop().equals(sop.id())) {
			throw new CadangException(m.get("bind.otherSop", name, existing.get().sop()));
		}
		Map<String, String> slots = new LinkedHashMap<>(existing.map(Binding::slots).orElse(Map.of()));
		for (String assignment : positional.subList(1, positional.size())) {
			int eq = assignment.indexOf('=');
			if (eq <= 0) {
				throw new UsageException(m.get("bind.badAssignment", assignment));
			}
			String slotName = assignment.substring(0, eq);
			String value = assignment.substring(eq + 1).trim();
			Slot slot = sop.document().getSlots().stream().filter(s -> s.getName().equals(slotName)).findFirst()
					.orElseThrow(() -> new UsageException(m.get("bind.unknownSlot", slotName, sop.id(), slotNames(sop))));
			slots.put(slotName, checkValue(slot, value));
		}
		List<String> missing = sop.document().getSlots().stream().filter(Slot::isRequired)
				.map(Slot::getName).filter(s -> !slots.containsKey(s)).toList();
		if (!missing.isEmpty()) {
			throw new UsageException(m.get("bind.missing", String.join(", ", missing), sop.id(), slotNames(sop)));
		}
		Binding binding = new Binding(name, sop.id(), slots, existing.map(Binding::created).orElse(Instant.now()));
		catalog.saveBinding(binding);
		if (args.json()) {
			printJson(bindingJson(binding));
		} else {
			out.println(m.get(existing.isPresent() ? "bind.updated" : "bind.created", name, sop.id()));
			printBindings(List.of(binding));
		}
		return OK;
	}

	private String checkValue(Slot slot, String value) {
		if (value.isEmpty()) {
			throw new UsageException(m.get("bind.empty", slot.getName()));
		}
		if (slot.getKind() == SlotKind.DATABASE) {
			// postgresql|mariadb://user@host:port/db, /* for a whole server, ?ssh=user@host:22 to dump on that server;
			// h2:/abs/path/app.mv.db or h2://user:password@/abs/path/app.mv.db
			if (!value.matches("(?i)(postgresql|postgres|mysql|mariadb)://.+/.+|h2:(//[^/]*@)?/.+\\.mv\\.db")) {
				throw new UsageException(m.get("bind.badDatabase", slot.getName(), value));
			}
		} else if (!value.contains("://") && !Path.of(value).isAbsolute()) {
			return Path.of(value).toAbsolutePath().normalize().toString();
		}
		return value;
	}

	private static String slotNames(InstalledSop sop) {
		return sop.document().getSlots().stream().map(s -> s.getName() + " (" + s.getLabel() + ")")
				.collect(Collectors.joining(", "));
	}

	// --- bindings

	private int bindings(Args args) {
		args.expectPositional(0, 0, "cadang bindings [--sop S] [--json]");
		List<Binding> bindings = services.get(Catalog.class).bindings(args.option("sop").orElse(null));
		if (args.json()) {
			printJson(bindings.stream().map(Cli::bindingJson).toList());
		} else if (bindings.isEmpty()) {
			out.println(m.get("bindings.none"));
		} else {
			printBindings(bindings);
		}
		return OK;
	}

	private void printBindings(List<Binding> bindings) {
		Table table = new Table(m.get("col.binding"), m.get("col.sop"), m.get("col.slot"), m.get("col.value"));
		for (Binding b : bindings) {
			b.slots().forEach((slot, value) -> table.row(b.name(), b.sop(), slot, redact(value)));
		}
		table.print(out);
	}

	private static Map<String, Object> bindingJson(Binding b) {
		Map<String, Object> slots = new LinkedHashMap<>();
		b.slots().forEach((k, v) -> slots.put(k, redact(v)));
		return map("name", b.name(), "sop", b.sop(), "slots", slots, "created", b.created().toString());
	}

	/** Never show a password that someone put into a URL. */
	static String redact(String value) {
		return value.replaceAll("(://[^/:@]+):[^@/]*@", "$1:***@");
	}

	// --- run

	private int run(Args args) {
		List<String> positional = args.expectPositional(1, 1,
				"cadang run <sop> [--procedure <id>] [--binding <name>] [--json]");
		registry();
		RunEngine engine = RunCommands.engine(services, out, m, args.json());
		RunRequest request = new RunRequest(positional.get(0), args.option("procedure"), args.option("binding"));
		RunListener listener = args.json() ? RunListener.NONE : new PrintingListener(out, m);
		RunOutcome outcome = engine.run(request, listener);
		if (args.json()) {
			Map<String, Object> json = runJson(outcome.run());
			json.put("steps", outcome.steps().stream().map(Cli::stepJson).toList());
			json.put("tasks", outcome.tasks().stream().map(TaskCommands::taskJson).toList());
			printJson(json);
		}
		if (outcome.failed()) {
			err.println("cadang: " + m.get("run.failed", outcome.run().id(), outcome.run().error()));
			return FAILED;
		}
		return OK;
	}

	private static Map<String, Object> runJson(RunRecord r) {
		return map("id", r.id(), "sop", r.sop(), "procedure", r.procedure(), "binding", r.binding(), "status",
				r.status().name(), "started", str(r.started()), "finished", str(r.finished()), "error", r.error());
	}

	private static Map<String, Object> stepJson(StepRecord s) {
		return map("number", s.number(), "id", s.stepId(), "activity", s.activity(), "action", s.actionType(),
				"roles", s.roles(), "status", s.status().name(), "started", str(s.started()), "finished",
				str(s.finished()), "elapsedMillis",
				s.finished() == null ? null : Duration.between(s.started(), s.finished()).toMillis(),
				"standardMillis", s.timeStandard() == null ? null : s.timeStandard().toMillis(), "overStandard",
				s.overStandard(), "message", s.message());
	}

	// --- backups

	private int backups(Args args) {
		args.expectPositional(0, 0, "cadang backups [--sop S] [--source S] [--json]");
		List<BackupRecord> backups = services.get(Catalog.class)
				.backups(new BackupQuery(args.option("sop").orElse(null), args.option("source").orElse(null), null));
		if (args.json()) {
			printJson(backups.stream().map(Cli::backupJson).toList());
			return OK;
		}
		if (backups.isEmpty()) {
			out.println(m.get("backups.none"));
			return OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.sop"), m.get("col.binding"), m.get("col.slot"),
				m.get("col.status"), m.get("col.started"), m.get("col.size"), m.get("col.path"));
		for (BackupRecord b : backups) {
			table.row(b.id(), b.sop(), b.binding(), b.slot(), m.get("status." + b.status().name()), local(b.started()),
					b.size() == null ? null : Sizes.human(b.size()), b.path());
		}
		table.print(out);
		List<BackupRecord> failed = backups.stream().filter(b -> b.error() != null).toList();
		for (BackupRecord b : failed) {
			out.println(m.get("backups.error", b.id(), b.error()));
		}
		return OK;
	}

	private static Map<String, Object> backupJson(BackupRecord b) {
		return map("id", b.id(), "run", b.runId(), "sop", b.sop(), "binding", b.binding(), "slot", b.slot(),
				"sourceKind", b.sourceKind(), "source", b.source() == null ? null : redact(b.source()), "status",
				b.status().name(), "path", b.path(), "size", b.size(), "sourceSize", b.sourceSize(), "sha256",
				b.sha256(), "manifest", b.manifestPath(), "started", str(b.started()), "finished", str(b.finished()),
				"error", b.error());
	}

	// --- verify

	private int verify(Args args) {
		List<String> positional = args.expectPositional(1, 1, "cadang verify <backup-id> [--json]");
		long id;
		try {
			id = Long.parseLong(positional.get(0));
		} catch (NumberFormatException e) {
			throw new UsageException(m.get("verify.badId", positional.get(0)));
		}
		BackupRecord backup = services.get(Catalog.class).backup(id)
				.orElseThrow(() -> new CadangException(m.get("verify.unknown", id)));
		if (backup.sha256() == null) {
			throw new CadangException(m.get("verify.notGood", id, backup.status().name()));
		}
		Path home = CadangHome.resolve(System.getProperty("cadang.home"));
		VerifyResult result = BackupVerifier.verify(StoredBackups.at(backup.path(), home), backup.sha256(),
				Targets.keys(home)::find);
		if (args.json()) {
			printJson(map("id", id, "path", backup.path(), "ok", result.ok(), "state", result.state(), "sha256", backup.sha256(), "actualSha256",
					result.actualSha256(), "sourceSize", result.sourceSize(), "problem", result.problem()));
		} else if (result.ok()) {
			out.println(m.get("verify.ok", id, backup.path(), backup.sha256(), Sizes.human(result.sourceSize())));
		}
		if (!result.ok()) {
			err.println("cadang: " + m.get("verify.failed", id, backup.path(), result.problem()));
			return FAILED;
		}
		return OK;
	}

	// --- helpers

	/** The SOP registry, once the drop-in plug-in folder has been read. */
	SopRegistry registry() {
		SopRegistry registry = services.get(SopRegistry.class);
		try {
			registry.awaitPlugins(PLUGIN_WAIT);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return registry;
	}

	private InstalledSop sop(String id) {
		SopRegistry registry = registry();
		return registry.sop(id).orElseThrow(() -> new CadangException(m.get("error.unknownSop", id,
				registry.sops().stream().map(InstalledSop::id).collect(Collectors.joining(", ")))));
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}

	static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	private static String str(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	static String local(Instant instant) {
		return instant == null ? null : TIME.format(instant.atZone(ZoneId.systemDefault()));
	}

	/** A run, task or backup id as typed. */
	static long id(String text, Messages m) {
		try {
			return Long.parseLong(text.startsWith("#") ? text.substring(1) : text);
		} catch (NumberFormatException e) {
			throw new UsageException(m.get("error.badId", text));
		}
	}

	/** Bad command line input. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** The parsed command line: a command, positional words and {@code --options}. */
	record Args(Optional<String> command, List<String> positional, Map<String, String> options, boolean json,
			boolean help, List<String> fields) {

		private static final List<String> WITH_VALUE = List.of("name", "procedure", "binding", "sop", "source", "out", "fingerprint",
				"role", "as", "answer", "note", "reason", "nip", "contact", "full-name", "field",
				"from", "to", "step", "run",
				"zone", "slots", "interval", "catch-up", "max-runs", "max-per-server", "stop-timeout");

		static Args parse(String[] argv) {
			List<String> positional = new ArrayList<>();
			Map<String, String> options = new LinkedHashMap<>();
			List<String> fields = new ArrayList<>();
			boolean json = false;
			boolean help = false;
			for (int i = 0; i < argv.length; i++) {
				String a = argv[i];
				if (a.equals("--json")) {
					json = true;
				} else if (a.equals("--help") || a.equals("-h")) {
					help = true;
				} else if (a.equals("--yes")) {
					options.put("yes", "true");
				} else if (a.equals("--rebuild")) {
					options.put("rebuild", "true");
				} else if (a.startsWith("--") && RestoreCommands.FLAGS.contains(a.substring(2))) {
					options.put(a.substring(2), "true");
				} else if (a.startsWith("--")) {
					String key = a.substring(2);
					String value = null;
					int eq = key.indexOf('=');
					if (eq > 0) {
						value = key.substring(eq + 1);
						key = key.substring(0, eq);
					}
					if (!WITH_VALUE.contains(key) && !RestoreCommands.OPTIONS.contains(key)) {
						throw new UsageException("unknown option --" + key);
					}
					if (value == null) {
						if (i + 1 >= argv.length) {
							throw new UsageException("option --" + key + " needs a value");
						}
						value = argv[++i];
					}
					if (key.equals("field")) {
						fields.add(value);
					} else {
						options.put(key, value);
					}
				} else {
					positional.add(a);
				}
			}
			Optional<String> command = positional.isEmpty() ? Optional.empty() : Optional.of(positional.remove(0));
			return new Args(command, positional, options, json, help, List.copyOf(fields));
		}

		Optional<String> option(String key) {
			return Optional.ofNullable(options.get(key));
		}

		List<String> expectPositional(int min, int max, String usage) {
			if (positional.size() < min || positional.size() > max) {
				throw new UsageException("usage: " + usage);
			}
			return positional;
		}
	}
}
