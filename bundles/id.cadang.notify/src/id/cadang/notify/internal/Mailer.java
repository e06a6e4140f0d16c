package id.cadang.notify.internal;

import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Sends one plain-text UTF-8 mail through an SMTP server, with Jakarta Mail and Angus Mail. */
final class Mailer {

	/** Connecting, reading and writing each give up after this long, so a silent server cannot hold a run up. */
	static final int TIMEOUT_MILLIS = 15_000;

	private static final ProviderLoader PROVIDERS = ProviderLoader.angus();

	private Mailer() {
	}

	/**
	 * @throws MessagingException when the server cannot be reached, refuses the login, the sender or the recipient
	 */
	static void send(SmtpSettings smtp, String to, String subject, String body) throws MessagingException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PROVIDERS);
		try {
			Session session = Session.getInstance(properties(smtp));
			MimeMessage message = new MimeMessage(session);
			message.setFrom(SmtpSettings.address(smtp.from(), "smtp.from"));
			message.setRecipient(Message.RecipientType.TO, SmtpSettings.address(to, "recipient"));
			message.setSubject(subject, "UTF-8");
			message.setText(body, "UTF-8");
			message.setSentDate(new Date());
			message.setHeader("Auto-Submitted", "auto-generated");
			message.saveChanges();
			try (Transport transport = session.getTransport(smtp.ssl() ? "smtps" : "smtp")) {
				transport.connect(smtp.host(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
				transport.sendMessage(message, message.getAllRecipients());
			}
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static Properties properties(SmtpSettings smtp) {
		Properties p = new Properties();
		String protocol = smtp.ssl() ? "smtps" : "smtp";
		p.setProperty("mail.transport.protocol", protocol);
		p.setProperty("mail." + protocol + ".host", smtp.host());
		p.setProperty("mail." + protocol + ".port", Integer.toString(smtp.port()));
		p.setProperty("mail." + protocol + ".auth", Boolean.toString(smtp.user().isPresent()));
		p.setProperty("mail." + protocol + ".starttls.enable", Boolean.toString(smtp.starttls()));
		p.setProperty("mail." + protocol + ".starttls.required", Boolean.toString(smtp.starttls()));
		p.setProperty("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
		p.setProperty("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
		p.setProperty("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
		p.setProperty("mail." + protocol + ".from", SmtpSettings.address(smtp.from(), "smtp.from").getAddress());
		return p;
	}
}
