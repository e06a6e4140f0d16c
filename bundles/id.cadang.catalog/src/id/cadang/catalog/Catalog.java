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
}
