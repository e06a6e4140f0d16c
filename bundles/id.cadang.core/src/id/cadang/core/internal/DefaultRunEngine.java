package id.cadang.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import id.cadang.catalog.Answer;
import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunSnapshot;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskCompletion;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskOpen;
import id.cadang.catalog.TaskQuery;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;
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
 * Runs procedures as persistent state machines in the catalog. Automated steps call the {@link StepAction} bound
 * to their type while this process holds the run's lease; a human step opens a task for its roles and the run
 * WAITS until someone completes it, in this process or another one days later. A run always follows the SOP model
 * it started with (its snapshot). Every event goes to the audit trail with its actor, and every step is measured
 * against its time standard the moment it ends, or, for an open task, whenever tasks or the run are looked at.
 */
@Component(service = RunEngine.class)
public final class DefaultRunEngine implements RunEngine {

	/** How long a run stays taken by a process that stopped renewing its lease. */
	static final Duration LEASE = Duration.ofMinutes(2);

	/** A decision step's action parameter: the wait before the second check, doubled before each further one. */
	static final String RETRY_DELAY = "retryDelay";

	/** A decision step's action parameter: how many checks may answer no before the run fails with an alert. */
	static final String RETRIES = "retries";

	static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(1);
	static final int DEFAULT_RETRIES = 5;

	/** Who the audit trail names for what the program did itself. */
	static final String ACTOR = "cadang";

	/** A loop through human steps may repeat, but not forever within one walk. */
	private static final int MAX_VISITS_PER_STEP = 100;

	private final Map<String, StepAction> actions = new ConcurrentHashMap<>();

	/** Listeners registered as services (the notifier): they hear every run this engine takes on. */
	private final List<RunListener> observers = new CopyOnWriteArrayList<>();

	private final Catalog catalog;
	private final SopRegistry registry;
	private final Path home;
	private final Clock clock;
	private final Sleeper sleeper;
	private final String owner;
	private final String host;

	@Activate
	public DefaultRunEngine(@Reference Catalog catalog, @Reference SopRegistry registry, BundleContext context) {
		this(catalog, registry, CadangHome.resolve(context.getProperty("cadang.home")));
	}

	DefaultRunEngine(Catalog catalog, SopRegistry registry, Path home) {
		this(catalog, registry, home, Clock.systemUTC(), Sleeper.REAL);
	}

	/**
	 * @param clock   the time every step, task and due time is measured with
	 * @param sleeper waits between the checks of a loop
	 */
	DefaultRunEngine(Catalog catalog, SopRegistry registry, Path home, Clock clock, Sleeper sleeper) {
		this.catalog = catalog;
		this.registry = registry;
		this.home = home;
		this.clock = clock;
		this.sleeper = sleeper;
		this.host = host();
		this.owner = host + ":" + ProcessHandle.current().pid() + ":" + Instant.now();
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addAction(StepAction action, Map<String, Object> properties) {
		actions.put(typeOf(action, properties), action);
	}

	void removeAction(StepAction action, Map<String, Object> properties) {
		actions.remove(typeOf(action, properties), action);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addObserver(RunListener observer) {
		observers.add(observer);
	}

	void removeObserver(RunListener observer) {
		observers.remove(observer);
	}

	/** The caller's listener, then every registered one; a registered one that throws never fails the run. */
	private RunListener heard(RunListener listener) {
		return Observers.of(listener, observers);
	}

	private static String typeOf(StepAction action, Map<String, Object> properties) {
		Object type = properties.get(StepAction.TYPE);
		return type == null ? action.type() : type.toString();
	}

	/** {@code host:pid:start} of this engine, as it holds leases. */
	String owner() {
		return owner;
	}

	// --- starting and advancing

	@Override
	public RunOutcome run(RunRequest request, RunListener caller) {
		RunListener listener = heard(caller);
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
		if (procedure.getSteps().isEmpty()) {
			throw new CadangException("procedure '" + procedure.getId() + "' of SOP '" + sop.id()
					+ "' has no steps: fix the SOP plug-in");
		}

		Instant started = clock.instant();
		long runId = catalog.startRun(sop.id(), procedure.getId(), binding.name(), started);
		catalog.acquireLease(runId, owner, started.plus(LEASE), started);
		try {
			catalog.saveRunSnapshot(runId, sop.bundleVersion(), xmi(sop.document()));
			catalog.audit(ACTOR, "run.started", subject(runId), "SOP " + sop.id() + " " + sop.bundleVersion()
					+ ", procedure " + procedure.getId() + ", binding " + binding.name());
			listener.runStarted(runId, sop.id(), procedure.getId(), binding.name());
			LoadedRun run = load(catalog.run(runId).orElseThrow());
			walk(run, run.procedure().getSteps().get(0), listener);
		} catch (RuntimeException e) {
			failRun(runId, message(e), listener);
		}
		catalog.releaseLease(runId, owner); // not in finally: a process dying of an Error leaves its lease to run out
		return outcome(runId);
	}

	@Override
	public RunOutcome advance(long runId, RunListener caller) {
		RunListener listener = heard(caller);
		RunRecord run = runRecord(runId);
		if (run.status().finished()) {
			return outcome(runId);
		}
		List<TaskRecord> open = openTasksOf(runId);
		if (!open.isEmpty()) {
			open.forEach(this::detectOverdue);
			return outcome(runId);
		}
		if (!take(run, clock.instant())) {
			throw new CadangException("run " + runId + " is being executed by " + run.leaseOwner() + " until "
					+ run.leaseUntil() + "; wait for it, or see: cadang run-status " + runId);
		}
		try {
			resume(run, listener);
		} catch (RuntimeException e) {
			catalog.releaseLease(runId, owner);
			throw e;
		}
		catalog.releaseLease(runId, owner);
		return outcome(runId);
	}

	@Override
	public List<RunOutcome> resumeAbandoned(RunListener caller) {
		RunListener listener = heard(caller);
		List<RunOutcome> resumed = new ArrayList<>();
		Instant now = clock.instant();
		// every RUNNING run with a lease: those whose lease ran out, and those whose owner died on this host
		for (RunRecord run : catalog.abandonedRuns(now.plus(Duration.ofDays(365 * 100)))) {
			boolean ranOut = run.leaseUntil() == null || run.leaseUntil().isBefore(now);
			if (!ranOut && !LeaseOwners.deadHere(run.leaseOwner(), host) || !take(run, now)) {
				continue; // its process still lives, or another process took it first
			}
			try {
				catalog.audit(ACTOR, "run.resumed", subject(run.id()), "the process " + run.leaseOwner()
						+ " stopped while executing it (lease until " + run.leaseUntil() + "); resumed by " + owner);
				resume(run, listener);
			} catch (RuntimeException e) {
				failRun(run.id(), message(e), listener);
			}
			catalog.releaseLease(run.id(), owner);
			resumed.add(outcome(run.id()));
		}
		return resumed;
	}

	/**
	 * Takes the run's lease: when it is free or has run out, or when the process that holds it was on this host and
	 * is dead (killed, crashed), without waiting for its lease to run out. The dead process's lease is taken only
	 * while it is still the one {@code run} saw, so a live process that took it meanwhile keeps it.
	 */
	private boolean take(RunRecord run, Instant now) {
		if (catalog.acquireLease(run.id(), owner, now.plus(LEASE), now)) {
			return true;
		}
		return run.leaseUntil() != null && !owner.equals(run.leaseOwner())
				&& LeaseOwners.deadHere(run.leaseOwner(), host)
				&& catalog.acquireLease(run.id(), owner, now.plus(LEASE), run.leaseUntil().plusMillis(1));
	}

	/** Goes on with a RUNNING run whose lease this engine holds, from the step it stands at. */
	private void resume(RunRecord record, RunListener listener) {
		long runId = record.id();
		LoadedRun run = load(record);
		List<StepRecord> steps = catalog.steps(runId);
		Optional<StepRecord> interrupted = steps.stream().filter(s -> s.status() == StepStatus.RUNNING)
				.reduce((a, b) -> b);
		Instant now = clock.instant();
		int failedBackups = catalog.failRunningBackups(runId, now, "interrupted by a restart");
		if (interrupted.isPresent()) {
			StepRecord cut = interrupted.get();
			Step step = run.step(cut.stepId());
			catalog.setStepActor(cut.id(), ACTOR); // it was this program's step, cut short
			if (!repeatable(cut.actionType())) {
				String why = "interrupted by a restart; its action '" + cut.actionType()
						+ "' is not safe to repeat, so it was not run again: check what it did, then start a new run";
				catalog.finishStep(cut.id(), StepStatus.FAILED, now, why);
				catalog.audit(ACTOR, "step.failed", subject(runId), "step " + cut.number() + ": " + why);
				failRun(runId, "step " + cut.number() + " was " + why, listener);
				return;
			}
			catalog.finishStep(cut.id(), StepStatus.FAILED, now, "interrupted by a restart"
					+ (failedBackups > 0 ? " (" + failedBackups + " unfinished backup(s) marked FAILED)" : "")
					+ "; run again, its action '" + cut.actionType() + "' is safe to repeat");
			go(run, step, listener);
			return;
		}
		Step current = record.current().map(run::step).orElse(run.procedure().getSteps().get(0));
		if (!openTasksOf(runId).isEmpty()) {
			catalog.moveRun(runId, RunStatus.WAITING, current.getId()); // stopped between opening a task and waiting
			return;
		}
		go(run, current, listener);
	}

	/** As {@link #walk}; whatever stops it unexpectedly fails the run with the reason, never leaves it half-way. */
	private void go(LoadedRun run, Step step, RunListener listener) {
		try {
			walk(run, step, listener);
		} catch (RuntimeException e) {
			failRun(run.id(), message(e), listener);
		}
	}

	/** Walks from {@code step} until the run waits for a person, fails or ends. The lease is held. */
	private void walk(LoadedRun run, Step step, RunListener listener) {
		long runId = run.id();
		Map<Step, Integer> visits = new HashMap<>();
		while (step != null) {
			if (visits.merge(step, 1, Integer::sum) > MAX_VISITS_PER_STEP) {
				failRun(runId, "step " + step.getNumber() + " was repeated " + MAX_VISITS_PER_STEP
						+ " times; the loop in the SOP never ended", listener);
				return;
			}
			catalog.moveRun(runId, RunStatus.RUNNING, step.getId());
			if (step.getAction() == null) {
				openTask(run, step, Optional.empty(), listener);
				return;
			}
			Optional<StepResult> done = automated(run, step, listener);
			if (done.isEmpty()) {
				return; // another process took the run over while the action ran
			}
			StepResult result = done.get();
			if (result.outcome() == StepResult.Outcome.FAILED) {
				failRun(runId, "step " + step.getNumber() + " failed: " + result.message(), listener);
				return;
			}
			if (step.getShape() == StepShape.DECISION && result.outcome() == StepResult.Outcome.NO) {
				int checks = checksOf(runId, step);
				int allowed = retries(step);
				if (checks >= allowed) {
					String alert = "step " + step.getNumber() + " (" + step.getActivity() + ") answered no at all "
							+ checks + " checks: what it waits for never appeared; see to it, then start a new run";
					catalog.audit(ACTOR, "run.alert", subject(runId), alert + " (roles: " + roleNames(step) + ")");
					listener.alert(runId, step, alert);
					failRun(runId, alert, listener);
					return;
				}
			}
			step = next(step, result.outcome());
		}
		finishRun(runId, listener);
	}

	private static Step next(Step step, StepResult.Outcome outcome) {
		if (step.getShape() == StepShape.DECISION) {
			return outcome == StepResult.Outcome.NO ? step.getNo() : step.getYes();
		}
		return Steps.successor(step).orElse(null);
	}

	// --- automated steps

	/** Runs an automated step; empty when this process lost the run's lease meanwhile. */
	private Optional<StepResult> automated(LoadedRun run, Step step, RunListener listener) {
		long runId = run.id();
		backoff(run, step, listener);
		ActionBinding binding = step.getAction();
		Instant started = clock.instant();
		listener.stepStarted(step);
		long recordId = catalog.startStep(runId, new StepStart(step.getId(), step.getNumber(), step.getActivity(),
				binding.getType(), roleNames(step), TimeStandards.safeDuration(step.getTimeStandard()).orElse(null),
				started));
		catalog.audit(ACTOR, "step.started", subject(runId), "step " + step.getNumber() + " (" + binding.getType() + ")");
		StepResult result;
		try (LeaseKeeper keeper = LeaseKeeper.start(catalog, runId, owner, clock, LEASE)) {
			result = execute(run, step, binding, listener);
		}
		Instant finished = clock.instant();
		if (!catalog.acquireLease(runId, owner, finished.plus(LEASE), finished)) {
			return Optional.empty();
		}
		boolean failed = result.outcome() == StepResult.Outcome.FAILED;
		catalog.finishStep(recordId, failed ? StepStatus.FAILED : StepStatus.DONE, finished, result.message());
		catalog.setStepActor(recordId, ACTOR);
		catalog.audit(ACTOR, failed ? "step.failed" : "step.finished", subject(runId), "step " + step.getNumber()
				+ (step.getShape() == StepShape.DECISION && !failed ? " answered " + result.outcome() : "") + ": "
				+ result.message());
		TimeStandards.safeDuration(step.getTimeStandard()).ifPresent(standard -> {
			Duration took = Duration.between(started, finished);
			if (took.compareTo(standard) > 0) {
				deviation(runId, recordId, "step " + step.getNumber() + " took " + TimeStandards.human(took)
						+ " against its standard of " + TimeStandards.human(standard) + "; responsible: " + roleNames(step),
						roleIds(step), listener);
			}
		});
		listener.stepFinished(step, record(runId, recordId));
		return Optional.of(result);
	}

	/** Before a decision's second and later checks: wait the step's retry delay, doubled at every check. */
	private void backoff(LoadedRun run, Step step, RunListener listener) {
		if (step.getShape() != StepShape.DECISION) {
			return;
		}
		List<StepRecord> earlier = catalog.steps(run.id()).stream().filter(s -> s.stepId().equals(step.getId()))
				.filter(s -> s.finished() != null).toList();
		if (earlier.isEmpty()) {
			return;
		}
		Duration delay = retryDelay(step).multipliedBy(1L << Math.min(earlier.size() - 1, 20));
		Instant notBefore = earlier.get(earlier.size() - 1).finished().plus(delay);
		Duration wait = Duration.between(clock.instant(), notBefore);
		if (wait.isNegative() || wait.isZero()) {
			return;
		}
		listener.retrying(step, earlier.size() + 1, wait);
		try (LeaseKeeper keeper = LeaseKeeper.start(catalog, run.id(), owner, clock, LEASE)) {
			sleeper.sleep(wait);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CadangException("interrupted while waiting " + TimeStandards.human(wait) + " before checking step "
					+ step.getNumber() + " again");
		}
	}

	private int checksOf(long runId, Step step) {
		return (int) catalog.steps(runId).stream().filter(s -> s.stepId().equals(step.getId())).count();
	}

	private static Duration retryDelay(Step step) {
		return Steps.parameter(step, RETRY_DELAY).map(value -> {
			try {
				return Duration.parse(value);
			} catch (RuntimeException e) {
				throw new CadangException("step " + step.getNumber() + ": parameter " + RETRY_DELAY + "='" + value
						+ "' is not an ISO-8601 duration: write it as PT1M or PT30S in the SOP plug-in");
			}
		}).orElse(DEFAULT_RETRY_DELAY);
	}

	private static int retries(Step step) {
		return Steps.parameter(step, RETRIES).map(value -> {
			try {
				return Math.max(1, Integer.parseInt(value.strip()));
			} catch (NumberFormatException e) {
				throw new CadangException("step " + step.getNumber() + ": parameter " + RETRIES + "='" + value
						+ "' is not a whole number: write how many checks may answer no, e.g. 5");
			}
		}).orElse(DEFAULT_RETRIES);
	}

	/** Whether the action of this type says an interrupted step may run again; an action not installed may not. */
	private boolean repeatable(String type) {
		StepAction action = type == null ? null : actions.get(type);
		return action != null && action.repeatable();
	}

	private StepResult execute(LoadedRun run, Step step, ActionBinding binding, RunListener listener) {
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
			StepResult result = action.execute(new RunStepContext(run.id(), run.sop(), step, run.binding(), parameters,
					catalog, home, listener));
			return result == null ? StepResult.failed("action '" + binding.getType() + "' returned no result") : result;
		} catch (Exception e) {
			return StepResult.failed(message(e));
		}
	}

	// --- human steps

	private void openTask(LoadedRun run, Step step, Optional<String> returnReason, RunListener listener) {
		long runId = run.id();
		Instant opened = clock.instant();
		listener.stepStarted(step);
		long recordId = catalog.startStep(runId, new StepStart(step.getId(), step.getNumber(), step.getActivity(), null,
				roleNames(step), TimeStandards.safeDuration(step.getTimeStandard()).orElse(null), opened));
		TaskKind kind = step.getShape() == StepShape.DECISION ? TaskKind.DECISION
				: step.getForm() != null ? TaskKind.FORM : TaskKind.TASK;
		Instant due = TimeStandards.due(step.getTimeStandard(), opened, run.zone()).orElse(null);
		Map<String, String> form = step.getForm() == null ? Map.of() : savedForm(runId, step.getForm().getId());
		long taskId = catalog.openTask(new TaskOpen(runId, recordId, step.getId(), step.getNumber(), kind,
				step.getPerformers().stream().map(Role::getId).toList(), opened, due,
				step.getForm() == null ? null : step.getForm().getId(), form, returnReason.orElse(null)));
		catalog.finishStep(recordId, StepStatus.TASK_OPEN, null, roleNames(step).isEmpty() ? "-" : roleNames(step));
		catalog.moveRun(runId, RunStatus.WAITING, step.getId());
		catalog.audit(ACTOR, "task.opened", subject(runId), "task " + taskId + " (" + kind + ") for step "
				+ step.getNumber() + ", roles " + roleNames(step) + (due == null ? "" : ", due " + due)
				+ returnReason.map(r -> ", sent back: " + r).orElse(""));
		TaskRecord task = catalog.task(taskId).orElseThrow();
		listener.stepFinished(step, record(runId, recordId));
		listener.taskOpened(step, task);
		listener.runWaiting(runId, task);
	}

	/** The form as last saved in this run, to carry on filling it. */
	private Map<String, String> savedForm(long runId, String formId) {
		return catalog.tasks(TaskQuery.ofRun(runId)).stream()
				.filter(t -> formId.equals(t.formId()) && t.status() == TaskStatus.DONE)
				.reduce((a, b) -> b).map(TaskRecord::formData).orElse(Map.of());
	}

	@Override
	public RunOutcome completeTask(long taskId, String user, Map<String, String> fields, Optional<Answer> answer,
			String note, RunListener caller) {
		RunListener listener = heard(caller);
		TaskRecord task = openTask(taskId);
		LoadedRun run = load(runRecord(task.runId()));
		Step step = run.step(task.stepId());
		checkRole(run, step, task, user);
		if (task.kind() == TaskKind.DECISION && answer.isEmpty()) {
			throw new CadangException("task " + taskId + " asks '" + step.getActivity()
					+ "': answer it with --answer yes or --answer no");
		}
		if (task.kind() != TaskKind.DECISION && answer.isPresent()) {
			throw new CadangException("task " + taskId + " (step " + step.getNumber()
					+ ") is not a decision: leave out --answer");
		}
		Map<String, String> form;
		if (step.getForm() != null) {
			form = Forms.fill(step.getForm(), task.formData(), fields);
		} else if (!fields.isEmpty()) {
			throw new CadangException("step " + step.getNumber() + " has no form: leave out --field "
					+ String.join(", ", fields.keySet()));
		} else {
			form = Map.of();
		}
		Instant now = clock.instant();
		lease(run);
		try {
			if (!catalog.completeTask(taskId, new TaskCompletion(user, now, answer.orElse(null), note, form))) {
				throw new CadangException("task " + taskId + " was closed by someone else just now: see cadang tasks");
			}
			String summary = "done by " + user + answer.map(a -> ", answer " + a).orElse("")
					+ (note == null || note.isBlank() ? "" : ": " + note);
			catalog.finishStep(task.stepRecordId(), StepStatus.DONE, now, summary);
			catalog.setStepActor(task.stepRecordId(), user);
			catalog.audit(user, "task.done", subject(run.id()), "task " + taskId + ", step " + step.getNumber() + ": "
					+ summary);
			if (!form.isEmpty()) {
				catalog.audit(user, "form.saved", subject(run.id()), "form " + step.getForm().getId() + " at step "
						+ step.getNumber() + ": " + form.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
								.collect(Collectors.joining("; ")));
			}
			humanDeviation(run, step, task, now, listener);
			listener.stepFinished(step, record(run.id(), task.stepRecordId()));
			Step next = next(step, answer.map(a -> a == Answer.NO ? StepResult.Outcome.NO : StepResult.Outcome.YES)
					.orElse(StepResult.Outcome.SUCCEEDED));
			go(run, next, listener);
		} catch (RuntimeException e) {
			catalog.releaseLease(run.id(), owner);
			throw e;
		}
		catalog.releaseLease(run.id(), owner);
		return outcome(run.id());
	}

	@Override
	public RunOutcome returnTask(long taskId, String user, String reason, RunListener caller) {
		RunListener listener = heard(caller);
		if (reason == null || reason.isBlank()) {
			throw new CadangException("say why task " + taskId + " is sent back: --reason \"...\"");
		}
		TaskRecord task = openTask(taskId);
		LoadedRun run = load(runRecord(task.runId()));
		Step step = run.step(task.stepId());
		checkRole(run, step, task, user);
		StepRecord previous = catalog.steps(run.id()).stream()
				.filter(s -> s.id() < task.stepRecordId() && s.actionType() == null && !s.stepId().equals(task.stepId())
						&& s.status() == StepStatus.DONE)
				.reduce((a, b) -> b)
				.orElseThrow(() -> new CadangException("step " + step.getNumber() + " is the first human step of run "
						+ run.id() + ": there is no step before it to send back to; complete it instead"));
		Instant now = clock.instant();
		lease(run);
		try {
			if (!catalog.closeTask(taskId, TaskStatus.RETURNED, user, now, reason)) {
				throw new CadangException("task " + taskId + " was closed by someone else just now: see cadang tasks");
			}
			catalog.finishStep(task.stepRecordId(), StepStatus.RETURNED, now, "sent back to step " + previous.number()
					+ " by " + user + ": " + reason);
			catalog.setStepActor(task.stepRecordId(), user);
			catalog.audit(user, "task.returned", subject(run.id()), "task " + taskId + ", step " + step.getNumber()
					+ " sent back to step " + previous.number() + ": " + reason);
			listener.stepFinished(step, record(run.id(), task.stepRecordId()));
			try {
				openTask(run, run.step(previous.stepId()), Optional.of(reason), listener);
			} catch (RuntimeException e) {
				failRun(run.id(), message(e), listener);
			}
		} catch (RuntimeException e) {
			catalog.releaseLease(run.id(), owner);
			throw e;
		}
		catalog.releaseLease(run.id(), owner);
		return outcome(run.id());
	}

	private TaskRecord openTask(long taskId) {
		TaskRecord task = catalog.task(taskId).orElseThrow(
				() -> new CadangException("there is no task " + taskId + "; see the open ones with: cadang tasks"));
		if (task.status() != TaskStatus.OPEN) {
			throw new CadangException("task " + taskId + " (step " + task.stepNumber() + " of run " + task.runId()
					+ ") is already " + task.status() + (task.doneBy() == null ? "" : " by " + task.doneBy())
					+ (task.doneAt() == null ? "" : " at " + task.doneAt()) + "; see the open ones with: cadang tasks");
		}
		return task;
	}

	private void checkRole(LoadedRun run, Step step, TaskRecord task, String user) {
		if (user == null || user.isBlank()) {
			throw new CadangException("say who you are with --as <user>");
		}
		if (catalog.user(user).isEmpty()) {
			throw new CadangException("there is no user '" + user + "': add the user with: cadang users add " + user);
		}
		List<RoleGrant> grants = catalog.roleGrants(user);
		if (task.roles().stream().noneMatch(role -> grants.stream()
				.anyMatch(g -> g.covers(run.record().sop(), run.record().binding(), role)))) {
			String needed = step.getPerformers().stream().map(r -> "'" + r.getName() + "' (" + r.getId() + ")")
					.collect(Collectors.joining(" or "));
			throw new CadangException("user '" + user + "' does not hold the role " + needed + " of SOP '"
					+ run.record().sop() + "' (binding " + run.record().binding() + ") that step " + step.getNumber()
					+ " needs; grant it with: cadang roles grant " + user + " " + run.record().sop() + " "
					+ task.roles().get(0));
		}
	}

	private void lease(LoadedRun run) {
		Instant now = clock.instant();
		if (!catalog.acquireLease(run.id(), owner, now.plus(LEASE), now)) {
			RunRecord record = runRecord(run.id());
			throw new CadangException("run " + run.id() + " is being executed by " + record.leaseOwner() + " until "
					+ record.leaseUntil() + "; try again when it waits");
		}
	}

	// --- time standards

	private void humanDeviation(LoadedRun run, Step step, TaskRecord task, Instant done, RunListener listener) {
		if (task.dueAt() != null && done.isAfter(task.dueAt())) {
			Duration took = Duration.between(task.openedAt(), done);
			deviation(run.id(), task.stepRecordId(), "step " + step.getNumber() + " took " + TimeStandards.human(took)
					+ " against its standard of " + standardText(step, task) + "; responsible: " + roleNames(step),
					task.roles(), listener);
		}
	}

	/** An open task past its due time is a deviation from the moment it is seen. */
	private void detectOverdue(TaskRecord task) {
		Instant now = clock.instant();
		if (task.status() == TaskStatus.OPEN && task.dueAt() != null && now.isAfter(task.dueAt())) {
			deviation(task.runId(), task.stepRecordId(), "step " + task.stepNumber() + " is still open "
					+ TimeStandards.human(Duration.between(task.dueAt(), now)) + " past its due time " + task.dueAt()
					+ "; responsible: " + String.join(", ", task.roles()), task.roles(), heard(RunListener.NONE));
		}
	}

	private void deviation(long runId, long stepRecordId, String text, List<String> roles, RunListener listener) {
		if (catalog.recordDeviation(stepRecordId, text)) {
			catalog.audit(ACTOR, "deviation", subject(runId), text);
			listener.deviation(runId, stepRecordId, roles, text);
		}
	}

	private static String standardText(Step step, TaskRecord task) {
		return TimeStandards.safeDuration(step.getTimeStandard()).map(TimeStandards::human)
				.orElse(step.getTimeStandard() == null ? "-" : step.getTimeStandard().getFrequency()
						+ " (due " + task.dueAt() + ")");
	}

	// --- looking at runs and tasks

	@Override
	public RunOutcome status(long runId) {
		runRecord(runId);
		openTasksOf(runId).forEach(this::detectOverdue);
		return outcome(runId);
	}

	@Override
	public List<TaskRecord> openTasks() {
		catalog.tasks(TaskQuery.open()).forEach(this::detectOverdue);
		return catalog.tasks(TaskQuery.open());
	}

	private List<TaskRecord> openTasksOf(long runId) {
		return catalog.tasks(new TaskQuery(runId, TaskStatus.OPEN, null));
	}

	private RunRecord runRecord(long runId) {
		return catalog.run(runId).orElseThrow(
				() -> new CadangException("there is no run " + runId + "; see the runs with: cadang runs"));
	}

	private RunOutcome outcome(long runId) {
		return new RunOutcome(catalog.run(runId).orElseThrow(), catalog.steps(runId),
				catalog.tasks(TaskQuery.ofRun(runId)));
	}

	// --- ending runs

	private void finishRun(long runId, RunListener listener) {
		catalog.finishRun(runId, RunStatus.SUCCEEDED, clock.instant(), null);
		catalog.audit(ACTOR, "run.finished", subject(runId), "SUCCEEDED");
		listener.runFinished(runId, true, null);
	}

	private void failRun(long runId, String error, RunListener listener) {
		Instant now = clock.instant();
		for (TaskRecord open : openTasksOf(runId)) {
			catalog.closeTask(open.id(), TaskStatus.CANCELLED, ACTOR, now, "the run failed: " + error);
		}
		catalog.finishRun(runId, RunStatus.FAILED, now, error);
		catalog.audit(ACTOR, "run.failed", subject(runId), error);
		listener.runFinished(runId, false, error);
	}

	// --- the run's own SOP

	/** A run with the SOP model it started with, its procedure and its binding. */
	record LoadedRun(RunRecord record, SopDocument sop, Procedure procedure, Binding binding) {

		long id() {
			return record.id();
		}

		Step step(String id) {
			return procedure.getSteps().stream().filter(s -> s.getId().equals(id)).findFirst()
					.orElseThrow(() -> new CadangException("run " + record.id() + " stands at step '" + id
							+ "', which its SOP snapshot does not have: the catalog and the snapshot disagree"));
		}

		ZoneId zone() {
			try {
				return ZoneId.of(sop.getTimeZone() == null ? "Asia/Jakarta" : sop.getTimeZone());
			} catch (RuntimeException e) {
				return ZoneId.of("Asia/Jakarta");
			}
		}
	}

	private LoadedRun load(RunRecord record) {
		Optional<RunSnapshot> snapshot = catalog.runSnapshot(record.id());
		SopDocument sop;
		if (snapshot.isPresent()) {
			sop = SopResources.load(new ByteArrayInputStream(snapshot.get().xmi()), "snapshot of run " + record.id());
		} else {
			sop = registry.sop(record.sop()).map(InstalledSop::document).orElseThrow(() -> new CadangException("run "
					+ record.id() + " was recorded without its SOP and SOP '" + record.sop()
					+ "' is no longer installed: it cannot go on; install the plug-in again or start a new run"));
		}
		Procedure procedure = sop.getProcedures().stream().filter(p -> p.getId().equals(record.procedure()))
				.findFirst().orElseThrow(() -> new CadangException("run " + record.id() + ": SOP '" + record.sop()
						+ "' has no procedure '" + record.procedure() + "'"));
		Binding binding = catalog.binding(record.binding()).orElseThrow(() -> new CadangException("run " + record.id()
				+ " uses binding '" + record.binding() + "', which no longer exists: bind it again with cadang bind "
				+ record.sop() + " ... --name " + record.binding()));
		return new LoadedRun(record, sop, procedure, binding);
	}

	private StepRecord record(long runId, long recordId) {
		return catalog.steps(runId).stream().filter(r -> r.id() == recordId).findFirst().orElseThrow();
	}

	private static List<String> roleIds(Step step) {
		return step.getPerformers().stream().map(Role::getId).toList();
	}

	private static String roleNames(Step step) {
		return step.getPerformers().stream().map(Role::getName).collect(Collectors.joining(", "));
	}

	private static String subject(long runId) {
		return "run:" + runId;
	}

	private static byte[] xmi(SopDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(document, out);
		return out.toByteArray();
	}

	private static String message(Throwable e) {
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}

	private static String host() {
		String name = System.getenv("HOSTNAME");
		if (name != null && !name.isBlank()) {
			return name;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			return "localhost";
		}
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
