package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Binding;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.TaskRecord;
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

/**
 * Listeners registered as services (the notifier) hear every run the engine takes on, whoever started it and with
 * whatever listener: tasks opened, failed steps, deviations and alerts; one that throws never changes the run.
 */
class RunObserversTest {

	@TempDir
	Path home;

	private H2Catalog catalog;
	private TestSops sops;
	private DefaultRunEngine engine;
	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T01:00:00Z"));
	private final List<String> heard = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
		sops = new TestSops();
		engine = new DefaultRunEngine(catalog, sops, home, clock, clock::advance);
		engine.addObserver(new RunListener() {
			@Override
			public void taskOpened(Step step, TaskRecord task) {
				throw new IllegalStateException("a broken observer");
			}
		});
		engine.addObserver(new RunListener() {
			@Override
			public void taskOpened(Step step, TaskRecord task) {
				heard.add("task " + task.stepNumber() + " " + task.roles());
			}

			@Override
			public void stepFinished(Step step, StepRecord record) {
				heard.add(record.status() + " " + step.getNumber());
			}

			@Override
			public void deviation(long runId, long stepRecordId, List<String> roles, String text) {
				heard.add("deviation " + roles + " " + text.startsWith("step "));
			}

			@Override
			public void alert(long runId, Step step, String text) {
				heard.add("alert " + step.getNumber() + " " + text.contains("never appeared"));
			}

			@Override
			public void runFinished(long runId, boolean succeeded, String error) {
				heard.add("run " + (succeeded ? "succeeded" : "failed"));
			}
		});
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	private void action(String type, StepResult.Outcome outcome, Duration takes) {
		engine.addAction(new StepAction() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public StepResult execute(StepContext context) {
				clock.advance(takes);
				return new StepResult(outcome, outcome == StepResult.Outcome.FAILED ? "pg_dump: no such database" : "ok");
			}
		}, Map.of(StepAction.TYPE, type));
	}

	@Test
	void aTaskOpenedIsHeardWithoutTheCallersListenerAndABrokenObserverChangesNothing() {
		SopDocument sop = TestSops.document("uji");
		TestSops.step(sop, "1", StepShape.START, null, "PT15M");
		sops.add(sop);
		catalog.saveBinding(new Binding("uji", "uji", Map.of("db", "postgresql://u@h/db"), Instant.now()));

		RunOutcome outcome = engine.run(RunRequest.of("uji"), RunListener.NONE);

		assertEquals(RunStatus.WAITING, outcome.run().status(), "the throwing observer did not fail the run");
		assertEquals(List.of("TASK_OPEN 1", "task 1 [admin]"), heard);
	}

	@Test
	void aFailedStepAnOverrunAndAnAlertAreHeard() {
		SopDocument sop = TestSops.document("gagal");
		TestSops.step(sop, "2", StepShape.ACTIVITY, "slow-dump", "PT10M");
		Step check = TestSops.step(sop, "3", StepShape.DECISION, "never-there", null);
		check.setNo(check);
		check.setYes(TestSops.step(sop, "4", StepShape.ACTIVITY, "broken-dump", null));
		sops.add(sop);
		catalog.saveBinding(new Binding("gagal", "gagal", Map.of("db", "postgresql://u@h/db"), Instant.now()));
		action("slow-dump", StepResult.Outcome.SUCCEEDED, Duration.ofMinutes(25));
		action("never-there", StepResult.Outcome.NO, Duration.ZERO);

		RunOutcome outcome = engine.run(RunRequest.of("gagal"), RunListener.NONE);

		assertEquals(RunStatus.FAILED, outcome.run().status());
		assertEquals(List.of("deviation [admin] true", "DONE 2", "DONE 3", "DONE 3", "DONE 3", "DONE 3", "DONE 3",
				"alert 3 true", "run failed"), heard);

		heard.clear();
		SopDocument broken = TestSops.document("rusak");
		TestSops.step(broken, "1", StepShape.ACTIVITY, "broken-dump", null);
		sops.add(broken);
		catalog.saveBinding(new Binding("rusak", "rusak", Map.of("db", "postgresql://u@h/db"), Instant.now()));
		action("broken-dump", StepResult.Outcome.FAILED, Duration.ZERO);
		assertTrue(engine.run(RunRequest.of("rusak"), RunListener.NONE).failed());
		assertEquals(List.of("FAILED 1", "run failed"), heard);
	}
}
