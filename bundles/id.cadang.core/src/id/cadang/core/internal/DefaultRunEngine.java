package id.cadang.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;
import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.RunListener;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepResult;
import id.cadang.model.ActionBinding;
import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;
import id.cadang.model.util.Steps;

/**
 * Walks a procedure: automated steps call the {@link StepAction} bound to their type, steps without
 * an action are opened as tasks for their roles, and every step is recorded against its time standard.
 */
@Component(service = RunEngine.class)
public final class DefaultRunEngine implements RunEngine {

	/** A loop in an SOP (check again until...) may repeat, but not forever. */
	private static final int MAX_VISITS_PER_STEP = 100;

	private final Map<String, StepAction> actions = new ConcurrentHashMap<>();

	private final Catalog catalog;
	private final SopRegistry registry;
	private final Path home;

	@Activate
	public DefaultRunEngine(@Reference Catalog catalog, @Reference SopRegistry registry, BundleContext context) {
		this(catalog, registry, CadangHome.resolve(context.getProperty("cadang.home")));
	}

	DefaultRunEngine(Catalog catalog, SopRegistry registry, Path home) {
		this.catalog = catalog;
		this.registry = registry;
		this.home = home;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addAction(StepAction action, Map<String, Object> properties) {
		actions.put(typeOf(action, properties), action);
	}

	void removeAction(StepAction action, Map<String, Object> properties) {
		actions.remove(typeOf(action, properties), action);
	}

	private static String typeOf(StepAction action, Map<String, Object> properties) {
		Object type = properties.get(StepAction.TYPE);
		return type == null ? action.type() : type.toString();
	}

	@Override
	public RunOutcome run(RunRequest request, RunListener listener) {
		InstalledSop sop = registry.sop(request.sop())
				.orElseThrow(() -> new CadangException("SOP '" + request.sop() + "' is not installed; installed: "
						+ registry.sops().stream().map(InstalledSop::id).collect(Collectors.joining(", "))
						+ " (see: cadang sops)"));
		if (!sop.valid()) {
			throw new CadangException("SOP '" + sop.id() + "' from " + sop.bundle() + " is not valid and is not run: "
					+ String.join("; ", sop.problems()));
		}
		Procedure procedure = procedure(sop.document(), request.procedure());
		Binding binding = binding(sop.document(), request.binding());
		checkSlots(sop.document(), procedure, binding);

		Instant started = Instant.now();
		long runId = catalog.startRun(sop.id(), procedure.getId(), binding.name(), started);
		listener.runStarted(runId, sop.id(), procedure.getId(), binding.name());
		String error = null;
		try {
			catalog.saveRunSnapshot(runId, sop.bundleVersion(), xmi(sop.document()));
			error = walk(runId, sop.document(), procedure, binding, listener);
		} catch (RuntimeException e) {
			error = message(e);
		} finally {
			catalog.finishRun(runId, error == null ? RunStatus.SUCCEEDED : RunStatus.FAILED, Instant.now(), error);
			listener.runFinished(runId, error == null, error);
		}
		return new RunOutcome(catalog.run(runId).orElseThrow(), catalog.steps(runId));
	}

	/** @return the error that stopped the run, or null when it went through */
	private String walk(long runId, SopDocument sop, Procedure procedure, Binding binding, RunListener listener) {
		if (procedure.getSteps().isEmpty()) {
			return "procedure '" + procedure.getId() + "' has no steps";
		}
		Map<Step, Integer> visits = new HashMap<>();
		Step step = procedure.getSteps().get(0);
		while (step != null) {
			int visit = visits.merge(step, 1, Integer::sum);
			if (visit > MAX_VISITS_PER_STEP) {
				return "step " + step.getNumber() + " was repeated " + MAX_VISITS_PER_STEP
						+ " times; the loop in the SOP never ended";
			}
			listener.stepStarted(step);
			Instant stepStarted = Instant.now();
			ActionBinding action = step.getAction();
			long recordId = catalog.startStep(runId, new StepStart(step.getId(), step.getNumber(), step.getActivity(),
					action == null ? null : action.getType(), roles(step),
					Steps.duration(step.getTimeStandard()).orElse(null), stepStarted));
			StepResult result;
			if (action == null) {
				result = null;
				catalog.finishStep(recordId, StepStatus.TASK_OPEN, Instant.now(),
						roles(step).isEmpty() ? "-" : roles(step));
			} else {
				result = execute(runId, sop, step, action, binding, listener);
				StepStatus status = result.outcome() == StepResult.Outcome.FAILED ? StepStatus.FAILED : StepStatus.DONE;
				catalog.finishStep(recordId, status, Instant.now(), result.message());
			}
			listener.stepFinished(step, record(runId, recordId));
			if (result != null && result.outcome() == StepResult.Outcome.FAILED) {
				return "step " + step.getNumber() + " failed: " + result.message();
			}
			step = next(step, result);
		}
		return null;
	}

	private static Step next(Step step, StepResult result) {
		if (step.getShape() == StepShape.DECISION) {
			// A human decision is opened as a task; until the engine waits for tasks, the run follows "yes".
			boolean no = result != null && result.outcome() == StepResult.Outcome.NO;
			return no ? step.getNo() : step.getYes();
		}
		return Steps.successor(step).orElse(null);
	}

	private StepResult execute(long runId, SopDocument sop, Step step, ActionBinding binding, Binding site,
			RunListener listener) {
		StepAction action = actions.get(binding.getType());
		if (action == null) {
			return StepResult.failed("no action of type '" + binding.getType() + "' is installed (installed: "
					+ String.join(", ", actions.keySet().stream().sorted().toList())
					+ "); install the plug-in that provides it");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (Parameter p : binding.getParameters()) {
			parameters.put(p.getKey(), p.getValue());
		}
		try {
			StepResult result = action.execute(new RunStepContext(runId, sop, step, site, parameters, catalog, home,
					listener));
			return result == null ? StepResult.failed("action '" + binding.getType() + "' returned no result") : result;
		} catch (Exception e) {
			return StepResult.failed(message(e));
		}
	}

	private StepRecord record(long runId, long recordId) {
		return catalog.steps(runId).stream().filter(r -> r.id() == recordId).findFirst().orElseThrow();
	}

	private static String roles(Step step) {
		return step.getPerformers().stream().map(Role::getName).collect(Collectors.joining(", "));
	}

	private static byte[] xmi(SopDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(document, out);
		return out.toByteArray();
	}

	private static String message(Throwable e) {
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}

	private static Procedure procedure(SopDocument sop, Optional<String> wanted) {
		List<Procedure> procedures = sop.getProcedures();
		String ids = procedures.stream().map(Procedure::getId).collect(Collectors.joining(", "));
		if (wanted.isPresent()) {
			return procedures.stream().filter(p -> p.getId().equals(wanted.get())).findFirst()
					.orElseThrow(() -> new CadangException("SOP '" + sop.getId() + "' has no procedure '"
							+ wanted.get() + "'; its procedures: " + ids));
		}
		if (procedures.size() == 1) {
			return procedures.get(0);
		}
		return procedures.stream().filter(p -> "backup".equals(p.getId())).findFirst()
				.orElseThrow(() -> new CadangException("SOP '" + sop.getId() + "' has several procedures (" + ids
						+ "): choose one with --procedure"));
	}

	private Binding binding(SopDocument sop, Optional<String> wanted) {
		if (wanted.isPresent()) {
			Binding binding = catalog.binding(wanted.get())
					.orElseThrow(() -> new CadangException("binding '" + wanted.get() + "' does not exist; create it with: "
							+ bindHint(sop) + " --name " + wanted.get()));
			if (!binding.sop().equals(sop.getId())) {
				throw new CadangException("binding '" + binding.name() + "' belongs to SOP '" + binding.sop()
						+ "', not '" + sop.getId() + "'");
			}
			return binding;
		}
		List<Binding> bindings = catalog.bindings(sop.getId());
		if (bindings.isEmpty()) {
			throw new CadangException("SOP '" + sop.getId() + "' is not bound to this site yet: " + bindHint(sop));
		}
		if (bindings.size() > 1) {
			throw new CadangException("SOP '" + sop.getId() + "' has several bindings ("
					+ bindings.stream().map(Binding::name).collect(Collectors.joining(", "))
					+ "): choose one with --binding");
		}
		return bindings.get(0);
	}

	private static String bindHint(SopDocument sop) {
		return "cadang bind " + sop.getId() + " "
				+ sop.getSlots().stream().map(s -> s.getName() + "=...").collect(Collectors.joining(" "));
	}

	/** Every slot that the procedure's actions name must be bound before the run starts. */
	private static void checkSlots(SopDocument sop, Procedure procedure, Binding binding) {
		List<String> missing = procedure.getSteps().stream().map(Step::getAction).filter(a -> a != null)
				.flatMap(a -> a.getParameters().stream()).map(Parameter::getValue)
				.filter(v -> sop.getSlots().stream().anyMatch(s -> s.getName().equals(v)))
				.filter(v -> !binding.slots().containsKey(v)).distinct().toList();
		if (!missing.isEmpty()) {
			throw new CadangException("binding '" + binding.name() + "' does not bind slot(s) "
					+ String.join(", ", missing) + " that this procedure needs: cadang bind " + sop.getId() + " "
					+ missing.stream().map(m -> m + "=...").collect(Collectors.joining(" ")) + " --name "
					+ binding.name());
		}
	}
}
