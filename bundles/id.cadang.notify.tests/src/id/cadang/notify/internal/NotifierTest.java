package id.cadang.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LoggerFactory;

import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.Notification;
import id.cadang.catalog.NotificationState;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskOpen;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.User;
import id.cadang.core.CadangException;
import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.TimeStandard;
import id.cadang.testing.SmtpServer;
import id.cadang.testing.TestClock;

/**
 * The notifier against a real H2 catalog and a real SMTP server (aiosmtpd) on loopback, inside OSGi, so Jakarta
 * Mail finds Angus through the bundles as it does in the product. A test clock drives the backoff.
 */
class NotifierTest {

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	private H2Catalog catalog;
	private Notifier notifier;
	private final TestClock clock = new TestClock(T0);
	private SmtpServer smtp;
	private Step persiapan;
	private Step dump;

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
		BundleContext context = FrameworkUtil.getBundle(Notifier.class).getBundleContext();
		LoggerFactory loggers = context.getService(context.getServiceReference(LoggerFactory.class));
		notifier = new Notifier(catalog, home, clock, loggers.getLogger(NotifierTest.class));
		catalog.saveUser(new User("komang", "I Komang Adi", null, "komang@bulelengkab.go.id", T0));
		catalog.saveUser(new User("sari", "Sari", null, "0812-3456-7890", T0));
		catalog.saveUser(new User("wayan", "Wayan", null, "wayan@bulelengkab.go.id", T0));
		catalog.grantRole(new RoleGrant("komang", "buleleng", "", "staf-it"));
		catalog.grantRole(new RoleGrant("sari", "buleleng", "simpeg", "staf-it"));
		catalog.grantRole(new RoleGrant("wayan", "buleleng", "sipd", "staf-it")); // another binding: not told
		catalog.grantRole(new RoleGrant("wayan", "buleleng", "", "kasi"));
		SopDocument sop = buleleng();
		persiapan = sop.getProcedures().get(0).getSteps().get(0);
		dump = sop.getProcedures().get(0).getSteps().get(1);
	}

	@AfterEach
	void close() {
		catalog.close();
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	void aTaskOpenedIsMailedToEveryHolderOfItsRoleInIndonesianThenEnglish() throws Exception {
		smtp = SmtpServer.startWithLogin("cadang", "rahasia s3kali");
		configure(smtp.port(), "smtp.user=cadang", "smtp.password=rahasia s3kali");
		TaskRecord task = openTask(persiapan);

		notifier.taskOpened(persiapan, task);

		List<Notification> stored = catalog.notifications(null, 10);
		assertEquals(List.of("sari", "komang"), stored.stream().map(Notification::user).toList(),
				"the holders of staf-it for buleleng/simpeg, not wayan who holds it for sipd");
		Notification komang = stored.get(1);
		assertEquals(NotificationState.PENDING, komang.state());
		assertEquals("komang@bulelengkab.go.id", komang.address());
		Notification sari = stored.get(0);
		assertEquals(NotificationState.LOGGED, sari.state(), "a phone number is no e-mail address");
		assertTrue(sari.lastError().contains("cadang users add sari --contact"), sari.lastError());

		assertEquals(1, notifier.deliverDue());

		List<SmtpServer.Mail> mails = smtp.messages();
		assertEquals(1, mails.size(), mails::toString);
		SmtpServer.Mail mail = mails.get(0);
		assertEquals(List.of("komang@bulelengkab.go.id"), mail.to());
		assertEquals("cadang@bulelengkab.go.id", mail.from());
		assertEquals("[Cadang] Tugas " + task.id() + ": buleleng langkah 1 menunggu Staf IT", mail.subject());
		String body = mail.body();
		int indonesian = body.indexOf("Yth. I Komang Adi,");
		int english = body.indexOf("Dear I Komang Adi,");
		assertTrue(indonesian == 0 && english > indonesian, "Indonesian first, English below:\n" + body);
		for (String line : List.of("SOP: buleleng (800/0015-12/Kominfosanti/2020), binding simpeg, run #" + task.runId(),
				"Langkah 1: Persiapan Backup", "Peran: Staf IT", "Tugas: " + task.id(),
				"Tenggat: 2026-03-02 09:15 WITA (mutu baku: 15 Menit)", "Due: 2026-03-02 09:15 WITA (time standard: 15 Menit)",
				"cadang task done " + task.id() + " --as komang")) {
			assertTrue(body.contains(line), "the mail says '" + line + "':\n" + body);
		}
		assertFalse(mail.raw().contains("rahasia"), "the password goes to AUTH only");
		Notification sent = catalog.notifications(null, 10).get(1);
		assertEquals(NotificationState.SENT, sent.state());
		assertEquals(1, sent.attempts());
		assertEquals(0, notifier.deliverDue(), "sent once");
	}

	@Test
	void aServerThatIsDownLeavesTheMailPendingAndItIsSentWithBackoffOnceTheServerIsUp() throws Exception {
		int port = SmtpServer.freePort();
		configure(port);
		long runId = catalog.startRun("buleleng", "backup", "simpeg", T0);
		long step = catalog.startStep(runId, new StepStart("backup-database", "2", "Backup Database", "database-dump",
				"Staf IT", Duration.ofMinutes(30), T0));
		catalog.finishStep(step, StepStatus.FAILED, T0, "pg_dump: database \"simpeg\" does not exist");
		StepRecord failed = catalog.steps(runId).get(0);

		notifier.stepFinished(dump, failed);
		notifier.runFinished(runId, false, "step 2 failed: pg_dump: database \"simpeg\" does not exist");
		assertEquals(0, notifier.deliverDue(), "nothing listens on " + port);

		Notification pending = mailTo("komang");
		assertEquals("STEP_FAILED", pending.kind());
		assertEquals(1, catalog.notifications(runId, 10).stream().filter(n -> n.address() != null).count(),
				"the run failing because of its step is not told twice: " + catalog.notifications(runId, 10));
		assertEquals(NotificationState.PENDING, pending.state());
		assertEquals(1, pending.attempts());
		assertTrue(pending.lastError().contains("Connection refused"), pending.lastError());
		assertEquals(T0.plus(Notifier.FIRST_RETRY), pending.nextAttemptAt(), "tried again after a minute");

		clock.advance(Duration.ofSeconds(61));
		assertEquals(0, notifier.deliverDue());
		Notification twice = mailTo("komang");
		assertEquals(2, twice.attempts());
		assertEquals(clock.instant().plus(Duration.ofMinutes(2)), twice.nextAttemptAt(), "the wait doubles");

		smtp = SmtpServer.start(port, Optional.empty(), Optional.empty());
		assertEquals(0, notifier.deliverDue(), "not due yet");
		assertEquals(List.of(), smtp.messages());
		clock.advance(Duration.ofMinutes(2));
		assertEquals(1, notifier.deliverDue());

		SmtpServer.Mail mail = smtp.messages().get(0);
		assertEquals("[Cadang] GAGAL: buleleng langkah 2 (run #" + runId + ")", mail.subject());
		assertTrue(mail.body().contains("Keterangan: pg_dump: database \"simpeg\" does not exist"), mail.body());
		assertTrue(mail.body().contains("cadang run-status " + runId), mail.body());
		Notification sent = mailTo("komang");
		assertEquals(NotificationState.SENT, sent.state());
		assertEquals(3, sent.attempts());
	}

	@Test
	void withoutSmtpEveryNoticeIsLoggedAndStoredAndATestMailSaysWhatToConfigure() {
		TaskRecord task = openTask(persiapan);
		notifier.taskOpened(persiapan, task);
		notifier.alert(task.runId(), persiapan, "step 1 answered no at all 5 checks: never appeared");

		List<Notification> stored = catalog.notifications(null, 10);
		assertEquals(4, stored.size(), stored::toString);
		assertTrue(stored.stream().allMatch(n -> n.state() == NotificationState.LOGGED), stored::toString);
		assertTrue(stored.get(0).lastError().contains("smtp.host in " + home.resolve("cadang.properties")),
				stored.get(0).lastError());
		assertNull(stored.get(0).address());
		assertEquals("ALERT", stored.get(0).kind());

		CadangException none = assertThrows(CadangException.class, () -> notifier.sendTest("komang@bulelengkab.go.id"));
		assertTrue(none.getMessage().contains("cadang.properties"), none.getMessage());
	}

	@Test
	void noOneHoldingTheRoleIsLoggedWithTheGrantCommand() throws Exception {
		configure(SmtpServer.freePort());
		Step selesai = buleleng().getProcedures().get(0).getSteps().get(2);
		selesai.getPerformers().clear();
		Role kabid = SopFactory.eINSTANCE.createRole();
		kabid.setId("kabid");
		kabid.setName("Kabid");
		((SopDocument) selesai.eContainer().eContainer()).getRoles().add(kabid);
		selesai.getPerformers().add(kabid);
		TaskRecord task = openTask(selesai);

		notifier.taskOpened(selesai, task);

		Notification nobody = catalog.notifications(null, 10).get(0);
		assertNull(nobody.user());
		assertEquals(NotificationState.LOGGED, nobody.state());
		assertTrue(nobody.lastError().contains("cadang roles grant <user> buleleng kabid"), nobody.lastError());
	}

	@Test
	void wrongSettingsAndAWrongPasswordKeepTheMailPendingWithTheReason() throws Exception {
		smtp = SmtpServer.startWithLogin("cadang", "benar");
		configure(smtp.port(), "smtp.user=cadang", "smtp.password=salah");
		notifier.taskOpened(persiapan, openTask(persiapan));
		assertEquals(0, notifier.deliverDue());
		Notification refused = mailTo("komang");
		assertEquals(NotificationState.PENDING, refused.state());
		assertTrue(refused.lastError().contains("535"), "the server's answer: " + refused.lastError());
		assertEquals(List.of(), smtp.messages());

		Files.writeString(home.resolve("cadang.properties"), "smtp.host=127.0.0.1\nsmtp.port=dua lima\n");
		CadangException wrong = assertThrows(CadangException.class, () -> notifier.sendTest("komang@bulelengkab.go.id"));
		assertTrue(wrong.getMessage().contains("smtp.port=dua lima"), wrong.getMessage());

		configure(smtp.port(), "smtp.user=cadang", "smtp.password=benar");
		assertEquals(1, notifier.retryNow(), "sent once the password is right, without waiting for the backoff");
		assertEquals(NotificationState.SENT, mailTo("komang").state());
	}

	@Test
	void aTestMailIsSentAtOnceAndABadAddressIsRefused() throws Exception {
		smtp = SmtpServer.start();
		configure(smtp.port());
		Notification test = notifier.sendTest("admin@bulelengkab.go.id");
		assertEquals(NotificationState.SENT, test.state(), () -> String.valueOf(test.lastError()));
		SmtpServer.Mail mail = smtp.messages().get(0);
		assertEquals("[Cadang] Surel uji", mail.subject());
		assertEquals(List.of("admin@bulelengkab.go.id"), mail.to());
		assertTrue(mail.body().contains("Ini surel uji dari Cadang") && mail.body().contains("This is a test mail"),
				mail.body());
		CadangException bad = assertThrows(CadangException.class, () -> notifier.sendTest("bukan-alamat"));
		assertTrue(bad.getMessage().contains("bukan-alamat"), bad.getMessage());
		assertEquals(Optional.of("127.0.0.1:" + smtp.port()), notifier.smtpServer());
	}

	@Test
	void backoffDoublesUpToAnHour() {
		assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(32),
				Duration.ofHours(1), Duration.ofHours(1)), List.of(1, 2, 3, 6, 7, 12).stream().map(Notifier::backoff).toList());
	}

	private Notification mailTo(String user) {
		return catalog.notifications(null, 100).stream().filter(n -> user.equals(n.user()) && n.address() != null)
				.findFirst().orElseThrow(() -> new AssertionError("no mail to " + user));
	}

	private void configure(int port, String... more) throws Exception {
		Files.writeString(home.resolve("cadang.properties"), String.join("\n", "# Cadang", "smtp.host=127.0.0.1",
				"smtp.port=" + port, "smtp.from=cadang@bulelengkab.go.id", String.join("\n", more), ""));
	}

	private TaskRecord openTask(Step step) {
		long runId = catalog.startRun("buleleng", "backup", "simpeg", T0);
		long record = catalog.startStep(runId, new StepStart(step.getId(), step.getNumber(), step.getActivity(), null,
				"Staf IT", Duration.ofMinutes(15), T0));
		long taskId = catalog.openTask(new TaskOpen(runId, record, step.getId(), step.getNumber(), TaskKind.TASK,
				step.getPerformers().stream().map(Role::getId).toList(), T0, T0.plus(Duration.ofMinutes(15)), null,
				Map.of(), null));
		return catalog.task(taskId).orElseThrow();
	}

	private static SopDocument buleleng() {
		SopFactory f = SopFactory.eINSTANCE;
		SopDocument sop = f.createSopDocument();
		sop.setId("buleleng");
		sop.setNumber("800/0015-12/Kominfosanti/2020");
		sop.setTimeZone("Asia/Makassar");
		for (String[] r : new String[][] { { "staf-it", "Staf IT" }, { "kasi", "Kasi" } }) {
			Role role = f.createRole();
			role.setId(r[0]);
			role.setName(r[1]);
			sop.getRoles().add(role);
		}
		Procedure backup = f.createProcedure();
		backup.setId("backup");
		sop.getProcedures().add(backup);
		String[][] steps = { { "persiapan", "1", "Persiapan Backup", "PT15M", "15 Menit" },
				{ "backup-database", "2", "Backup Database", "PT30M", "30 Menit" },
				{ "selesai", "5", "Kegiatan Backup Selesai", "PT5M", "5 Menit" } };
		for (String[] s : steps) {
			Step step = f.createStep();
			step.setId(s[0]);
			step.setNumber(s[1]);
			step.setActivity(s[2]);
			step.getPerformers().add(sop.getRoles().get(s[0].equals("selesai") ? 1 : 0));
			TimeStandard standard = f.createTimeStandard();
			standard.setDuration(s[3]);
			standard.setText(s[4]);
			step.setTimeStandard(standard);
			backup.getSteps().add(step);
		}
		return sop;
	}
}
