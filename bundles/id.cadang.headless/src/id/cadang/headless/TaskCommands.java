package id.cadang.headless;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Answer;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.spi.RunListener;

/** {@code cadang tasks}, {@code cadang task done <task>} and {@code cadang task return <task>}. */
final class TaskCommands {

	private static final String USAGE = "cadang task done <task> --as <user> [--field name=value ...] [--answer yes|no] "
			+ "[--note ...] | cadang task return <task> --as <user> --reason ...";

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	TaskCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int tasks(Cli.Args args) {
		args.expectPositional(0, 0, "cadang tasks [--role R] [--as U] [--sop S] [--json]");
		RunEngine engine = RunCommands.engine(services, out, m, args.json());
		Optional<String> role = args.option("role");
		Optional<String> user = args.option("as");
		List<RoleGrant> grants = user.map(u -> {
			services.get(Catalog.class).user(u).orElseThrow(() -> new id.cadang.core.CadangException(m.get("users.unknown", u)));
			return services.get(Catalog.class).roleGrants(u);
		}).orElse(List.of());
		List<TaskRecord> tasks = engine.openTasks().stream()
				.filter(t -> role.isEmpty() || t.roles().contains(role.get()))
				.filter(t -> user.isEmpty() || t.roles().stream().anyMatch(r -> grants.stream()
						.anyMatch(g -> g.covers(t.sop(), t.binding(), r))))
				.filter(t -> args.option("sop").isEmpty() || t.sop().equals(args.option("sop").get()))
				.toList();
		if (args.json()) {
			printJson(tasks.stream().map(TaskCommands::taskJson).toList());
			return Cli.OK;
		}
		if (tasks.isEmpty()) {
			out.println(m.get("tasks.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.task"), m.get("col.run"), m.get("col.sop"), m.get("col.binding"),
				m.get("col.step"), m.get("col.kind"), m.get("col.roles"), m.get("col.opened"), m.get("col.due"),
				m.get("col.activity"));
		for (TaskRecord t : tasks) {
			table.row(t.id(), t.runId(), t.sop(), t.binding(), t.stepNumber(), m.get("taskKind." + t.kind().name()),
					String.join(", ", t.roles()), Cli.local(t.openedAt()), Cli.local(t.dueAt()), t.activity());
		}
		table.print(out);
		tasks.stream().filter(t -> t.returnReason() != null)
				.forEach(t -> out.println(m.get("tasks.returned", t.id(), t.returnReason())));
		return Cli.OK;
	}

	int task(Cli.Args args) {
		List<String> positional = args.expectPositional(2, 2, USAGE);
		long taskId = Cli.id(positional.get(1), m);
		String user = args.option("as").orElseThrow(() -> new Cli.UsageException(m.get("task.needsAs")));
		RunEngine engine = RunCommands.engine(services, out, m, args.json());
		RunListener listener = args.json() ? RunListener.NONE : new PrintingListener(out, m);
		RunOutcome outcome = switch (positional.get(0)) {
			case "done" -> engine.completeTask(taskId, user, fields(args.fields()), answer(args.option("answer")),
					args.option("note").orElse(null), listener);
			case "return" -> engine.returnTask(taskId, user,
					args.option("reason").orElseThrow(() -> new Cli.UsageException(m.get("task.needsReason"))), listener);
			default -> throw new Cli.UsageException("usage: " + USAGE);
		};
		if (args.json()) {
			Map<String, Object> json = RunCommands.runJson(outcome.run());
			json.put("tasks", outcome.tasks().stream().map(TaskCommands::taskJson).toList());
			json.put("steps", outcome.steps().stream().map(RunCommands::stepJson).toList());
			printJson(json);
		}
		if (outcome.failed()) {
			err.println("cadang: " + m.get("run.failed", outcome.run().id(), outcome.run().error()));
			return Cli.FAILED;
		}
		return Cli.OK;
	}

	private Map<String, String> fields(List<String> given) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : given) {
			int eq = field.indexOf('=');
			if (eq <= 0) {
				throw new Cli.UsageException(m.get("task.badField", field));
			}
			fields.put(field.substring(0, eq).strip(), field.substring(eq + 1));
		}
		return fields;
	}

	private Optional<Answer> answer(Optional<String> given) {
		return given.map(a -> switch (a.toLowerCase(Locale.ROOT)) {
			case "yes", "ya", "y" -> Answer.YES;
			case "no", "tidak", "n" -> Answer.NO;
			default -> throw new Cli.UsageException(m.get("task.badAnswer", a));
		});
	}

	/** What a person needs to complete a task: its id, who may do it, and the command. */
	static String hint(TaskRecord t, Messages m) {
		String extra = switch (t.kind()) {
			case DECISION -> " --answer ya|tidak";
			case FORM -> " --field <nama>=<nilai> ...";
			default -> "";
		};
		return m.get("task.hint", t.id(), t.stepNumber(), String.join(", ", t.roles()), t.id(), extra)
				+ (t.returnReason() == null ? "" : "\n" + m.get("tasks.returned", t.id(), t.returnReason()));
	}

	static Map<String, Object> taskJson(TaskRecord t) {
		return Cli.map("id", t.id(), "run", t.runId(), "sop", t.sop(), "binding", t.binding(), "step", t.stepNumber(),
				"stepId", t.stepId(), "activity", t.activity(), "kind", t.kind().name(), "roles", t.roles(), "status",
				t.status().name(), "opened", RunCommands.str(t.openedAt()), "due", RunCommands.str(t.dueAt()), "done",
				RunCommands.str(t.doneAt()), "doneBy", t.doneBy(), "answer", t.answer() == null ? null : t.answer().name(),
				"note", t.note(), "form", t.formId(), "formData", t.formData(), "returnReason", t.returnReason());
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
