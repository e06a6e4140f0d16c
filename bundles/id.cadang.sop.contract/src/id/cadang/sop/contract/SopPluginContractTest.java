package id.cadang.sop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.StepAction;
import id.cadang.model.Procedure;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;
import id.cadang.model.util.Steps;

/**
 * The contract every SOP plug-in keeps, checked inside the running OSGi framework: the plug-in's SOP is
 * listed by the running {@link SopRegistry}, it validates (against the action types installed in the
 * runtime), every step is reachable from the first step of its procedure, every step can reach an END
 * step, and every action type it binds is offered by a registered {@link StepAction} service.
 * <p>
 * A plug-in's test fragment subclasses this class, names the SOP and its bundle, and adds the facts an
 * auditor would check on the signed sheet (step numbers, the decision, the official number):
 *
 * <pre>
 * class LumajangSopTest extends SopPluginContractTest {
 * 	protected String sopId() { return "lumajang"; }
 * 	protected String bundleSymbolicName() { return "id.cadang.sop.lumajang"; }
 * }
 * </pre>
 */
public abstract class SopPluginContractTest {

	/** How long the contract waits for the registry, the plug-in's SOP and each step action, in ms. */
	protected static final long WAIT_MILLIS = 10_000;

	private BundleContext context;
	private ServiceTracker<SopRegistry, SopRegistry> registryTracker;
	private final List<ServiceTracker<?, ?>> actionTrackers = new ArrayList<>();

	/** The id of the plug-in's SOP document, e.g. {@code lumajang}. */
	protected abstract String sopId();

	/** The symbolic name of the plug-in bundle, e.g. {@code id.cadang.sop.lumajang}. */
	protected abstract String bundleSymbolicName();

	@BeforeEach
	public final void openRegistryTracker() {
		context = FrameworkUtil.getBundle(SopPluginContractTest.class).getBundleContext();
		assertNotNull(context, "bundle id.cadang.sop.contract is not started, so it has no bundle context");
		registryTracker = new ServiceTracker<>(context, SopRegistry.class, null);
		registryTracker.open();
	}

	@AfterEach
	public final void closeTrackers() {
		actionTrackers.forEach(ServiceTracker::close);
		actionTrackers.clear();
		registryTracker.close();
	}

	@Test
	public final void theRunningRegistryListsTheSopFromThisPlugin() {
		InstalledSop sop = installedSop();
		assertEquals(bundleSymbolicName(), sop.bundle(), "SOP '" + sopId() + "' is contributed by bundle "
				+ sop.bundle() + ", not by " + bundleSymbolicName() + ": give each SOP document its own id");
		assertEquals(sopId(), sop.document().getId());
	}

	@Test
	public final void theSopValidates() {
		InstalledSop sop = installedSop();
		awaitActionTypes(boundActionTypes(sop.document()).keySet());
		List<String> problems = new ArrayList<>(sop.problems());
		SopResources.validate(sop.document(), installedActionTypes()).stream().filter(p -> !problems.contains(p))
				.forEach(problems::add);
		assertTrue(problems.isEmpty(), () -> describe() + " does not validate; fix its .sop file:\n - "
				+ String.join("\n - ", problems));
	}

	@Test
	public final void everyStepIsReachableFromTheFirstStepOfItsProcedure() {
		List<String> unreachable = new ArrayList<>();
		for (Procedure procedure : document().getProcedures()) {
			if (procedure.getSteps().isEmpty()) {
				unreachable.add("procedure '" + procedure.getId() + "' has no steps: add its steps as printed");
				continue;
			}
			Set<Step> reached = reachableFrom(procedure.getSteps().get(0));
			procedure.getSteps().stream().filter(step -> !reached.contains(step))
					.forEach(step -> unreachable.add(label(step) + " is never reached from step "
							+ procedure.getSteps().get(0).getNumber()
							+ ": point a 'next', 'yes' or 'no' of an earlier step at it, or remove it"));
		}
		assertTrue(unreachable.isEmpty(), () -> describe() + ":\n - " + String.join("\n - ", unreachable));
	}

	@Test
	public final void everyStepCanReachAnEndStep() {
		List<String> stuck = new ArrayList<>();
		for (Procedure procedure : document().getProcedures()) {
			for (Step step : procedure.getSteps()) {
				boolean ends = reachableFrom(step).stream().anyMatch(s -> s.getShape() == StepShape.END);
				if (!ends) {
					stuck.add(label(step) + " never reaches an END step: give its loop a way out through a"
							+ " DECISION, or make the procedure's last step shape=\"END\"");
				}
			}
		}
		assertTrue(stuck.isEmpty(), () -> describe() + ":\n - " + String.join("\n - ", stuck));
	}

	@Test
	public final void everyBoundActionTypeIsOfferedByAStepActionService() {
		Map<String, List<String>> bindings = boundActionTypes(document());
		Set<String> missing = awaitActionTypes(bindings.keySet());
		assertTrue(missing.isEmpty(), () -> describe() + " binds action types that no registered StepAction service"
				+ " offers within " + WAIT_MILLIS / 1000 + " s:\n - "
				+ missing.stream().map(type -> "action type '" + type + "' (bound by "
						+ String.join(", ", bindings.get(type)) + ")").collect(Collectors.joining("\n - "))
				+ "\nInstalled types: " + installedActionTypes() + ". Install the bundle that provides the type"
				+ " (id.cadang.dump provides the core ones) or bind the step to an installed type.");
	}

	/**
	 * The plug-in's SOP as the running registry lists it, waiting up to {@value #WAIT_MILLIS} ms for it;
	 * fails with the registry's reason when the plug-in is reported broken instead.
	 */
	protected final InstalledSop installedSop() {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		SopRegistry registry;
		try {
			registry = registryTracker.waitForService(WAIT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for the SopRegistry service", e);
		}
		assertNotNull(registry, "no SopRegistry service within " + WAIT_MILLIS / 1000
				+ " s: the test runtime needs bundle id.cadang.core and Felix SCR started");
		while (true) {
			SopRegistry current = Optional.ofNullable(registryTracker.getService()).orElse(registry);
			Optional<InstalledSop> sop = current.sop(sopId());
			if (sop.isPresent()) {
				return sop.get();
			}
			List<BrokenSop> broken = current.broken().stream().filter(b -> bundleSymbolicName().equals(b.bundle()))
					.toList();
			if (!broken.isEmpty()) {
				fail("SOP plug-in " + bundleSymbolicName() + " is reported broken by the SopRegistry:\n - "
						+ broken.stream().map(b -> b.resource() + ": " + b.reason()).collect(Collectors.joining("\n - ")));
			}
			if (System.currentTimeMillis() > deadline) {
				fail("SOP '" + sopId() + "' is not listed by the SopRegistry within " + WAIT_MILLIS / 1000
						+ " s (listed: " + current.sops().stream().map(InstalledSop::id).toList() + "): check that bundle "
						+ bundleSymbolicName() + " carries the manifest header " + SopRegistry.HEADER
						+ " naming its .sop file, includes sop/ in bin.includes, and that the document's id is '"
						+ sopId() + "'");
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for SOP '" + sopId() + "'", e);
			}
		}
	}

	/** The plug-in's SOP document as loaded by the running registry. */
	protected final SopDocument document() {
		return installedSop().document();
	}

	/** The procedure with {@code id}; fails naming the procedures there are when there is none. */
	protected final Procedure procedure(String id) {
		return document().getProcedures().stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("SOP '" + sopId() + "' has no procedure '" + id + "'; it has "
						+ document().getProcedures().stream().map(Procedure::getId).toList()));
	}

	/** The official step numbers of {@code procedure}, in printed order. */
	protected static List<String> stepNumbers(Procedure procedure) {
		return procedure.getSteps().stream().map(Step::getNumber).toList();
	}

	/** The step numbered {@code number} in {@code procedure}; fails when there is none. */
	protected static Step step(Procedure procedure, String number) {
		return procedure.getSteps().stream().filter(s -> number.equals(s.getNumber())).findFirst()
				.orElseThrow(() -> new AssertionError("procedure '" + procedure.getId() + "' has no step " + number
						+ "; its steps are " + stepNumbers(procedure)));
	}

	/**
	 * The steps reachable from {@code start} (itself included): through both branches of a DECISION,
	 * otherwise through {@link Steps#successor(Step)}.
	 */
	protected static Set<Step> reachableFrom(Step start) {
		Set<Step> reached = new LinkedHashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (!reached.add(step)) {
				continue;
			}
			if (step.getShape() == StepShape.DECISION) {
				Optional.ofNullable(step.getYes()).ifPresent(todo::push);
				Optional.ofNullable(step.getNo()).ifPresent(todo::push);
			} else {
				Steps.successor(step).ifPresent(todo::push);
			}
		}
		return reached;
	}

	/** The action types {@code document} binds, each with the steps that bind it. */
	private static Map<String, List<String>> boundActionTypes(SopDocument document) {
		Map<String, List<String>> bindings = new LinkedHashMap<>();
		for (Procedure procedure : document.getProcedures()) {
			for (Step step : procedure.getSteps()) {
				if (step.getAction() != null) {
					bindings.computeIfAbsent(step.getAction().getType(), t -> new ArrayList<>()).add(label(step));
				}
			}
		}
		return bindings;
	}

	/**
	 * Waits, {@value #WAIT_MILLIS} ms in all, for a {@link StepAction} service of each type (step actions
	 * are DS components that may register after the plug-in); the types still missing then.
	 */
	private Set<String> awaitActionTypes(Set<String> types) {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		Set<String> missing = new TreeSet<>();
		for (String type : types) {
			ServiceTracker<StepAction, StepAction> tracker = new ServiceTracker<>(context, actionFilter(type), null);
			actionTrackers.add(tracker);
			tracker.open();
			try {
				if (tracker.waitForService(Math.max(1, deadline - System.currentTimeMillis())) == null) {
					missing.add(type);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for step action '" + type + "'", e);
			}
		}
		return missing;
	}

	private Filter actionFilter(String type) {
		String filter = "(&(objectClass=" + StepAction.class.getName() + ")(" + StepAction.TYPE + "="
				+ type.replaceAll("([\\\\*()])", "\\\\$1") + "))";
		try {
			return context.createFilter(filter);
		} catch (InvalidSyntaxException e) {
			throw new AssertionError("action type '" + type + "' makes no valid service filter: " + filter, e);
		}
	}

	private Set<String> installedActionTypes() {
		Set<String> types = new TreeSet<>();
		try {
			ServiceReference<?>[] references = context.getAllServiceReferences(StepAction.class.getName(), null);
			for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
				types.add(String.valueOf(reference.getProperty(StepAction.TYPE)));
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return types;
	}

	private String describe() {
		return "SOP '" + sopId() + "' of " + bundleSymbolicName();
	}

	private static String label(Step step) {
		String procedure = step.eContainer() instanceof Procedure p ? p.getId() : "?";
		return "step " + step.getNumber() + " '" + step.getId() + "' of procedure '" + procedure + "'";
	}
}
