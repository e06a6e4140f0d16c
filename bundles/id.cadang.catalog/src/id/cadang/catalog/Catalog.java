package id.cadang.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record store: bindings, runs, step records and backups. One per {@code $CADANG_HOME};
 * safe to use from several threads.
 */
public interface Catalog {

	// --- bindings: an SOP's slots bound to this site's things

	/** Inserts or replaces the binding with this name. */
	void saveBinding(Binding binding);

	Optional<Binding> binding(String name);

	/** All bindings, or those of one SOP when {@code sop} is not null, by name. */
	List<Binding> bindings(String sop);

	// --- runs and their steps

	long startRun(String sop, String procedure, String binding, Instant started);

	void finishRun(long runId, RunStatus status, Instant finished, String error);

	Optional<RunRecord> run(long runId);

	List<RunRecord> runs(String sop);

	long startStep(long runId, StepStart step);

	void finishStep(long stepRecordId, StepStatus status, Instant finished, String message);

	List<StepRecord> steps(long runId);

	/**
	 * Keeps the SOP model a run started with (its XMI and the version of the plug-in that carried it), so the run
	 * can be read against the SOP it followed after a newer plug-in replaced it. Once per run.
	 */
	void saveRunSnapshot(long runId, String sopVersion, byte[] xmi);

	/** The SOP model the run started with; empty for runs recorded before snapshots were kept. */
	Optional<RunSnapshot> runSnapshot(long runId);

	// --- run state (schema version 5): where a run stands, and which process executes it

	/** Moves a run that has not ended to RUNNING or WAITING at step {@code currentStep}. */
	void moveRun(long runId, RunStatus status, String currentStep);

	/**
	 * Takes or renews a run's lease until {@code until}: granted when no process holds it, its holder let it run
	 * out before {@code now}, or {@code owner} holds it already. Refused for a run that ended.
	 *
	 * @param owner {@code host:pid:start} of the process
	 * @return whether {@code owner} now holds the lease
	 */
	boolean acquireLease(long runId, String owner, Instant until, Instant now);

	/** Gives up the lease if {@code owner} holds it. */
	void releaseLease(long runId, String owner);

	/** Runs still RUNNING whose lease ran out before {@code now}: the process executing them stopped. */
	List<RunRecord> abandonedRuns(Instant now);

	/** Marks the backups of one run still RUNNING as FAILED with {@code reason}; returns how many. */
	int failRunningBackups(long runId, Instant at, String reason);

	/** Records who did a step: a user name, or {@code cadang}. */
	void setStepActor(long stepRecordId, String actor);

	/**
	 * Records a step's deviation from its time standard, once.
	 *
	 * @return false when the step already had one
	 */
	boolean recordDeviation(long stepRecordId, String deviation);

	// --- people: users and the roles they hold

	/** Inserts or updates a user. */
	void saveUser(User user);

	Optional<User> user(String name);

	/** All users, by name. */
	List<User> users();

	/** Grants a role of an SOP to an existing user; granting twice changes nothing. */
	void grantRole(RoleGrant grant);

	/** The roles one user holds, or every grant when {@code user} is null. */
	List<RoleGrant> roleGrants(String user);

	// --- tasks: human steps waiting for their roles

	long openTask(TaskOpen task);

	Optional<TaskRecord> task(long taskId);

	/** Tasks, oldest first. */
	List<TaskRecord> tasks(TaskQuery query);

	/**
	 * Turns an OPEN task DONE.
	 *
	 * @return false when it was no longer OPEN (someone completed, returned or cancelled it first)
	 */
	boolean completeTask(long taskId, TaskCompletion completion);

	/**
	 * Turns an OPEN task RETURNED or CANCELLED, with the reason as its note.
	 *
	 * @return false when it was no longer OPEN
	 */
	boolean closeTask(long taskId, TaskStatus status, String user, Instant at, String reason);

	// --- backups

	/** Records a backup as RUNNING before its first byte is written; returns its id. */
	long startBackup(BackupStart backup);

	/** Turns a backup GOOD; call only once its file is durable. */
	void markGood(long backupId, GoodBackup result);

	void markFailed(long backupId, Instant finished, String error);

	Optional<BackupRecord> backup(long backupId);

	/** Backups, newest first, filtered by SOP and source (binding or slot) when those are not null. */
	List<BackupRecord> backups(BackupQuery query);

	// --- start-up and audit

	/**
	 * Marks every backup, run and step still RUNNING as FAILED with {@code reason}: they were left by a process
	 * that stopped without finishing them. Call once at start-up of the process that runs backups, before it
	 * starts any; a console sharing the catalog with a running service must not call it.
	 *
	 * @return how many backups and runs were marked
	 */
	int recoverInterrupted(String reason);

	/** Appends a line to the audit trail; returns its id. */
	long audit(String actor, String action, String subject, String detail);

	/** The audit trail, newest first, of one subject or of everything when {@code subject} is null. */
	List<AuditEntry> auditTrail(String subject);

	/**
	 * Checks the audit trail's hash chain: a changed, removed or foreign entry shows.
	 *
	 * @return one sentence per problem, naming the entry; empty when the trail is intact
	 */
	List<String> verifyAuditTrail();

	// --- restores (schema version 8): restore requests, and how a binding's service is stopped and started

	/** Files a restore request; returns its id. */
	long fileRestoreRequest(RestoreRequest request);

	/** Saves a filed request's new state (status, decisions, backups, outcome, confirmation). */
	void updateRestoreRequest(RestoreRequest request);

	Optional<RestoreRequest> restoreRequest(long id);

	/** Every restore request, newest first. */
	List<RestoreRequest> restoreRequests();

	/** Inserts or replaces how a binding's service is stopped, started and checked. */
	void saveServiceControl(ServiceControl control);

	Optional<ServiceControl> serviceControl(String binding);
}
