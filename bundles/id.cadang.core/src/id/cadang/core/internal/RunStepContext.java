package id.cadang.core.internal;

import java.nio.file.Path;
import java.util.Map;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;

/** The context of one step of one run. */
final class RunStepContext implements StepContext {

	private final long runId;
	private final SopDocument sop;
	private final Step step;
	private final Binding binding;
	private final Map<String, String> parameters;
	private final Catalog catalog;
	private final Path home;
	private final RunListener listener;

	RunStepContext(long runId, SopDocument sop, Step step, Binding binding, Map<String, String> parameters,
			Catalog catalog, Path home, RunListener listener) {
		this.runId = runId;
		this.sop = sop;
		this.step = step;
		this.binding = binding;
		this.parameters = Map.copyOf(parameters);
		this.catalog = catalog;
		this.home = home;
		this.listener = listener;
	}

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
		String slot = parameters.get(key);
		if (slot == null || slot.isBlank()) {
			throw new StepConfigurationException("step " + step.getNumber() + " of SOP '" + sop.getId()
					+ "' has no parameter '" + key + "': fix the SOP plug-in");
		}
		return slot;
	}

	@Override
	public String slotValueOf(String key) throws StepConfigurationException {
		String slot = slotOf(key);
		String value = binding.slots().get(slot);
		if (value == null || value.isBlank()) {
			throw new StepConfigurationException("binding '" + binding.name() + "' does not bind slot '" + slot
					+ "': cadang bind " + sop.getId() + " " + slot + "=... --name " + binding.name());
		}
		return value;
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
}
