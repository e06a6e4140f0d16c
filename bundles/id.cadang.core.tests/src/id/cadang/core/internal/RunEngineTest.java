package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Binding;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskRecord;
import id.cadang.core.CadangException;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.testing.TestClock;

/** The engine walks real SOP models against a real H2 catalog, with actions registered as the whiteboard does. */
class RunEngineTest {

	@TempDir
	Path home;

	private H2Catalog catalog;
	private TestSops sops;
	private DefaultRunEngine engine;
	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T01:00:00Z"));
	private final List<String> heard = new ArrayList<>();

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
		sops = new TestSops();
		engine = new DefaultRunEngine(catalog, sops, home, clock, clock::advance);
		catalog.saveUser(new id.cadang.catalog.User("admin", "Admin Server", null, null, Instant.now()));
	}

	/** Completes the run's open task as a holder of its role. */
	private RunOutcome done(RunOutcome outcome) {
		TaskRecord task = outcome.openTasks().get(0);
		catalog.grantRole(new RoleGrant("admin", outcome.run().sop(), "", task.roles().get(0)));
		return engine.completeTask(task.id(), "admin", Map.of(), java.util.Optional.empty(), null, listener);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	private void bind(String sop, String name) {
		catalog.saveBinding(new Binding(name, sop, Map.of("db", "postgresql://u@h/db"), Instant.now()));
	}

	/** The body of a test action. */
	interface Body {
		StepResult run(StepContext context) throws Exception;
	}

	private void action(String type, Body body) {
		engine.addAction(new StepAction() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public StepResult execute(StepContext context) throws Exception {
				return body.run(context);
			}
		}, Map.of(StepAction.TYPE, type));
	}

	private final RunListener listener = new RunListener() {
		@Override
		public void stepStarted(Step step) {
			heard.add("start " + step.getNumber());
		}

		@Override
		public void stepFinished(Step step, StepRecord record) {
			heard.add(record.status() + " " + step.getNumber());
		}
	};

	@Test
	void automatedStepsRunHumanStepsOpenTasksAndEveryStepIsRecorded() {
		SopDocument sop = TestSops.document("uji");
		TestSops.step(sop, "1", StepShape.START, null, "PT15M");
		TestSops.step(sop, "2", StepShape.ACTIVITY, "dump", "PT30M");
		TestSops.step(sop, "5", StepShape.END, null, null);
		sops.add(sop);
		bind("uji", "simpeg");
		List<String> slotsSeen = new ArrayList<>();
		action("dump", ctx -> {
			slotsSeen.add(ctx.slotOf("source") + "=" + ctx.slotValueOf("source"));
			return StepResult.succeeded("dumped");
		});

		RunOutcome waiting = engine.run(RunRequest.of("uji"), listener);
		assertEquals(RunStatus.WAITING, waiting.run().status(), "the run waits for the person of step 1");
		assertEquals(List.of(), slotsSeen, "nothing after a human step runs before it is done");
		assertEquals("s1", waiting.run().currentStep());
		RunOutcome outcome = done(done(waiting));

		assertEquals(RunStatus.SUCCEEDED, outcome.run().status());
		assertNull(outcome.run().error());
		assertEquals(List.of("db=postgresql://u@h/db"), slotsSeen, "the action reads the bound slot");
		List<StepRecord> steps = catalog.steps(outcome.run().id());
		assertEquals(List.of("1", "2", "5"), steps.stream().map(StepRecord::number).toList(), "official numbers kept");
		assertEquals(List.of(StepStatus.DONE, StepStatus.DONE, StepStatus.DONE),
				steps.stream().map(StepRecord::status).toList());
		assertEquals(List.of("admin", "cadang", "admin"), steps.stream().map(StepRecord::actor).toList(), "who did each");
		assertEquals("Admin Server", steps.get(0).roles());
		assertEquals(java.time.Duration.ofMinutes(30), steps.get(1).timeStandard());
		assertEquals("dump", steps.get(1).actionType());
		assertEquals(List.of("start 1", "TASK_OPEN 1", "DONE 1", "start 2", "DONE 2", "start 5", "TASK_OPEN 5", "DONE 5"),
				heard);
	}

	@Test
	void aFailedStepStopsTheRunWithItsReason() {
		SopDocument sop = TestSops.document("gagal");
		TestSops.step(sop, "1", StepShape.ACTIVITY, "dump", null);
		TestSops.step(sop, "2", StepShape.ACTIVITY, null, null);
		sops.add(sop);
		bind("gagal", "gagal");
		action("dump", ctx -> {
			throw new IllegalStateException("database simpeg does not exist on 127.0.0.1:5432");
		});

		RunOutcome outcome = engine.run(RunRequest.of("gagal"), listener);

		assertEquals(RunStatus.FAILED, outcome.run().status());
		assertTrue(outcome.run().error().contains("step 1") && outcome.run().error().contains("simpeg"),
				outcome.run().error());
		assertEquals(1, outcome.steps().size(), "no step after the failed one");
		assertEquals(StepStatus.FAILED, outcome.steps().get(0).status());
		assertTrue(outcome.steps().get(0).message().contains("does not exist"));
	}

	@Test
	void aMissingActionTypeFailsTheStepAndNamesIt() {
		SopDocument sop = TestSops.document("tanpa");
		TestSops.step(sop, "1", StepShape.ACTIVITY, "restore-magic", null);
		sops.add(sop);
		bind("tanpa", "tanpa");

		RunOutcome outcome = engine.run(RunRequest.of("tanpa"), listener);

		assertEquals(RunStatus.FAILED, outcome.run().status());
		assertTrue(outcome.run().error().contains("restore-magic"), outcome.run().error());
	}

	@Test
	void aDecisionLoopsUntilYes() {
		SopDocument sop = TestSops.document("lumajang");
		Step check = TestSops.step(sop, "3", StepShape.ACTIVITY, null, "PT10M");
		Step decide = TestSops.step(sop, "5", StepShape.DECISION, "dump-there", null);
		Step copy = TestSops.step(sop, "6", StepShape.END, null, null);
		decide.setYes(copy);
		decide.setNo(check);
		sops.add(sop);
		bind("lumajang", "nas");
		Deque<StepResult.Outcome> answers = new ArrayDeque<>(List.of(StepResult.Outcome.NO, StepResult.Outcome.NO,
				StepResult.Outcome.YES));
		action("dump-there", ctx -> new StepResult(answers.pop(), "checked"));

		RunOutcome outcome = engine.run(RunRequest.of("lumajang"), listener);
		Instant firstCheck = null;
		while (outcome.waiting()) {
			outcome = done(outcome);
			if (firstCheck == null) {
				firstCheck = clock.instant();
			}
		}

		assertEquals(RunStatus.SUCCEEDED, outcome.run().status());
		assertEquals(List.of("3", "5", "3", "5", "3", "5", "6"),
				outcome.steps().stream().map(StepRecord::number).toList());
		List<Instant> checks = outcome.steps().stream().filter(s -> s.number().equals("5")).map(StepRecord::started)
				.toList();
		assertEquals(java.time.Duration.ofMinutes(1), java.time.Duration.between(checks.get(0), checks.get(1)),
				"the second check waits the default retry delay");
		assertEquals(java.time.Duration.ofMinutes(2), java.time.Duration.between(checks.get(1), checks.get(2)),
				"and the third twice as long");
	}

	@Test
	void aLoopThatNeverEndsIsStopped() {
		SopDocument sop = TestSops.document("putar");
		Step decide = TestSops.step(sop, "5", StepShape.DECISION, "never", null);
		Step end = TestSops.step(sop, "6", StepShape.END, null, null);
		decide.setNo(decide);
		decide.setYes(end);
		id.cadang.model.Parameter delay = id.cadang.model.SopFactory.eINSTANCE.createParameter();
		delay.setKey("retryDelay");
		delay.setValue("PT10S");
		decide.getAction().getParameters().add(delay);
		sops.add(sop);
		bind("putar", "putar");
		action("never", ctx -> new StepResult(StepResult.Outcome.NO, "not yet"));
		Instant started = clock.instant();

		RunOutcome outcome = engine.run(RunRequest.of("putar"), RunListener.NONE);

		assertEquals(RunStatus.FAILED, outcome.run().status());
		assertTrue(outcome.run().error().contains("never appeared"), outcome.run().error());
		assertEquals(5, outcome.steps().size(), "five checks by default, then it stops");
		assertEquals(java.time.Duration.ofSeconds(10 + 20 + 40 + 80), java.time.Duration.between(started, clock.instant()),
				"backoff doubles the step's retryDelay between checks");
		assertTrue(catalog.auditTrail("run:" + outcome.run().id()).stream()
				.anyMatch(e -> e.action().equals("run.alert") && e.detail().contains("never appeared")), "an alert is raised");
	}

	@Test
	void aStepOverItsTimeStandardIsMarked() {
		SopDocument sop = TestSops.document("lambat");
		TestSops.step(sop, "1", StepShape.ACTIVITY, "slow", "PT0.01S");
		sops.add(sop);
		bind("lambat", "lambat");
		action("slow", ctx -> {
			clock.advance(java.time.Duration.ofMillis(100));
			return StepResult.succeeded("slow");
		});

		RunOutcome outcome = engine.run(RunRequest.of("lambat"), RunListener.NONE);

		assertTrue(outcome.steps().get(0).overStandard(), "100 ms against a 10 ms standard is a deviation");
		assertTrue(outcome.steps().get(0).deviation().contains("Admin Server"), "naming the responsible role: "
				+ outcome.steps().get(0).deviation());
		assertEquals(List.of(outcome.steps().get(0)), outcome.deviations());
	}

	@Test
	void problemsFoundBeforeTheRunStartRecordNothing() {
		SopDocument sop = TestSops.document("dua");
		TestSops.step(sop, "1", StepShape.ACTIVITY, "dump", null);
		sops.add(sop);

		CadangException unknownSop = assertThrows(CadangException.class,
				() -> engine.run(RunRequest.of("tidak-ada"), RunListener.NONE));
		assertTrue(unknownSop.getMessage().contains("tidak-ada") && unknownSop.getMessage().contains("dua"));

		CadangException unbound = assertThrows(CadangException.class,
				() -> engine.run(RunRequest.of("dua"), RunListener.NONE));
		assertTrue(unbound.getMessage().contains("cadang bind dua db="), unbound.getMessage());

		bind("dua", "satu");
		bind("dua", "dua");
		CadangException several = assertThrows(CadangException.class,
				() -> engine.run(RunRequest.of("dua"), RunListener.NONE));
		assertTrue(several.getMessage().contains("--binding"), several.getMessage());

		catalog.saveBinding(new Binding("kosong", "dua", Map.of(), Instant.now()));
		CadangException missingSlot = assertThrows(CadangException.class, () -> engine
				.run(new RunRequest("dua", java.util.Optional.empty(), java.util.Optional.of("kosong")), RunListener.NONE));
		assertTrue(missingSlot.getMessage().contains("db"), missingSlot.getMessage());

		assertEquals(List.of(), catalog.runs("dua"), "nothing was recorded");
	}

	@Test
	void anActionThatLeavesTheWhiteboardIsNoLongerCalled() {
		SopDocument sop = TestSops.document("pergi");
		TestSops.step(sop, "1", StepShape.ACTIVITY, "dump", null);
		sops.add(sop);
		bind("pergi", "pergi");
		StepAction dump = new StepAction() {
			@Override
			public String type() {
				return "dump";
			}

			@Override
			public StepResult execute(StepContext context) {
				return StepResult.succeeded("ok");
			}
		};
		engine.addAction(dump, Map.of(StepAction.TYPE, "dump"));
		assertEquals(RunStatus.SUCCEEDED, engine.run(RunRequest.of("pergi"), RunListener.NONE).run().status());
		engine.removeAction(dump, Map.of(StepAction.TYPE, "dump"));
		assertEquals(RunStatus.FAILED, engine.run(RunRequest.of("pergi"), RunListener.NONE).run().status());
	}
}
