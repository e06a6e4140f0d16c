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

	// --- retention (schema version 7): deleted backups and a site's own retention policy per binding

	/**
	 * Turns a GOOD or FAILED backup DELETED once its file is gone from its target; the row stays, with the status it
	 * had, when and by whom.
	 *
	 * @throws IllegalStateException when the backup is not GOOD or FAILED
	 */
	void markDeleted(long backupId, Instant at, String actor);

	/** Sets (or replaces) a binding's own retention policy for one slot or for every slot. */
	void saveRetentionOverride(RetentionOverride override);

	/**
	 * Drops a binding's own policy for {@code slot} ({@link RetentionOverride#ALL_SLOTS} for the one for every slot):
	 * the SOP's rules apply again.
	 *
	 * @return false when there was none
	 */
	boolean removeRetentionOverride(String binding, String slot);

	/** A binding's own retention policies, by slot. */
	List<RetentionOverride> retentionOverrides(String binding);

	// --- reports (schema version 12): revisions of the weekly log, minutes, forms and compliance reports

	/**
	 * Keeps a new revision of a report: revision 1, or one more than the last of the same kind and subject.
	 *
	 * @throws IllegalStateException when a revision of it was accepted: an accepted report is immutable
	 */
	ReportRecord saveReport(ReportDraft draft);

	Optional<ReportRecord> report(long reportId);

	/** Every revision of the reports of one kind and subject, oldest first; null does not filter. */
	List<ReportRecord> reports(String kind, String subject);

	/** The bytes of one revision, as saved. */
	byte[] reportContent(long reportId);

	/**
	 * Sends a DRAFT revision back for correction (RETURNED, with the reason) or accepts it (ACCEPTED, with where
	 * its copy was archived). Only the latest revision of a report can be decided on.
	 *
	 * @return false when it was no longer a DRAFT
	 */
	boolean decideReport(long reportId, ReportStatus status, String user, Instant at, String note, String archivedAt);

	// --- notifications (schema version 9): the outbox of notices to role holders, mailed when SMTP is configured

	/** Stores a notification for one recipient; returns its id. */
	long addNotification(NotificationOpen notification);

	/** Notifications newest first, at most {@code limit}; those of one run when {@code runId} is not null. */
	List<Notification> notifications(Long runId, int limit);

	/** PENDING notifications due at {@code now} that no process has claimed, oldest first. */
	List<Notification> dueNotifications(Instant now, int limit);

	/**
	 * Claims a due notification for mailing until {@code until}.
	 *
	 * @return false when another process claimed it first, or it is no longer due
	 */
	boolean claimNotification(long id, Instant now, Instant until);

	/** The SMTP server accepted it. */
	void notificationSent(long id, Instant at);

	/** An attempt failed with {@code error}: tried again at {@code next}, or FAILED for good when {@code next} is null. */
	void notificationFailed(long id, String error, Instant next);

	/** Makes every PENDING and FAILED notification that has an address due at {@code now}; returns how many. */
	int retryNotifications(Instant now);

	// --- schedules (schema version 6): a site's overrides, the expected runs with their lease, alerts

	/** Inserts or replaces a binding's own schedule (a replaced SOP schedule, a new one, or one switched off). */
	void saveScheduleOverride(ScheduleOverride override);

	/** Removes a binding's own schedule; returns whether there was one. */
	boolean removeScheduleOverride(String binding, String scheduleId);

	/** The overrides of one binding, or of all when {@code binding} is null. */
	List<ScheduleOverride> scheduleOverrides(String binding);

	/**
	 * Takes the lease of one expected run of a schedule until {@code until}: granted to the first runtime that
	 * asks, and to another once its holder let the lease run out before {@code now} without starting a run. Two
	 * runtimes on one catalog therefore never start the same scheduled run twice.
	 */
	boolean claimScheduledRun(String binding, String scheduleId, Instant due, String owner, Instant until, Instant now,
			boolean late);

	/** Moves a scheduled run that {@code owner} holds to STARTED (with its run) or DONE, renewing or ending the lease. */
	boolean updateScheduledRun(String binding, String scheduleId, Instant due, String owner, FireStatus status,
			Long runId, Instant until, Instant now);

	/** Records an expected run that did not happen; false when it had been recorded (or claimed) already. */
	boolean recordMissedRun(String binding, String scheduleId, Instant due, Instant now);

	/** Expected runs, newest first: of one schedule of a binding, or all when the arguments are null. */
	List<FireRecord> scheduledRuns(String binding, String scheduleId, int limit);

	/** Raises an alert, once while one of the same kind and subject is open; returns its id. */
	long raiseAlert(String kind, String subject, String message, Instant at);

	/** Closes the open alerts of a kind about a subject; returns how many. */
	int closeAlerts(String kind, String subject, Instant at);

	/** Open alerts, oldest first. */
	List<Alert> openAlerts();

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
