package id.cadang.dump.actions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;

/** One run of one binding in a real catalog, giving each step the context the engine would give it. */
final class TestRun {

	private final Catalog catalog;
	private final Path home;
	private final SopDocument sop;
	private final Binding binding;
	private final long runId;

	TestRun(Catalog catalog, Path home, String sopId, Map<String, String> slots) {
		this(catalog, home, sopId, slots, true);
	}

	/** @param save whether to save the binding (false: a later run of a binding saved before) */
	TestRun(Catalog catalog, Path home, String sopId, Map<String, String> slots, boolean save) {
		this.catalog = catalog;
		this.home = home;
		this.sop = SopFactory.eINSTANCE.createSopDocument();
		sop.setId(sopId);
		this.binding = new Binding("simpeg", sopId, slots, Instant.now());
		if (save) {
			catalog.saveBinding(binding);
		}
		this.runId = catalog.startRun(sopId, "backup", binding.name(), Instant.now());
	}

	private TestRun(Catalog catalog, Path home, SopDocument sop, Binding binding, long runId) {
		this.catalog = catalog;
		this.home = home;
		this.sop = sop;
		this.binding = binding;
		this.runId = runId;
	}

	/** The same run, as a Cadang with another home (other secrets, other SSH files) sees it. */
	TestRun withHome(Path otherHome) {
		return new TestRun(catalog, otherHome, sop, binding, runId);
	}

	long runId() {
		return runId;
	}

	StepContext step(String number, Map<String, String> parameters, RunListener listener) {
		Step step = SopFactory.eINSTANCE.createStep();
		step.setId("s" + number);
		step.setNumber(number);
		return new StepContext() {
			@Override
			public long runId() {
				return runId;
			}

			@Override
			public SopDocument sop() {
				return sop;
			}

			@Override
			public Step step() {
				return step;
			}

			@Override
			public String binding() {
				return binding.name();
			}

			@Override
			public Map<String, String> parameters() {
				return parameters;
			}

			@Override
			public String slotOf(String key) throws StepConfigurationException {
				return parameter(key).orElseThrow(() -> new StepConfigurationException("no parameter " + key));
			}

			@Override
			public String slotValueOf(String key) throws StepConfigurationException {
				return binding.slots().get(slotOf(key));
			}

			@Override
			public Catalog catalog() {
				return catalog;
			}

			@Override
			public Path home() {
				return home;
			}

			@Override
			public RunListener listener() {
				return listener;
			}
		};
	}
}
