package id.cadang.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Binding;
import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.catalog.H2Catalog;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunRecord;
import id.cadang.catalog.RunSnapshot;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepRecord;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskCompletion;
import id.cadang.catalog.TaskOpen;
import id.cadang.catalog.TaskQuery;
import id.cadang.catalog.TaskRecord;
import id.cadang.catalog.TaskStatus;
import id.cadang.catalog.User;

/** The catalog service: the H2 catalog of {@code cadang.home}, open while this component is active. */
@Component(service = Catalog.class)
public final class CatalogComponent implements Catalog {
	private volatile H2Catalog catalog;

	@Activate
	void activate(BundleContext context) {
		catalog = H2Catalog.open(CadangHome.resolve(context.getProperty("cadang.home")));
	}

	@Deactivate
	void deactivate() {
		catalog.close();
	}

	@Override
	public void saveBinding(Binding binding) {
		catalog.saveBinding(binding);
	}

	@Override
	public Optional<Binding> binding(String name) {
		return catalog.binding(name);
	}

	@Override
	public List<Binding> bindings(String sop) {
		return catalog.bindings(sop);
	}

	@Override
	public long startRun(String sop, String procedure, String binding, Instant started) {
		return catalog.startRun(sop, procedure, binding, started);
	}

	@Override
	public void finishRun(long runId, RunStatus status, Instant finished, String error) {
		catalog.finishRun(runId, status, finished, error);
	}

	@Override
	public Optional<RunRecord> run(long runId) {
		return catalog.run(runId);
	}

	@Override
	public List<RunRecord> runs(String sop) {
		return catalog.runs(sop);
	}

	@Override
	public long startStep(long runId, StepStart step) {
		return catalog.startStep(runId, step);
	}

	@Override
	public void finishStep(long stepRecordId, StepStatus status, Instant finished, String message) {
		catalog.finishStep(stepRecordId, status, finished, message);
	}

	@Override
	public List<StepRecord> steps(long runId) {
		return catalog.steps(runId);
	}

	@Override
	public void moveRun(long runId, RunStatus status, String currentStep) {
		catalog.moveRun(runId, status, currentStep);
	}

	@Override
	public boolean acquireLease(long runId, String owner, Instant until, Instant now) {
		return catalog.acquireLease(runId, owner, until, now);
	}

	@Override
	public void releaseLease(long runId, String owner) {
		catalog.releaseLease(runId, owner);
	}

	@Override
	public List<RunRecord> abandonedRuns(Instant now) {
		return catalog.abandonedRuns(now);
	}

	@Override
	public int failRunningBackups(long runId, Instant at, String reason) {
		return catalog.failRunningBackups(runId, at, reason);
	}

	@Override
	public void setStepActor(long stepRecordId, String actor) {
		catalog.setStepActor(stepRecordId, actor);
	}

	@Override
	public boolean recordDeviation(long stepRecordId, String deviation) {
		return catalog.recordDeviation(stepRecordId, deviation);
	}

	@Override
	public void saveUser(User user) {
		catalog.saveUser(user);
	}

	@Override
	public Optional<User> user(String name) {
		return catalog.user(name);
	}

	@Override
	public List<User> users() {
		return catalog.users();
	}

	@Override
	public void grantRole(RoleGrant grant) {
		catalog.grantRole(grant);
	}

	@Override
	public List<RoleGrant> roleGrants(String user) {
		return catalog.roleGrants(user);
	}

	@Override
	public long openTask(TaskOpen task) {
		return catalog.openTask(task);
	}

	@Override
	public Optional<TaskRecord> task(long taskId) {
		return catalog.task(taskId);
	}

	@Override
	public List<TaskRecord> tasks(TaskQuery query) {
		return catalog.tasks(query);
	}

	@Override
	public boolean completeTask(long taskId, TaskCompletion completion) {
		return catalog.completeTask(taskId, completion);
	}

	@Override
	public boolean closeTask(long taskId, TaskStatus status, String user, Instant at, String reason) {
		return catalog.closeTask(taskId, status, user, at, reason);
	}

	@Override
	public long startBackup(BackupStart backup) {
		return catalog.startBackup(backup);
	}

	@Override
	public void markGood(long backupId, GoodBackup result) {
		catalog.markGood(backupId, result);
	}

	@Override
	public void markFailed(long backupId, Instant finished, String error) {
		catalog.markFailed(backupId, finished, error);
	}

	@Override
	public Optional<BackupRecord> backup(long backupId) {
		return catalog.backup(backupId);
	}

	@Override
	public List<BackupRecord> backups(BackupQuery query) {
		return catalog.backups(query);
	}

	@Override
	public int recoverInterrupted(String reason) {
		return catalog.recoverInterrupted(reason);
	}

	@Override
	public long audit(String actor, String action, String subject, String detail) {
		return catalog.audit(actor, action, subject, detail);
	}

	@Override
	public List<AuditEntry> auditTrail(String subject) {
		return catalog.auditTrail(subject);
	}

	@Override
	public void saveRunSnapshot(long runId, String sopVersion, byte[] xmi) {
		catalog.saveRunSnapshot(runId, sopVersion, xmi);
	}

	@Override
	public Optional<RunSnapshot> runSnapshot(long runId) {
		return catalog.runSnapshot(runId);
	}

	@Override
	public List<String> verifyAuditTrail() {
		return catalog.verifyAuditTrail();
	}
}
