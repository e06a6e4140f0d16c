package id.cadang.headless;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.Notification;
import id.cadang.catalog.NotificationState;
import id.cadang.core.CadangException;
import id.cadang.notify.Notifications;

/**
 * {@code cadang notifications [--run N]}: what was told to whom and whether it was mailed;
 * {@code cadang notifications test --to <address>} sends a test mail; {@code cadang notifications retry} mails the
 * pending and failed ones now.
 */
final class NotifyCommands {

	private static final String USAGE = "cadang notifications [--run N] [--json] | cadang notifications test --to <address> "
			+ "| cadang notifications retry";
	private static final int LIMIT = 200;

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Messages m;

	NotifyCommands(Services services, PrintStream out, PrintStream err, Messages messages) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.m = messages;
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(0, 1, USAGE);
		Notifications notifications = services.get(Notifications.class);
		if (positional.isEmpty()) {
			return list(notifications, args);
		}
		return switch (positional.get(0)) {
			case "test" -> test(notifications, args);
			case "retry" -> retry(notifications, args);
			default -> throw new Cli.UsageException("usage: " + USAGE);
		};
	}

	private int list(Notifications notifications, Cli.Args args) {
		Long runId = args.option("run").map(r -> Cli.id(r, m)).orElse(null);
		List<Notification> list = notifications.list(runId, LIMIT);
		if (args.json()) {
			printJson(list.stream().map(NotifyCommands::json).toList());
			return Cli.OK;
		}
		out.println(smtpLine(notifications));
		if (list.isEmpty()) {
			out.println(m.get("notify.none"));
			return Cli.OK;
		}
		Table table = new Table(m.get("col.id"), m.get("col.notifyCreated"), m.get("col.kind"), m.get("col.notifyFor"),
				m.get("col.run"), m.get("col.task"), m.get("col.status"), m.get("col.notifySubject"));
		for (Notification n : list) {
			table.row(n.id(), Cli.local(n.created()), m.get("notifyKind." + n.kind()),
					(n.user() == null ? "-" : n.user()) + (n.address() == null ? "" : " <" + n.address() + ">"),
					n.runId(), n.taskId(), m.get("notifyState." + n.state().name())
							+ (n.attempts() > 1 || n.state() == NotificationState.PENDING && n.attempts() > 0
									? " (" + n.attempts() + "x)" : ""),
					n.subject());
		}
		table.print(out);
		for (Notification n : list) {
			if (n.lastError() != null && n.state() != NotificationState.SENT) {
				out.println(m.get("notify.reason", n.id(), n.lastError())
						+ (n.state() == NotificationState.PENDING && n.nextAttemptAt() != null
								? "; " + m.get("notify.next", Cli.local(n.nextAttemptAt())) : ""));
			}
		}
		return Cli.OK;
	}

	private String smtpLine(Notifications notifications) {
		try {
			Optional<String> server = notifications.smtpServer();
			return server.map(s -> m.get("notify.smtp", s)).orElseGet(() -> m.get("notify.noSmtp"));
		} catch (CadangException wrong) {
			return m.get("notify.badSmtp", wrong.getMessage());
		}
	}

	private int test(Notifications notifications, Cli.Args args) {
		String to = args.option("to").orElseThrow(() -> new Cli.UsageException(m.get("notify.needsTo")));
		Notification sent = notifications.sendTest(to);
		if (args.json()) {
			printJson(json(sent));
		}
		if (sent.state() != NotificationState.SENT) {
			err.println("cadang: " + m.get("notify.testFailed", to, sent.lastError()));
			return Cli.FAILED;
		}
		if (!args.json()) {
			out.println(m.get("notify.testSent", to, notifications.smtpServer().orElse("-")));
		}
		return Cli.OK;
	}

	private int retry(Notifications notifications, Cli.Args args) {
		int sent = notifications.retryNow();
		long left = notifications.list(null, LIMIT).stream().filter(n -> n.state() == NotificationState.PENDING)
				.count();
		if (args.json()) {
			printJson(Cli.map("sent", sent, "pending", left));
		} else {
			out.println(m.get("notify.retried", sent, left));
		}
		return left == 0 ? Cli.OK : Cli.FAILED;
	}

	static Map<String, Object> json(Notification n) {
		return Cli.map("id", n.id(), "created", RunCommands.str(n.created()), "kind", n.kind(), "run", n.runId(), "task",
				n.taskId(), "sop", n.sop(), "binding", n.binding(), "step", n.stepNumber(), "roles", n.roles(), "user",
				n.user(), "address", n.address(), "state", n.state().name(), "attempts", n.attempts(), "nextAttempt",
				RunCommands.str(n.nextAttemptAt()), "error", n.lastError(), "sent", RunCommands.str(n.sentAt()),
				"subject", n.subject(), "body", n.body());
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
