package id.cadang.notify.internal;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A notice as a mail to one person: Bahasa Indonesia first, English below, with the SOP, the step, the roles, the
 * task and the command that completes it, and the due time by the step's time standard.
 */
final class MailText {

	/** The subject and the body of one mail. */
	record Mail(String subject, String body) {
	}

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
	private static final String RULE = "\n\n------------------------------------------------------------\n\n";

	private static final ResourceBundle ID = bundle(Locale.of("id"));
	private static final ResourceBundle EN = bundle(Locale.ROOT);

	private MailText() {
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("id.cadang.notify.internal.mail", locale, MailText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * @param user     the recipient's user name, for the command; null when no one holds the role
	 * @param fullName how to address the recipient
	 */
	static Mail render(Notice notice, String user, String fullName) {
		String subject = text(ID, notice.kind() + ".subject", subjectArguments(notice));
		return new Mail(subject, body(ID, notice, user, fullName) + RULE + body(EN, notice, user, fullName) + "\n");
	}

	private static Object[] subjectArguments(Notice n) {
		return new Object[] { str(n.taskId()), n.sop(), n.stepNumber(), n.roleNames(), str(n.runId()), n.binding() };
	}

	private static String body(ResourceBundle words, Notice n, String user, String fullName) {
		List<String> lines = new ArrayList<>();
		lines.add(text(words, "greeting", fullName));
		lines.add("");
		lines.add(text(words, n.kind() + ".lead"));
		if (n.kind() != Notice.Kind.TEST) {
			lines.add("");
			lines.add(text(words, "line.sop", n.sop(), n.sopNumber(), n.binding(), str(n.runId())));
			if (n.stepNumber() != null) {
				lines.add(text(words, "line.step", n.stepNumber(), n.activity()));
			}
			if (!n.roleNames().isEmpty()) {
				lines.add(text(words, "line.roles", n.roleNames()));
			}
			if (n.taskId() != null) {
				lines.add(text(words, "line.task", str(n.taskId())));
			}
			if (n.due().isPresent()) {
				lines.add(text(words, "line.due", DUE.format(n.due().get().atZone(n.zone())),
						n.standard().orElse("-")));
			} else {
				n.standard().ifPresent(s -> lines.add(text(words, "line.standard", s)));
			}
			n.returnReason().ifPresent(r -> lines.add(text(words, "line.returned", r)));
			n.detail().ifPresent(d -> lines.add(text(words, "line.detail", d)));
			lines.add("");
			if (n.kind() == Notice.Kind.TASK_OPENED) {
				lines.add(text(words, "line.command"));
				lines.add("  cadang task done " + n.taskId() + " --as " + (user == null ? text(words, "user") : user)
						+ n.answer());
			} else {
				lines.add(text(words, "line.status"));
				lines.add("  cadang run-status " + n.runId());
			}
		}
		lines.add("");
		lines.add("-- ");
		lines.add(text(words, "footer"));
		return String.join("\n", lines);
	}

	private static String text(ResourceBundle words, String key, Object... arguments) {
		return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
	}

	private static String str(Long value) {
		return value == null ? "-" : value.toString();
	}
}
