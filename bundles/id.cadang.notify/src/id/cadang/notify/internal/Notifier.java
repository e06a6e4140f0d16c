package id.cadang.notify.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.Notification;
import id.cadang.catalog.NotificationOpen;
import id.cadang.catalog.NotificationState;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunSnapshot;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.User;
import id.cadang.core.CadangException;
import id.cadang.core.spi.RunListener;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.TimeStandard;
import id.cadang.model.io.SopResources;
import id.cadang.notify.Notifications;
import id.cadang.notify.Secrets;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/**
 * Hears every run this process takes on (a {@link RunListener} on the engine's whiteboard) and tells the people
 * holding the step's role for the run's SOP and binding: a log line and a stored notification always, a mail when
 * an SMTP server is configured. Mails go out from a background thread so a run never waits for a mail server; one
 * that cannot be sent stays PENDING and is tried again with doubling backoff, by this process every
 * {@link #EVERY} while it runs and by the next process that starts. When the process ends, mails already due are
 * given up to {@link #DRAIN} to go out. It starts with the run engine (or the first command that lists
 * notifications), never in a process that does not touch runs.
 */
@Component(service = { RunListener.class, Notifications.class })
public final class Notifier implements RunListener, Notifications {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);
	static final Duration LONGEST_RETRY = Duration.ofHours(1);
	/** After this many failed attempts a notification is FAILED for good (about 7 hours of retries). */
	static final int MAX_ATTEMPTS = 12;
	/** How long a process holds a notification it is mailing before another may take it. */
	static final Duration CLAIM = Duration.ofMinutes(2);
	static final Duration EVERY = Duration.ofSeconds(30);
	static final Duration DRAIN = Duration.ofSeconds(20);

	@Reference
	private Catalog catalog;

	/**
	 * Equinox writes the Eclipse log, {@code $CADANG_HOME/runtime/<product>/*.log}, with the entries of this logger
	 * name at every level, but those of any other logger only when they are errors: a notice is no error, and the
	 * admin must find it there.
	 */
	static final String ECLIPSE_LOG = "org.eclipse.equinox.logger";

	@Reference
	private LoggerFactory loggers;

	private Logger logger;

	/** Secure storage, when a bundle provides it; otherwise the configuration file (see {@link ConfigSecrets}). */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile Secrets secrets;

	private Path home;
	private Clock clock;
	private ScheduledExecutorService delivery;

	/** For Declarative Services. */
	public Notifier() {
	}

	/** For tests: nothing is mailed in the background, only by {@link #deliverDue()} and {@link #sendTest}. */
	Notifier(Catalog catalog, Path home, Clock clock, Logger logger) {
		this.catalog = catalog;
		this.home = home;
		this.clock = clock;
		this.logger = logger;
	}

	@Activate
	void activate(BundleContext context) {
		home = CadangHome.resolve(context.getProperty("cadang.home"));
		logger = loggers.getLogger(ECLIPSE_LOG);
		clock = Clock.systemUTC();
		delivery = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "cadang-notify");
			thread.setDaemon(true);
			return thread;
		});
		delivery.scheduleWithFixedDelay(this::deliverQuietly, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
	}

	@Deactivate
	void deactivate() {
		delivery.shutdown(); // mails already asked for still go out, the periodic pass stops
		try {
			if (!delivery.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
				logger.warn("mail delivery did not finish within {}; what is left stays PENDING and is sent by the next "
						+ "Cadang process", DRAIN);
				delivery.shutdownNow();
			}
		} catch (InterruptedException e) {
			delivery.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	// --- what the engine tells

	@Override
	public void taskOpened(Step step, TaskRecord task) {
		String answer = task.kind() == TaskKind.DECISION ? " --answer ya|tidak"
				: task.kind() == TaskKind.FORM ? " --field <nama>=<nilai> ..." : "";
		tell(new Notice(Notice.Kind.TASK_OPENED, task.runId(), task.id(), task.sop(), sopNumber(step), task.binding(),
				task.stepNumber(), step.getActivity(), task.roles(), names(step), task.due(), standard(step), zone(step),
				Optional.empty(), answer, Optional.ofNullable(task.returnReason())));
	}

	@Override
	public void stepFinished(Step step, StepRecord record) {
		if (record.status() == StepStatus.FAILED) {
			aboutStep(Notice.Kind.STEP_FAILED, record.runId(), step, record.message());
		}
	}

	@Override
	public void alert(long runId, Step step, String text) {
		aboutStep(Notice.Kind.ALERT, runId, step, text);
	}

	private void aboutStep(Notice.Kind kind, long runId, Step step, String detail) {
		RunRecord run = catalog.run(runId).orElseThrow();
		tell(new Notice(kind, runId, null, run.sop(), sopNumber(step), run.binding(), step.getNumber(),
				step.getActivity(), ids(step), names(step), Optional.empty(), standard(step), zone(step),
				Optional.ofNullable(detail), "", Optional.empty()));
	}

	@Override
	public void runFinished(long runId, boolean succeeded, String error) {
		if (succeeded || catalog.notifications(runId, 1000).stream()
				.anyMatch(n -> n.kind().equals(Notice.Kind.STEP_FAILED.name()) || n.kind().equals(Notice.Kind.ALERT.name()))) {
			return; // the failed step or the alert already told them why
		}
		RunRecord run = catalog.run(runId).orElseThrow();
		Optional<SopDocument> sop = snapshot(runId);
		Optional<Step> step = sop.flatMap(d -> run.current().flatMap(id -> d.getProcedures().stream()
				.flatMap(p -> p.getSteps().stream()).filter(s -> s.getId().equals(id)).findFirst()));
		List<String> roles = step.map(Notifier::ids).orElseGet(() -> sop.map(d -> d.getRoles().stream().map(Role::getId)
				.toList()).orElse(List.of()));
		tell(new Notice(Notice.Kind.RUN_FAILED, runId, null, run.sop(), sop.map(SopDocument::getNumber).orElse("-"),
				run.binding(), step.map(Step::getNumber).orElse(null), step.map(Step::getActivity).orElse(null), roles,
				step.map(Notifier::names).orElse(""), Optional.empty(), step.flatMap(Notifier::standard),
				step.map(Notifier::zone).orElse(ZoneId.of("Asia/Jakarta")), Optional.ofNullable(error), "",
				Optional.empty()));
	}

	@Override
	public void deviation(long runId, long stepRecordId, List<String> roles, String text) {
		RunRecord run = catalog.run(runId).orElseThrow();
		Optional<StepRecord> record = catalog.steps(runId).stream().filter(s -> s.id() == stepRecordId).findFirst();
		Optional<SopDocument> sop = snapshot(runId);
		tell(new Notice(Notice.Kind.DEVIATION, runId, null, run.sop(), sop.map(SopDocument::getNumber).orElse("-"),
				run.binding(), record.map(StepRecord::number).orElse(null), record.map(StepRecord::activity).orElse(null),
				roles, record.map(StepRecord::roles).orElse(String.join(", ", roles)), Optional.empty(),
				Optional.empty(), ZoneId.of(sop.map(SopDocument::getTimeZone).orElse("Asia/Jakarta")),
				Optional.of(text), "", Optional.empty()));
	}

	// --- telling people

	/** Stores and logs the notice for every holder of its roles, and mails it to those with an address. */
	void tell(Notice notice) {
		Instant now = now();
		Set<String> users = new LinkedHashSet<>();
		for (RoleGrant grant : catalog.roleGrants(null)) {
			if (notice.roles().stream().anyMatch(role -> grant.covers(notice.sop(), notice.binding(), role))) {
				users.add(grant.user());
			}
		}
		String noMail = null;
		try {
			if (settings().isEmpty()) {
				noMail = "no SMTP server is configured (smtp.host in " + SmtpSettings.file(home) + ")";
			}
		} catch (CadangException wrong) {
			// configured but wrong: kept PENDING, so it goes out once the settings are fixed
		}
		boolean mailing = false;
		if (users.isEmpty()) {
			MailText.Mail mail = MailText.render(notice, null, notice.roleNames());
			store(notice, now, null, null, mail, NotificationState.LOGGED, "no one holds the role(s) "
					+ String.join(", ", notice.roles()) + " of SOP " + notice.sop() + " (binding " + notice.binding()
					+ "): grant one with: cadang roles grant <user> " + notice.sop() + " "
					+ (notice.roles().isEmpty() ? "<role>" : notice.roles().get(0)));
		}
		for (String name : users) {
			Optional<User> user = catalog.user(name);
			String fullName = user.map(User::fullName).filter(f -> !f.isBlank()).orElse(name);
			Optional<String> address = user.map(User::contact).flatMap(Notifier::email);
			MailText.Mail mail = MailText.render(notice, name, fullName);
			if (noMail != null) {
				store(notice, now, name, address.orElse(null), mail, NotificationState.LOGGED, noMail);
			} else if (address.isEmpty()) {
				store(notice, now, name, null, mail, NotificationState.LOGGED, "user " + name
						+ " has no e-mail address: add one with: cadang users add " + name + " --contact name@example.go.id");
			} else {
				store(notice, now, name, address.get(), mail, NotificationState.PENDING, null);
				mailing = true;
			}
		}
		if (mailing) {
			kick();
		}
	}

	private long store(Notice n, Instant now, String user, String address, MailText.Mail mail, NotificationState state,
			String reason) {
		long id = catalog.addNotification(new NotificationOpen(now, n.kind().name(), n.runId(), n.taskId(), n.sop(),
				n.binding(), n.stepNumber(), n.roles(), user, state == NotificationState.PENDING ? address : null,
				mail.subject(), mail.body(), state, reason));
		logger.audit("notification {} {} for {} ({}): {}{} - {}", id, n.kind(), user == null ? "nobody" : user,
				String.join(", ", n.roles()), state, reason == null ? "" : " (" + reason + ")", mail.subject());
		return id;
	}

	// --- mailing

	/** Mails what is due in the background, now. */
	private void kick() {
		if (delivery != null) {
			try {
				delivery.execute(this::deliverQuietly);
			} catch (RejectedExecutionException shuttingDown) {
				// the next process mails it
			}
		}
	}

	private void deliverQuietly() {
		try {
			deliverDue();
		} catch (RuntimeException e) {
			logger.warn("cannot mail the notifications due: {}", e.toString());
		}
	}

	@Override
	public int deliverDue() {
		Instant now = now();
		List<Notification> due = catalog.dueNotifications(now, 100);
		if (due.isEmpty()) {
			return 0;
		}
		Optional<SmtpSettings> smtp;
		String problem;
		try {
			smtp = settings();
			problem = smtp.isEmpty() ? "no SMTP server is configured any more (smtp.host in " + SmtpSettings.file(home)
					+ ")" : null;
		} catch (CadangException wrong) {
			smtp = Optional.empty();
			problem = wrong.getMessage();
		}
		int sent = 0;
		for (Notification n : due) {
			if (catalog.claimNotification(n.id(), now, now.plus(CLAIM))) {
				sent += deliver(n, smtp, problem) ? 1 : 0;
			}
		}
		return sent;
	}

	/** Mails a claimed notification; records it SENT, or failed with the reason and when it is tried again. */
	private boolean deliver(Notification n, Optional<SmtpSettings> smtp, String problem) {
		String why;
		boolean permanent = false;
		if (smtp.isEmpty()) {
			why = problem;
		} else {
			try {
				Mailer.send(smtp.get(), n.address(), n.subject(), n.body());
				catalog.notificationSent(n.id(), now());
				logger.audit("notification {} mailed to {} <{}> through {}", n.id(), n.user(), n.address(), smtp.get());
				return true;
			} catch (MessagingException | RuntimeException e) {
				why = describe(e);
				permanent = e instanceof SendFailedException refused && refused.getInvalidAddresses() != null
						&& refused.getInvalidAddresses().length > 0;
			}
		}
		int attempt = n.attempts() + 1;
		Instant next = permanent || attempt >= MAX_ATTEMPTS ? null : now().plus(backoff(attempt));
		catalog.notificationFailed(n.id(), why, next);
		logger.warn("notification {} to {} <{}> not sent (attempt {}): {}; {}", n.id(), n.user(), n.address(), attempt,
				why, next == null ? "given up" : "tried again at " + next);
		return false;
	}

	/** The wait after failed attempt {@code attempt}: 1 minute, doubled each time, at most an hour. */
	static Duration backoff(int attempt) {
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
	}

	/** The exception and its causes in one line, e.g. "Couldn't connect to host ...: Connection refused". */
	static String describe(Throwable e) {
		List<String> parts = new ArrayList<>();
		for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
			String text = (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
					.replaceAll("\\s+", " ").strip();
			if (parts.stream().noneMatch(p -> p.contains(text))) {
				parts.add(text);
			}
		}
		return String.join(": ", parts);
	}

	@Override
	public int retryNow() {
		return onDeliveryThread(() -> {
			catalog.retryNotifications(now());
			return deliverDue();
		});
	}

	/**
	 * Runs {@code work} on the delivery thread, after what it is doing, so this process never tries one mail twice
	 * at once; in tests, where there is no such thread, here.
	 */
	private <T> T onDeliveryThread(Callable<T> work) {
		try {
			if (delivery == null) {
				return work.call();
			}
			return delivery.submit(work).get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CadangException("mail delivery failed: " + describe(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CadangException("interrupted while mailing");
		} catch (RejectedExecutionException e) {
			throw new CadangException("Cadang is shutting down: try again");
		} catch (Exception e) {
			throw new CadangException("mail delivery failed: " + describe(e));
		}
	}

	@Override
	public Notification sendTest(String address) {
		SmtpSettings smtp = settings().orElseThrow(() -> new CadangException("no SMTP server is configured: set "
				+ "smtp.host, smtp.port, smtp.from (and smtp.user, smtp.password, smtp.starttls when the server needs "
				+ "them) in " + SmtpSettings.file(home)));
		String to = SmtpSettings.address(address, "--to").getAddress();
		Instant now = now();
		Notice notice = new Notice(Notice.Kind.TEST, null, null, null, null, null, null, null, List.of(), "",
				Optional.empty(), Optional.empty(), ZoneId.of("Asia/Jakarta"), Optional.empty(), "", Optional.empty());
		MailText.Mail mail = MailText.render(notice, null, to);
		long id = catalog.addNotification(new NotificationOpen(now, notice.kind().name(), null, null, null, null, null,
				List.of(), null, to, mail.subject(), mail.body(), NotificationState.PENDING, null));
		logger.audit("notification {} TEST to <{}> through {}", id, to, smtp);
		return onDeliveryThread(() -> {
			if (catalog.claimNotification(id, now, now.plus(CLAIM))) {
				deliver(notification(id), Optional.of(smtp), null);
			}
			return notification(id);
		});
	}

	private Notification notification(long id) {
		return catalog.notifications(null, 1000).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
	}

	@Override
	public List<Notification> list(Long runId, int limit) {
		return catalog.notifications(runId, limit);
	}

	@Override
	public Optional<String> smtpServer() {
		return settings().map(SmtpSettings::toString);
	}

	/** The clock to the millisecond, as the catalog keeps it: a claim compares it with what was stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private Optional<SmtpSettings> settings() {
		Secrets stored = secrets;
		return SmtpSettings.load(home, stored != null ? stored : new ConfigSecrets(home));
	}

	// --- reading the SOP

	/** The e-mail address in a user's contact, which may also be a phone number. */
	static Optional<String> email(String contact) {
		if (contact == null || !contact.contains("@")) {
			return Optional.empty();
		}
		try {
			return Optional.of(SmtpSettings.address(contact.strip(), "contact").getAddress());
		} catch (CadangException notAnAddress) {
			return Optional.empty();
		}
	}

	private Optional<SopDocument> snapshot(long runId) {
		try {
			return catalog.runSnapshot(runId).map(RunSnapshot::xmi)
					.map(xmi -> SopResources.load(new ByteArrayInputStream(xmi), "snapshot of run " + runId));
		} catch (RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static Optional<SopDocument> document(Step step) {
		EObject root = EcoreUtil.getRootContainer(step);
		return root instanceof SopDocument sop ? Optional.of(sop) : Optional.empty();
	}

	private static String sopNumber(Step step) {
		return document(step).map(SopDocument::getNumber).orElse("-");
	}

	private static ZoneId zone(Step step) {
		try {
			return ZoneId.of(document(step).map(SopDocument::getTimeZone).orElse("Asia/Jakarta"));
		} catch (RuntimeException e) {
			return ZoneId.of("Asia/Jakarta");
		}
	}

	private static List<String> ids(Step step) {
		return step.getPerformers().stream().map(Role::getId).toList();
	}

	private static String names(Step step) {
		return step.getPerformers().stream().map(Role::getName).collect(Collectors.joining(", "));
	}

	private static Optional<String> standard(Step step) {
		TimeStandard standard = step.getTimeStandard();
		if (standard == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(standard.getText()).or(() -> Optional.ofNullable(standard.getDuration()))
				.or(() -> Optional.ofNullable(standard.getFrequency())).filter(s -> !s.isBlank());
	}
}
