package id.cadang.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.jdbcx.JdbcDataSource;

import id.cadang.catalog.internal.AuditTrail;
import id.cadang.catalog.internal.Backups;
import id.cadang.catalog.internal.Bindings;
import id.cadang.catalog.internal.Database;
import id.cadang.catalog.internal.Migration;
import id.cadang.catalog.internal.Migrations;
import id.cadang.catalog.internal.NotificationOutbox;
import id.cadang.catalog.internal.People;
import id.cadang.catalog.internal.Recovery;
import id.cadang.catalog.internal.Reports;
import id.cadang.catalog.internal.Restores;
import id.cadang.catalog.internal.Retention;
import id.cadang.catalog.internal.RunSnapshots;
import id.cadang.catalog.internal.Runs;
import id.cadang.catalog.internal.Schedules;
import id.cadang.catalog.internal.Tasks;

/**
 * The catalog in an embedded H2 database at {@code <home>/catalog/cadang.mv.db}, opened with
 * {@code AUTO_SERVER=TRUE} so that a console and the service on the same machine share it: the first process
 * serves it to the others over loopback. Thread-safe; one connection per call.
 */
public final class H2Catalog implements Catalog, AutoCloseable {
	/** The database user; H2 makes the first user of a new database its administrator. */
	static final String USER = "cadang";

	private final Path file;
	private final Connection keeper;
	private final AtomicBoolean closed;
	private final Bindings bindings;
	private final Runs runs;
	private final RunSnapshots snapshots;
	private final Backups backups;
	private final AuditTrail audit;
	private final Recovery recovery;
	private final People people;
	private final Tasks tasks;
	private final Retention retention;
	private final Reports reports;
	private final NotificationOutbox outbox;
	private final Schedules schedules;
	private final Restores restores;

	private H2Catalog(Path file, Connection keeper, AtomicBoolean closed, Database database) {
		this.file = file;
		this.keeper = keeper;
		this.closed = closed;
		this.bindings = new Bindings(database);
		this.runs = new Runs(database);
		this.snapshots = new RunSnapshots(database);
		this.backups = new Backups(database);
		this.audit = new AuditTrail(database);
		this.recovery = new Recovery(database);
		this.people = new People(database);
		this.tasks = new Tasks(database);
		this.retention = new Retention(database);
		this.reports = new Reports(database);
		this.outbox = new NotificationOutbox(database);
		this.schedules = new Schedules(database);
		this.restores = new Restores(database);
	}

	/**
	 * Opens the catalog of {@code home}, creating its folder and database, and brings its schema up to date.
	 *
	 * @throws CatalogException when the folder cannot be made, the file is damaged, unreadable or held by a
	 *                          program that did not open it with {@code AUTO_SERVER=TRUE}, or the schema is newer
	 *                          than this code
	 */
	public static H2Catalog open(Path home) {
		return open(home, Migrations.ALL);
	}

	/** As {@link #open(Path)}, with the migrations given: tests use it to make an older catalog. */
	static H2Catalog open(Path home, List<Migration> migrations) {
		Objects.requireNonNull(home, "the Cadang home folder");
		Path folder = home.toAbsolutePath().normalize().resolve("catalog");
		Path base = folder.resolve("cadang");
		Path file = folder.resolve("cadang.mv.db");
		if (base.toString().contains(";")) {
			throw new IllegalArgumentException("the catalog path " + base
					+ " contains ';', which H2 cannot open: choose a Cadang home without ';'");
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new CatalogException("cannot create the catalog folder " + folder + " (" + e
					+ "): make " + home + " a folder that Cadang may write to, or set cadang.home elsewhere", e);
		}
		JdbcDataSource source = new JdbcDataSource();
		source.setURL(url(base));
		source.setUser(USER);
		source.setPassword("");
		Connection keeper;
		try {
			keeper = source.getConnection();
		} catch (SQLException e) {
			throw new CatalogException("cannot open the catalog " + file + ": " + e.getMessage()
					+ ". Is the file damaged or unreadable, or held by a program that did not open it with"
					+ " AUTO_SERVER=TRUE? Stop that program, or restore the catalog from a copy", e);
		}
		try {
			new Migrations(migrations, file.toString()).apply(keeper);
			keeper.setAutoCommit(true);
		} catch (SQLException | RuntimeException e) {
			closeQuietly(keeper, e);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CatalogException("cannot read the schema version of the catalog " + file + ": "
					+ e.getMessage(), e);
		}
		AtomicBoolean closed = new AtomicBoolean();
		H2Catalog catalog = new H2Catalog(file, keeper, closed, new Database(source, file.toString(), closed));
		if (migrations.stream().anyMatch(m -> m.version() == 4)) {
			catalog.audit.sealUnchained();
		}
		return catalog;
	}

	/** The JDBC URL of the catalog whose database files start with {@code base}. */
	static String url(Path base) {
		return "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
	}

	/** The database file, {@code <home>/catalog/cadang.mv.db}. */
	public Path file() {
		return file;
	}

	@Override
	public void saveBinding(Binding binding) {
		bindings.save(binding);
	}

	@Override
	public Optional<Binding> binding(String name) {
		return bindings.binding(name);
	}

	@Override
	public List<Binding> bindings(String sop) {
		return bindings.bindings(sop);
	}

	@Override
	public long startRun(String sop, String procedure, String binding, Instant started) {
		return runs.start(sop, procedure, binding, started);
	}

	@Override
	public void finishRun(long runId, RunStatus status, Instant finished, String error) {
		runs.finish(runId, status, finished, error);
	}

	@Override
	public Optional<RunRecord> run(long runId) {
		return runs.run(runId);
	}

	@Override
	public List<RunRecord> runs(String sop) {
		return runs.runs(sop);
	}

	@Override
	public long startStep(long runId, StepStart step) {
		return runs.startStep(runId, step);
	}

	@Override
	public void finishStep(long stepRecordId, StepStatus status, Instant finished, String message) {
		runs.finishStep(stepRecordId, status, finished, message);
	}

	@Override
	public List<StepRecord> steps(long runId) {
		return runs.steps(runId);
	}

	@Override
	public void saveRunSnapshot(long runId, String sopVersion, byte[] xmi) {
		snapshots.save(runId, sopVersion, xmi);
	}

	@Override
	public Optional<RunSnapshot> runSnapshot(long runId) {
		return snapshots.snapshot(runId);
	}

	@Override
	public void moveRun(long runId, RunStatus status, String currentStep) {
		runs.move(runId, status, currentStep);
	}

	@Override
	public boolean acquireLease(long runId, String owner, Instant until, Instant now) {
		return runs.acquireLease(runId, owner, until, now);
	}

	@Override
	public void releaseLease(long runId, String owner) {
		runs.releaseLease(runId, owner);
	}

	@Override
	public List<RunRecord> abandonedRuns(Instant now) {
		return runs.abandoned(now);
	}

	@Override
	public int failRunningBackups(long runId, Instant at, String reason) {
		return recovery.failRunningBackups(runId, at, reason);
	}

	@Override
	public void setStepActor(long stepRecordId, String actor) {
		runs.setActor(stepRecordId, actor);
	}

	@Override
	public boolean recordDeviation(long stepRecordId, String deviation) {
		return runs.recordDeviation(stepRecordId, deviation);
	}

	@Override
	public void saveUser(User user) {
		people.save(user);
	}

	@Override
	public Optional<User> user(String name) {
		return people.user(Objects.requireNonNull(name, "name"));
	}

	@Override
	public List<User> users() {
		return people.users(null);
	}

	@Override
	public void grantRole(RoleGrant grant) {
		people.grant(grant);
	}

	@Override
	public List<RoleGrant> roleGrants(String user) {
		return people.grants(user);
	}

	@Override
	public long openTask(TaskOpen task) {
		return tasks.open(task);
	}

	@Override
	public Optional<TaskRecord> task(long taskId) {
		return tasks.task(taskId);
	}

	@Override
	public List<TaskRecord> tasks(TaskQuery query) {
		return tasks.tasks(query);
	}

	@Override
	public boolean completeTask(long taskId, TaskCompletion completion) {
		return tasks.complete(taskId, completion);
	}

	@Override
	public boolean closeTask(long taskId, TaskStatus status, String user, Instant at, String reason) {
		return tasks.close(taskId, status, user, at, reason);
	}

	@Override
	public long startBackup(BackupStart backup) {
		return backups.start(backup);
	}

	@Override
	public void markGood(long backupId, GoodBackup result) {
		backups.markGood(backupId, result);
	}

	@Override
	public void markFailed(long backupId, Instant finished, String error) {
		backups.markFailed(backupId, finished, error);
	}

	@Override
	public Optional<BackupRecord> backup(long backupId) {
		return backups.backup(backupId);
	}

	@Override
	public List<BackupRecord> backups(BackupQuery query) {
		return backups.backups(query);
	}

	@Override
	public int recoverInterrupted(String reason) {
		return recovery.recoverInterrupted(reason);
	}

	@Override
	public long audit(String actor, String action, String subject, String detail) {
		return audit.append(actor, action, subject, detail);
	}

	@Override
	public List<AuditEntry> auditTrail(String subject) {
		return audit.entries(subject);
	}

	@Override
	public List<String> verifyAuditTrail() {
		return audit.verify();
	}

	// --- retention (schema version 7)

	@Override
	public void markDeleted(long backupId, Instant at, String actor) {
		retention.markDeleted(backupId, at, actor);
	}

	@Override
	public void saveRetentionOverride(RetentionOverride override) {
		retention.save(override);
	}

	@Override
	public boolean removeRetentionOverride(String binding, String slot) {
		return retention.remove(binding, slot);
	}

	@Override
	public List<RetentionOverride> retentionOverrides(String binding) {
		return retention.overrides(binding);
	}

	// --- reports

	@Override
	public ReportRecord saveReport(ReportDraft draft) {
		return reports.save(draft);
	}

	@Override
	public Optional<ReportRecord> report(long reportId) {
		return reports.report(reportId);
	}

	@Override
	public List<ReportRecord> reports(String kind, String subject) {
		return reports.reports(kind, subject);
	}

	@Override
	public byte[] reportContent(long reportId) {
		return reports.content(reportId);
	}

	@Override
	public boolean decideReport(long reportId, ReportStatus status, String user, Instant at, String note,
			String archivedAt) {
		return reports.decide(reportId, status, user, at, note, archivedAt);
	}

	// --- notifications

	@Override
	public long addNotification(NotificationOpen notification) {
		return outbox.add(notification);
	}

	@Override
	public List<Notification> notifications(Long runId, int limit) {
		return outbox.list(runId, limit);
	}

	@Override
	public List<Notification> dueNotifications(Instant now, int limit) {
		return outbox.due(now, limit);
	}

	@Override
	public boolean claimNotification(long id, Instant now, Instant until) {
		return outbox.claim(id, now, until);
	}

	@Override
	public void notificationSent(long id, Instant at) {
		outbox.sent(id, at);
	}

	@Override
	public void notificationFailed(long id, String error, Instant next) {
		outbox.failed(id, error, next);
	}

	@Override
	public int retryNotifications(Instant now) {
		return outbox.retryAll(now);
	}

	// --- schedules (schema version 6)

	@Override
	public void saveScheduleOverride(ScheduleOverride override) {
		schedules.saveOverride(override);
	}

	@Override
	public boolean removeScheduleOverride(String binding, String scheduleId) {
		return schedules.removeOverride(binding, scheduleId);
	}

	@Override
	public List<ScheduleOverride> scheduleOverrides(String binding) {
		return schedules.overrides(binding);
	}

	@Override
	public boolean claimScheduledRun(String binding, String scheduleId, Instant due, String owner, Instant until,
			Instant now, boolean late) {
		return schedules.claim(binding, scheduleId, due, owner, until, now, late);
	}

	@Override
	public boolean updateScheduledRun(String binding, String scheduleId, Instant due, String owner, FireStatus status,
			Long runId, Instant until, Instant now) {
		return schedules.update(binding, scheduleId, due, owner, status, runId, until, now);
	}

	@Override
	public boolean recordMissedRun(String binding, String scheduleId, Instant due, Instant now) {
		return schedules.recordMissed(binding, scheduleId, due, now);
	}

	@Override
	public List<FireRecord> scheduledRuns(String binding, String scheduleId, int limit) {
		return schedules.fires(binding, scheduleId, limit);
	}

	@Override
	public long raiseAlert(String kind, String subject, String message, Instant at) {
		return schedules.raise(kind, subject, message, at);
	}

	@Override
	public int closeAlerts(String kind, String subject, Instant at) {
		return schedules.close(kind, subject, at);
	}

	@Override
	public List<Alert> openAlerts() {
		return schedules.openAlerts();
	}

	// --- restores

	@Override
	public long fileRestoreRequest(RestoreRequest request) {
		return restores.file(request);
	}

	@Override
	public void updateRestoreRequest(RestoreRequest request) {
		restores.update(request);
	}

	@Override
	public Optional<RestoreRequest> restoreRequest(long id) {
		return restores.requests(id).stream().findFirst();
	}

	@Override
	public List<RestoreRequest> restoreRequests() {
		return restores.requests(null);
	}

	@Override
	public void saveServiceControl(ServiceControl control) {
		restores.saveService(control);
	}

	@Override
	public Optional<ServiceControl> serviceControl(String binding) {
		return restores.service(Objects.requireNonNull(binding, "binding"));
	}

	/** Closes this handle; the database itself closes when the last handle in this process does. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			try {
				keeper.close();
			} catch (SQLException e) {
				throw new CatalogException("cannot close the catalog " + file + ": " + e.getMessage(), e);
			}
		}
	}

	private static void closeQuietly(Connection connection, Exception cause) {
		try {
			connection.close();
		} catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}
}
