package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.Binding;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RunSnapshot;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.model.SopDocument;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;

/**
 * A run keeps the SOP version it started with: a newer plug-in arriving in the middle of the run changes
 * neither the steps it walks nor the model it recorded; the next run takes the newer one.
 */
class RunSnapshotTest {

	@TempDir
	Path home;

	private H2Catalog catalog;

	/** The registry as the extender offers it, with the SOP's plug-in replaced when {@link #replace} says. */
	private static final class ReplaceableSop implements SopRegistry {
		private volatile InstalledSop current;

		void replace(SopDocument document, String version) {
			current = new InstalledSop(document.getId(), document, "id.cadang.sop.ganti", version, List.of());
		}

		@Override
		public List<InstalledSop> sops() {
			return List.of(current);
		}

		@Override
		public Optional<InstalledSop> sop(String id) {
			return current.id().equals(id) ? Optional.of(current) : Optional.empty();
		}

		@Override
		public List<BrokenSop> broken() {
			return List.of();
		}
	}

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	private static SopDocument version(String title, String... numbers) {
		SopDocument sop = TestSops.document("ganti");
		sop.setTitle(title);
		TestSops.step(sop, numbers[0], StepShape.START, null, null);
		TestSops.step(sop, numbers[1], StepShape.ACTIVITY, "ganti-plugin", null);
		for (int i = 2; i < numbers.length; i++) {
			TestSops.step(sop, numbers[i], i == numbers.length - 1 ? StepShape.END : StepShape.ACTIVITY, null, null);
		}
		return sop;
	}

	/** Completes every task the run opens, as people would. */
	private static RunOutcome toTheEnd(DefaultRunEngine engine, RunOutcome outcome) {
		while (outcome.waiting()) {
			outcome = engine.completeTask(outcome.openTasks().get(0).id(), "admin", Map.of(), java.util.Optional.empty(),
					null, RunListener.NONE);
		}
		return outcome;
	}

	@Test
	void aRunKeepsItsSopWhenANewerPluginArrivesMidRunAndRecordsIt() {
		ReplaceableSop registry = new ReplaceableSop();
		registry.replace(version("Versi lama", "1", "2", "3"), "1.0.0");
		SopDocument newer = version("Versi baru", "1", "2", "3", "4");
		DefaultRunEngine engine = new DefaultRunEngine(catalog, registry, home);
		engine.addAction(new StepAction() {
			@Override
			public String type() {
				return "ganti-plugin";
			}

			@Override
			public StepResult execute(StepContext context) {
				registry.replace(newer, "1.0.1");
				return StepResult.succeeded("a newer plug-in was dropped");
			}
		}, Map.of(StepAction.TYPE, "ganti-plugin"));
		catalog.saveBinding(new Binding("situs", "ganti", Map.of("db", "postgresql://u@h/db"), Instant.now()));
		RunListener quiet = new RunListener() {
		};

		catalog.saveUser(new id.cadang.catalog.User("admin", null, null, null, Instant.now()));
		catalog.grantRole(new id.cadang.catalog.RoleGrant("admin", "ganti", "", "admin"));

		RunOutcome first = toTheEnd(engine, engine.run(RunRequest.of("ganti"), quiet));
		RunOutcome second = toTheEnd(engine, engine.run(RunRequest.of("ganti"), quiet));

		assertEquals(RunStatus.SUCCEEDED, first.run().status(), first.run()::toString);
		assertEquals(List.of("1", "2", "3"), first.steps().stream().map(StepRecord::number).toList(),
				"the first run walks the steps of the version it started with");
		assertEquals(List.of("1", "2", "3", "4"), second.steps().stream().map(StepRecord::number).toList(),
				"the next run takes the newer version");
		RunSnapshot kept = catalog.runSnapshot(first.run().id()).orElseThrow();
		assertEquals("1.0.0", kept.sopVersion());
		SopDocument model = SopResources.load(new ByteArrayInputStream(kept.xmi()), "snapshot of run 1");
		assertEquals("Versi lama", model.getTitle());
		assertEquals(3, model.getProcedures().get(0).getSteps().size());
		RunSnapshot next = catalog.runSnapshot(second.run().id()).orElseThrow();
		assertEquals("1.0.1", next.sopVersion());
		assertEquals("Versi baru",
				SopResources.load(new ByteArrayInputStream(next.xmi()), "snapshot of run 2").getTitle());
	}
}
