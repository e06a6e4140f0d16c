package id.cadang.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RestoreRequest;
import id.cadang.catalog.RestoreStatus;
import id.cadang.catalog.ServiceControl;
import id.cadang.restore.RestoreFlow;
import id.cadang.restore.RestoreListener;
import id.cadang.restore.RestoreTest;

/**
 * {@code cadang restore request|approve|return|run|status|confirm|service|test}: the restore procedure (the SOP's
 * restore request form, its approval, the restore with the service stopped and started, the requester's
 * confirmation) from the command line.
 */
final class RestoreCommands {
	/** Options that take a value. */
	static final List<String> OPTIONS = List.of("slot", "application", "data", "damage", "at", "to", "backup", "stop",
			"start", "health", "ssh");
	/** Options that are flags. */
	static final List<String> FLAGS = List.of("no-safety-backup");

	private static final String USAGE = "cadang restore request|approve|return|run|status|confirm|service|test ... (cadang restore --help)";

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	RestoreCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 2, USAGE);
		Catalog catalog = services.get(Catalog.class);
		RestoreFlow flow = new RestoreFlow(catalog, home());
		String what = positional.get(0);
		return switch (what) {
			case "request" -> request(flow, args, word(positional, "cadang restore request <binding> --slot S --as U ..."));
			case "approve" -> show(flow.approve(id(positional), as(args)), args, "restore.approved");
			case "return" -> show(flow.returnRequest(id(positional), as(args), args.option("reason")
					.orElseThrow(() -> new Cli.UsageException(m.get("restore.needsReason")))), args, "restore.returned");
			case "run" -> run(flow, args, id(positional));
			case "confirm" -> show(flow.confirm(id(positional), as(args)), args, "restore.confirmed");
			case "status" -> status(catalog, args, positional.size() == 2 ? Optional.of(id(positional)) : Optional.empty());
			case "service" -> service(catalog, args, word(positional, "cadang restore service <binding> --stop C --start C [--health URL|C] [--ssh user@host:port]"));
			case "test" -> test(catalog, args, word(positional, "cadang restore test <binding> --slot S"));
			default -> throw new Cli.UsageException("usage: " + USAGE);
		};
	}

	private int request(RestoreFlow flow, Cli.Args args, String binding) {
		RestoreRequest filed = flow.request(as(args), binding, required(args, "slot"), required(args, "application"),
				required(args, "data"), required(args, "damage"), args.option("at").orElse(null), args.option("to").orElse(null));
		return show(filed, args, "restore.filed");
	}

	private int run(RestoreFlow flow, Cli.Args args, long id) {
		Optional<Long> backup = args.option("backup").map(b -> Cli.id(b, m));
		RestoreFlow.RunOptions options = new RestoreFlow.RunOptions(backup, args.option("at"),
				args.option("no-safety-backup").isEmpty());
		boolean json = args.json();
		RestoreListener listener = new RestoreListener() {
			private long lastPrinted;

			@Override
			public void step(String line) {
				if (!json) {
					out.println("  " + line);
				}
			}

			@Override
			public void alert(String line) {
				err.println(m.get("restore.alert", line));
			}

			@Override
			public void progress(long read, long total, double rate, Optional<Duration> left) {
				if (json || read - lastPrinted < (64L << 20) && read < total) {
					return;
				}
				lastPrinted = read;
				out.println("    " + m.get("restore.progress", Sizes.human(read), Sizes.human(total), Sizes.human((long) rate),
						left.map(d -> d.toSeconds() + " s").orElse("-")));
			}
		};
		RestoreRequest ended = flow.run(id, as(args), options, listener);
		show(ended, args, ended.status() == RestoreStatus.RESTORED ? "restore.restored" : "restore.failed");
		return ended.status() == RestoreStatus.RESTORED ? Cli.OK : Cli.FAILED;
	}

	private int status(Catalog catalog, Cli.Args args, Optional<Long> id) {
		List<RestoreRequest> requests = id.map(i -> List.of(catalog.restoreRequest(i).orElseThrow(
				() -> new IllegalArgumentException(m.get("restore.unknown", i))))).orElseGet(catalog::restoreRequests);
		if (args.json()) {
			List<Map<String, Object>> json = requests.stream().map(r -> {
				Map<String, Object> one = json(r);
				if (id.isPresent()) {
					one.put("audit", catalog.auditTrail("restore:" + r.id()).reversed().stream().map(a -> Cli.map("at",
							a.at().toString(), "actor", a.actor(), "action", a.action(), "detail", a.detail())).toList());
				}
				return one;
			}).toList();
			printJson(id.isPresent() ? json.get(0) : json);
			return Cli.OK;
		}
		if (requests.isEmpty()) {
			out.println(m.get("restore.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.binding"), m.get("col.slot"), m.get("restore.col.requester"),
				m.get("col.state"), m.get("restore.col.backup"), m.get("restore.col.outcome"));
		for (RestoreRequest r : requests) {
			table.row(r.id(), r.binding(), r.slot(), r.requester(), m.get("restore.status." + r.status().name()),
					r.backupId() == null ? null : "#" + r.backupId(), r.status() == RestoreStatus.RETURNED ? r.reason() : r.outcome());
		}
		table.print(out);
		if (id.isPresent()) {
			for (AuditEntry a : catalog.auditTrail("restore:" + id.get()).reversed()) {
				out.println("  " + Cli.local(a.at()) + "  " + a.actor() + "  " + a.action() + (a.detail() == null ? "" : "  " + a.detail()));
			}
		}
		return Cli.OK;
	}

	private int service(Catalog catalog, Cli.Args args, String binding) {
		Binding bound = catalog.binding(binding).orElseThrow(() -> new IllegalArgumentException(m.get("restore.noBinding", binding)));
		ServiceControl control = new ServiceControl(bound.name(), args.option("stop").orElse(null),
				args.option("start").orElse(null), args.option("health").orElse(null), args.option("ssh").orElse(null));
		if (control.stopCommand().isEmpty() || control.startCommand().isEmpty()) {
			throw new Cli.UsageException(m.get("restore.serviceNeedsBoth"));
		}
		catalog.saveServiceControl(control);
		catalog.audit(System.getProperty("user.name", "cadang"), "restore.service", "binding:" + binding,
				"stop: " + control.stop() + "; start: " + control.start() + "; health: " + control.health()
						+ control.sshAddress().map(s -> "; on " + s).orElse(""));
		if (args.json()) {
			printJson(Cli.map("binding", binding, "stop", control.stop(), "start", control.start(), "health", control.health(),
					"ssh", control.ssh()));
		} else {
			out.println(m.get("restore.serviceSaved", binding));
		}
		return Cli.OK;
	}

	private int test(Catalog catalog, Cli.Args args, String binding) {
		Binding bound = catalog.binding(binding).orElseThrow(() -> new IllegalArgumentException(m.get("restore.noBinding", binding)));
		String slot = required(args, "slot");
		String value = Optional.ofNullable(bound.slots().get(slot))
				.orElseThrow(() -> new Cli.UsageException(m.get("restore.noSlot", binding, slot)));
		RestoreTest.Result result = RestoreTest.run(catalog, binding, slot, value, System.getProperty("user.name", "cadang"));
		if (args.json()) {
			printJson(Cli.map("backup", result.backupId(), "ok", result.ok(), "message", result.message()));
		} else {
			out.println(m.get(result.ok() ? "restore.testPassed" : "restore.testFailed", result.message()));
		}
		return result.ok() ? Cli.OK : Cli.FAILED;
	}

	private int show(RestoreRequest r, Cli.Args args, String key) {
		if (args.json()) {
			printJson(json(r));
		} else {
			out.println(m.get(key, r.id(), r.binding(), r.slot(), Optional.ofNullable(r.outcome()).orElse("")));
		}
		return Cli.OK;
	}

	private static Map<String, Object> json(RestoreRequest r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("binding", r.binding());
		json.put("slot", r.slot());
		json.put("application", r.application());
		json.put("data", r.data());
		json.put("damage", r.damage());
		json.put("pointInTime", r.pointInTime());
		json.put("destination", r.destination());
		json.put("requester", r.requester());
		json.put("status", r.status().name());
		json.put("approver", r.approver());
		json.put("reason", r.reason());
		json.put("backup", r.backupId());
		json.put("safetyBackup", r.safetyBackupId());
		json.put("outcome", r.outcome());
		json.put("confirmedBy", r.confirmedBy());
		json.put("created", r.created().toString());
		json.put("updated", r.updated().toString());
		return json;
	}

	private String as(Cli.Args args) {
		return args.option("as").orElseThrow(() -> new Cli.UsageException(m.get("restore.needsAs")));
	}

	private String required(Cli.Args args, String option) {
		return args.option(option).orElseThrow(() -> new Cli.UsageException(m.get("restore.needsOption", option)));
	}

	private long id(List<String> positional) {
		return Cli.id(word(positional, "cadang restore <command> <request-id>"), m);
	}

	private static String word(List<String> positional, String usage) {
		if (positional.size() != 2) {
			throw new Cli.UsageException("usage: " + usage);
		}
		return positional.get(1);
	}

	private static Path home() {
		return CadangHome.resolve(System.getProperty("cadang.home"));
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
