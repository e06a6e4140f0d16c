package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Answer;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Binding;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.User;
import id.cadang.core.CadangException;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.model.io.SopResources;
import id.cadang.testing.TestClock;

/**
 * The seed SOPs as signed (IAIN Pontianak, Lumajang), run by the engine against a real H2 catalog and real folders,
 * with a test clock: people complete and send back tasks, checks answer no and then yes, processes die and others
 * take over.
 */
class SopRunsTest {

	/** Thrown by a test action to stop a run the way a killed process stops: nothing after it is written. */
	static final class Killed extends Error {
		private static final long serialVersionUID = 1L;
	}

	@TempDir
	Path home;

	private H2Catalog catalog;
	private final TestSops sops = new TestSops();
	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T01:00:00Z"));
	private DefaultRunEngine engine;
	private final Map<String, StepAction> actions = new LinkedHashMap<>();

	@BeforeEach
	void open() throws Exception {
		catalog = H2Catalog.open(home);
		engine = newEngine();
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	/** A fresh engine on the same catalog: what the next process start would build. */
	private DefaultRunEngine newEngine() {
		DefaultRunEngine created = new DefaultRunEngine(catalog, sops, home, clock, clock::advance);
		actions.forEach((type, action) -> created.addAction(action, Map.of(StepAction.TYPE, type)));
		return created;
	}

	/** A test action of {@code type}, declaring itself safe to repeat as the real action of that type does. */
	private void action(String type, RunEngineTest.Body body) {
		action(type, REPEATABLE.contains(type), body);
	}

	/** The real actions that say an interrupted step may run again (id.cadang.dump's dump, archive and checks). */
	private static final java.util.Set<String> REPEATABLE = java.util.Set.of("database-dump", "folder-archive",
			"verify-exists", "verify-integrity");

	private void action(String type, boolean repeatable, RunEngineTest.Body body) {
		StepAction action = new StepAction() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public StepResult execute(StepContext context) throws Exception {
				return body.run(context);
			}

			@Override
			public boolean repeatable() {
				return repeatable;
			}
		};
		actions.put(type, action);
		engine.addAction(action, Map.of(StepAction.TYPE, type));
	}

	private void seed(String id) {
		Path file = Path.of("..", "id.cadang.sop." + id, "sop", id + ".sop").toAbsolutePath().normalize();
		try {
			sops.add(SopResources.load(file.toUri().toURL()));
		} catch (java.net.MalformedURLException e) {
			throw new IllegalStateException(e);
		}
	}

	private void person(String name, String sop, String... roles) {
		catalog.saveUser(new User(name, null, null, null, Instant.now()));
		for (String role : roles) {
			catalog.grantRole(new RoleGrant(name, sop, "", role));
		}
	}

	private static TaskRecord task(RunOutcome outcome) {
		assertEquals(RunStatus.WAITING, outcome.run().status(), outcome::toString);
		return outcome.openTasks().get(0);
	}

	private RunOutcome done(RunOutcome outcome, String user) {
		return engine.completeTask(task(outcome).id(), user, Map.of(), Optional.empty(), null, RunListener.NONE);
	}

	private RunOutcome answer(RunOutcome outcome, String user, Answer answer) {
		return engine.completeTask(task(outcome).id(), user, Map.of(), Optional.of(answer), null, RunListener.NONE);
	}

	private static List<String> numbers(RunOutcome outcome) {
		return outcome.steps().stream().map(StepRecord::number).toList();
	}

	@Test
	void iainPontianakMediaMissingThenThereChecklistSentBackOnceMinutesDone() throws Exception {
		seed("iainptk");
		Path media = Files.createDirectories(home.resolve("media"));
		Path data = Files.createDirectories(home.resolve("srv/siakad"));
		catalog.saveBinding(new Binding("siakad", "iainptk", Map.of("data", data.toString(), "media", media.toString()),
				Instant.now()));
		person("kepala", "iainptk", "kepala-ptid");
		person("petugas", "iainptk", "petugas");
		person("umum", "iainptk", "kasubbag-umum");
		action("folder-archive", ctx -> {
			assertEquals(data.toString(), ctx.slotValueOf("source"));
			Path copied = Files.writeString(Path.of(ctx.slotValueOf("target")).resolve("siakad.dump"), "data");
			return StepResult.succeeded("copied to " + copied);
		});

		RunOutcome run = engine.run(new RunRequest("iainptk", Optional.empty(), Optional.of("siakad")), RunListener.NONE);
		assertEquals(Duration.ofDays(1), Duration.between(task(run).openedAt(), task(run).dueAt()), "1 (Satu) Hari");
		run = done(run, "kepala");
		TaskRecord checklist = task(run);
		assertEquals(TaskKind.FORM, checklist.kind());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("tanggal", "2026-03-02");
		form.put("server", "siakad");
		form.put("data", "SIAKAD");
		form.put("jenis", "backup eksternal");
		form.put("media", "Hardisk eksternal");
		form.put("tersalin", "ya");
		form.put("petugas", "Petugas");
		form.put("dikoreksi", "Kepala PTID");
		run = engine.completeTask(checklist.id(), "petugas", form, Optional.empty(), null, RunListener.NONE);
		long correction = task(run).id();
		CadangException notHers = assertThrows(CadangException.class,
				() -> engine.returnTask(correction, "umum", "salah", RunListener.NONE));
		assertTrue(notHers.getMessage().contains("Kepala PTID"), notHers.getMessage());
		run = engine.returnTask(task(run).id(), "kepala", "Tanggal salah", RunListener.NONE);
		TaskRecord again = task(run);
		assertEquals("2", again.stepNumber());
		assertEquals("Tanggal salah", again.returnReason());
		assertEquals("Backup eksternal", again.formData().get("jenis"), "the choice as the SOP writes it, carried on");
		run = engine.completeTask(again.id(), "petugas", Map.of("tanggal", "2026-03-03"), Optional.empty(), null,
				RunListener.NONE);
		run = done(run, "kepala");
		run = answer(run, "petugas", Answer.NO);
		run = done(run, "petugas");
		run = done(run, "umum");
		assertEquals(List.of(), List.of(media.toFile().list()), "nothing copied while there was no media");
		run = answer(run, "petugas", Answer.YES);
		assertTrue(Files.isRegularFile(media.resolve("siakad.dump")), "copied once the media is there");
		assertEquals("8", task(run).stepNumber());
		run = engine.completeTask(task(run).id(), "petugas", Map.of("catatan", "selesai"), Optional.empty(), null,
				RunListener.NONE);
		clock.advance(Duration.ofHours(30));
		run = done(run, "petugas");
		assertTrue(run.steps().stream().filter(s -> s.number().equals("9")).findFirst().orElseThrow().deviation()
				.contains("Petugas Backup Data"), "the minutes took 30 h against 1 day: a deviation naming the role");
		run = done(run, "kepala");
		run = done(run, "petugas");

		assertEquals(RunStatus.SUCCEEDED, run.run().status(), run::toString);
		assertEquals(List.of("1", "2", "3", "2", "3", "4", "5", "6", "4", "7", "8", "9", "10", "11"), numbers(run));
		assertEquals(StepStatus.RETURNED, run.steps().get(2).status());
		assertEquals("kepala", run.steps().get(2).actor());
		assertEquals(List.of(), catalog.verifyAuditTrail());
		List<String> events = catalog.auditTrail("run:" + run.run().id()).stream().map(e -> e.action()).toList();
		assertTrue(events.containsAll(List.of("run.started", "task.opened", "task.done", "task.returned", "form.saved",
				"step.started", "step.finished", "deviation", "run.finished")), events::toString);
	}

	@Test
	void lumajangDumpMissingAtTheFirstCheckThereAtTheSecond() throws Exception {
		seed("lumajang");
		Path nas = Files.createDirectories(home.resolve("nas"));
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				nas.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		action("database-dump", ctx -> StepResult.succeeded("dump started"));
		List<Instant> checks = new ArrayList<>();
		action("verify-exists", ctx -> {
			checks.add(clock.instant());
			boolean there = Files.exists(nas.resolve("sipd.dump.zst"));
			return new StepResult(there ? StepResult.Outcome.YES : StepResult.Outcome.NO, there ? "found" : "missing");
		});
		action("copy-to-target", ctx -> StepResult.succeeded("copied"));

		RunOutcome run = done(engine.run(RunRequest.of("lumajang"), RunListener.NONE), "admin");
		assertEquals("3", task(run).stepNumber());
		run = done(run, "admin");
		assertEquals("3", task(run).stepNumber(), "missing: check the NAS again");
		Files.writeString(nas.resolve("sipd.dump.zst"), "dump");
		run = done(run, "admin");
		assertEquals(Duration.ofMinutes(1), Duration.between(checks.get(0), checks.get(1)), "backoff between checks");
		run = done(done(run, "admin"), "admin");
		assertEquals(RunStatus.SUCCEEDED, run.run().status());
		assertEquals(List.of("1", "2", "3", "5", "3", "5", "6", "7", "8"), numbers(run));
	}

	@Test
	void lumajangDumpThatNeverAppearsFailsWithAnAlert() {
		seed("lumajang");
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				home.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		action("database-dump", ctx -> StepResult.succeeded("dump started"));
		action("verify-exists", ctx -> new StepResult(StepResult.Outcome.NO, "no dump file"));

		RunOutcome run = done(engine.run(RunRequest.of("lumajang"), RunListener.NONE), "admin");
		while (run.waiting()) {
			run = done(run, "admin");
		}
		assertEquals(RunStatus.FAILED, run.run().status());
		assertTrue(run.run().error().contains("never appeared"), run.run().error());
		assertEquals(5, run.steps().stream().filter(s -> s.number().equals("5")).count(), "five checks, then the alert");
		assertTrue(catalog.auditTrail("run:" + run.run().id()).stream().anyMatch(e -> e.action().equals("run.alert")));
	}

	@Test
	void aRunWaitingOnATaskSurvivesTheRuntimeAndAnSopUpgrade() {
		seed("lumajang");
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				home.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		RunOutcome waiting = engine.run(RunRequest.of("lumajang"), RunListener.NONE);
		long taskId = task(waiting).id();

		engine = newEngine(); // the runtime was stopped and started again
		sops.remove("lumajang"); // and the plug-in removed meanwhile
		assertEquals(List.of(), engine.resumeAbandoned(RunListener.NONE), "a waiting run is nobody's to resume");
		CadangException removed = assertThrows(CadangException.class,
				() -> engine.run(RunRequest.of("lumajang"), RunListener.NONE));
		assertTrue(removed.getMessage().contains("lumajang"), removed.getMessage());
		action("database-dump", ctx -> StepResult.succeeded("dumped"));
		RunOutcome on = engine.completeTask(taskId, "admin", Map.of(), Optional.empty(), null, RunListener.NONE);
		assertEquals(List.of("1", "2", "3"), numbers(on), "it goes on from its snapshot");
		assertEquals(RunStatus.WAITING, on.run().status());
	}

	@Test
	void anAutomatedStepCutByADeadProcessRunsAgainOnlyWhenRepeatable() {
		seed("lumajang");
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				home.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		action("database-dump", ctx -> {
			ctx.catalog().startBackup(new BackupStart(ctx.runId(), "lumajang", "sipd", "db", "postgresql", "x",
					home.resolve("a.zst").toString(), clock.instant()));
			throw new Killed();
		});
		RunOutcome waiting = engine.run(RunRequest.of("lumajang"), RunListener.NONE);
		long runId = waiting.run().id();
		assertThrows(Killed.class, () -> done(waiting, "admin"));
		assertEquals(RunStatus.RUNNING, catalog.run(runId).orElseThrow().status());

		engine = newEngine();
		assertEquals(List.of(), engine.resumeAbandoned(RunListener.NONE), "the lease has not run out yet");
		CadangException taken = assertThrows(CadangException.class, () -> engine.advance(runId, RunListener.NONE));
		assertTrue(taken.getMessage().contains("is being executed by"), taken.getMessage());
		clock.advance(DefaultRunEngine.LEASE.plusSeconds(1));
		action("database-dump", ctx -> StepResult.succeeded("dumped again"));
		List<RunOutcome> resumed = engine.resumeAbandoned(RunListener.NONE);
		assertEquals(1, resumed.size());
		RunOutcome run = resumed.get(0);
		assertEquals(List.of("1", "2", "2", "3"), numbers(run), "the dump ran again");
		assertTrue(run.steps().get(1).message().contains("interrupted by a restart"), run.steps().get(1).message());
		assertEquals(StepStatus.DONE, run.steps().get(2).status());
		assertEquals(BackupStatus.FAILED, catalog.backups(id.cadang.catalog.BackupQuery.all()).get(0).status(),
				"the backup the dead process left RUNNING");

		// the copy to the admin's computer is not repeatable: cut, it fails the run and is not run a second time
		action("verify-exists", ctx -> new StepResult(StepResult.Outcome.YES, "found"));
		java.util.concurrent.atomic.AtomicInteger copies = new java.util.concurrent.atomic.AtomicInteger();
		action("copy-to-target", false, ctx -> {
			copies.incrementAndGet();
			throw new Killed();
		});
		DefaultRunEngine dying = newEngine();
		assertThrows(Killed.class, () -> dying.completeTask(task(run).id(), "admin", Map.of(), Optional.empty(), null,
				RunListener.NONE));
		assertEquals(1, copies.get());
		clock.advance(DefaultRunEngine.LEASE.plusSeconds(1));
		RunOutcome failed = newEngine().resumeAbandoned(RunListener.NONE).get(0);
		assertEquals(1, copies.get(), "the restarted runtime did not copy again");
		assertEquals(RunStatus.FAILED, failed.run().status());
		assertTrue(failed.run().error().contains("interrupted by a restart"), failed.run().error());
		assertTrue(failed.run().error().contains("copy-to-target"), failed.run().error());
		assertEquals(StepStatus.FAILED, failed.steps().get(failed.steps().size() - 1).status());
		assertEquals("6", failed.steps().get(failed.steps().size() - 1).number());
	}

	@Test
	void aRunWhoseProcessWasKilledOnThisHostIsResumedAtOnceNotAfterItsLease() throws Exception {
		seed("lumajang");
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				home.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		action("database-dump", ctx -> {
			throw new Killed();
		});
		RunOutcome waiting = engine.run(RunRequest.of("lumajang"), RunListener.NONE);
		long runId = waiting.run().id();
		assertThrows(Killed.class, () -> done(waiting, "admin"));
		// the step was being run by a process of this host that has since been killed
		Process killed = new ProcessBuilder("true").start();
		killed.waitFor();
		String host = engine.owner().split(":", 2)[0];
		clock.advance(DefaultRunEngine.LEASE.plusSeconds(1));
		assertTrue(catalog.acquireLease(runId, host + ":" + killed.pid() + ":" + clock.instant(),
				clock.instant().plus(DefaultRunEngine.LEASE), clock.instant()));

		action("database-dump", ctx -> StepResult.succeeded("dumped again"));
		List<RunOutcome> resumed = newEngine().resumeAbandoned(RunListener.NONE);
		assertEquals(1, resumed.size(), "resumed at once: its lease has not run out, but its process is gone");
		assertEquals(List.of("1", "2", "2", "3"), numbers(resumed.get(0)));
		assertEquals("cadang", resumed.get(0).steps().get(1).actor(), "the cut step was the program's");

		// a live process on another host keeps its lease until it runs out
		RunOutcome second = engine.run(RunRequest.of("lumajang"), RunListener.NONE);
		action("database-dump", ctx -> {
			throw new Killed();
		});
		assertThrows(Killed.class, () -> done(second, "admin"));
		clock.advance(DefaultRunEngine.LEASE.plusSeconds(1));
		assertTrue(catalog.acquireLease(second.run().id(), "nas-kantor:" + killed.pid() + ":" + clock.instant(),
				clock.instant().plus(DefaultRunEngine.LEASE), clock.instant()));
		assertEquals(List.of(), newEngine().resumeAbandoned(RunListener.NONE));
	}

	@Test
	void anOpenTaskPastItsDueTimeIsADeviationWhenSeenAndBadInputIsRefused() {
		seed("lumajang");
		catalog.saveBinding(new Binding("sipd", "lumajang", Map.of("db", "postgresql://u@h/sipd", "target",
				home.toString(), "admin", home.toString()), Instant.now()));
		person("admin", "lumajang", "admin-server");
		person("tamu", "lumajang");
		RunOutcome run = engine.run(RunRequest.of("lumajang"), RunListener.NONE);
		TaskRecord first = task(run);
		assertEquals(first.openedAt().plus(Duration.ofMinutes(10)), first.dueAt());

		clock.advance(Duration.ofMinutes(11));
		assertEquals(1, engine.openTasks().size());
		StepRecord overdue = catalog.steps(run.run().id()).get(0);
		assertTrue(overdue.deviation().contains("admin-server"), overdue.deviation());

		CadangException noRole = assertThrows(CadangException.class, () -> engine.completeTask(first.id(), "tamu",
				Map.of(), Optional.empty(), null, RunListener.NONE));
		assertTrue(noRole.getMessage().contains("Admin Server") && noRole.getMessage().contains("cadang roles grant tamu"),
				noRole.getMessage());
		CadangException nobody = assertThrows(CadangException.class, () -> engine.completeTask(first.id(), "hantu",
				Map.of(), Optional.empty(), null, RunListener.NONE));
		assertTrue(nobody.getMessage().contains("cadang users add hantu"), nobody.getMessage());
		CadangException noForm = assertThrows(CadangException.class, () -> engine.completeTask(first.id(), "admin",
				Map.of("x", "1"), Optional.empty(), null, RunListener.NONE));
		assertTrue(noForm.getMessage().contains("no form"), noForm.getMessage());
		CadangException notDecision = assertThrows(CadangException.class, () -> engine.completeTask(first.id(), "admin",
				Map.of(), Optional.of(Answer.YES), null, RunListener.NONE));
		assertTrue(notDecision.getMessage().contains("not a decision"), notDecision.getMessage());
		assertEquals(RunStatus.WAITING, catalog.run(run.run().id()).orElseThrow().status(), "refusals change nothing");

		action("database-dump", ctx -> StepResult.succeeded("dumped"));
		engine.completeTask(first.id(), "admin", Map.of(), Optional.empty(), null, RunListener.NONE);
		CadangException twice = assertThrows(CadangException.class, () -> engine.completeTask(first.id(), "admin",
				Map.of(), Optional.empty(), null, RunListener.NONE));
		assertTrue(twice.getMessage().contains("already DONE by admin"), twice.getMessage());
		CadangException unknown = assertThrows(CadangException.class, () -> engine.completeTask(999, "admin", Map.of(),
				Optional.empty(), null, RunListener.NONE));
		assertTrue(unknown.getMessage().contains("no task 999"), unknown.getMessage());
	}
}
