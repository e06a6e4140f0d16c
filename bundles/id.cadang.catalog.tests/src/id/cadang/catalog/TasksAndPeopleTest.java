package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 5: users and their roles, tasks, where a run stands and who executes it. */
class TasksAndPeopleTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	private H2Catalog catalog;

	@BeforeEach
	void open() {
		catalog = H2Catalog.open(home);
	}

	@AfterEach
	void close() {
		catalog.close();
	}

	@Test
	void usersHoldRolesPerSopAndBinding() {
		catalog.saveUser(new User("budi", "Budi Santoso", "198001012006041001", "budi@iainptk.ac.id", T0));
		catalog.saveUser(new User("budi", "Budi Santoso, S.Kom", null, null, T0.plusSeconds(60)));
		catalog.saveUser(new User("sari", null, null, null, T0));
		catalog.grantRole(new RoleGrant("budi", "iainptk", null, "petugas"));
		catalog.grantRole(new RoleGrant("budi", "iainptk", null, "petugas"));
		catalog.grantRole(new RoleGrant("sari", "iainptk", "siakad", "kepala-ptid"));

		assertEquals(List.of("budi", "sari"), catalog.users().stream().map(User::name).toList());
		User budi = catalog.user("budi").orElseThrow();
		assertEquals("Budi Santoso, S.Kom", budi.fullName(), "saving again updates");
		assertEquals(T0, budi.created(), "and keeps when the user was added");
		assertEquals(List.of(new RoleGrant("budi", "iainptk", "", "petugas")), catalog.roleGrants("budi"));
		RoleGrant sari = catalog.roleGrants("sari").get(0);
		assertTrue(sari.covers("iainptk", "siakad", "kepala-ptid"));
		assertFalse(sari.covers("iainptk", "simpeg", "kepala-ptid"), "granted for one binding only");
		assertTrue(catalog.roleGrants("budi").get(0).covers("iainptk", "simpeg", "petugas"), "'' is every binding");
		assertEquals(2, catalog.roleGrants(null).size());

		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> catalog.grantRole(new RoleGrant("tono", "iainptk", "", "petugas")));
		assertTrue(unknown.getMessage().contains("cadang users add tono"), unknown.getMessage());
	}

	@Test
	void aTaskLeavesOpenOnceAndKeepsItsForm() {
		long runId = catalog.startRun("iainptk", "backup", "siakad", T0);
		long step = catalog.startStep(runId, new StepStart("siapkan-ceklis", "2", "Menyiapkan Ceklis", null,
				"Petugas Backup Data", Duration.ofDays(1), T0));
		long taskId = catalog.openTask(new TaskOpen(runId, step, "siapkan-ceklis", "2", TaskKind.FORM,
				List.of("petugas", "kepala-ptid"), T0, T0.plus(Duration.ofDays(1)), "ceklis-backup", Map.of(), null));

		TaskRecord open = catalog.task(taskId).orElseThrow();
		assertEquals(TaskStatus.OPEN, open.status());
		assertEquals(List.of("petugas", "kepala-ptid"), open.roles());
		assertEquals("Menyiapkan Ceklis", open.activity());
		assertEquals("iainptk", open.sop());
		assertEquals(T0.plus(Duration.ofDays(1)), open.dueAt());
		assertEquals(List.of(taskId), catalog.tasks(TaskQuery.open()).stream().map(TaskRecord::id).toList());

		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("tanggal", "2026-03-02");
		form.put("server", "siakad ✓");
		assertTrue(catalog.completeTask(taskId, new TaskCompletion("budi", T0.plusSeconds(600), null, "siap", form)));
		assertFalse(catalog.completeTask(taskId, new TaskCompletion("sari", T0.plusSeconds(700), null, null, Map.of())),
				"completing twice is refused");
		assertFalse(catalog.closeTask(taskId, TaskStatus.RETURNED, "sari", T0, "koreksi"), "a done task stays done");

		TaskRecord done = catalog.task(taskId).orElseThrow();
		assertEquals(TaskStatus.DONE, done.status());
		assertEquals("budi", done.doneBy());
		assertEquals(List.of("tanggal", "server"), List.copyOf(done.formData().keySet()), "fields keep their order");
		assertEquals("siakad ✓", done.formData().get("server"));
		assertEquals(List.of(), catalog.tasks(TaskQuery.open()));
		assertEquals(1, catalog.tasks(TaskQuery.ofRun(runId)).size());
	}

	@Test
	void oneProcessHoldsARunsLeaseUntilItRunsOut() {
		long runId = catalog.startRun("lumajang", "backup", "sipd", T0);
		assertTrue(catalog.acquireLease(runId, "host:1:a", T0.plusSeconds(60), T0));
		assertFalse(catalog.acquireLease(runId, "host:2:b", T0.plusSeconds(90), T0.plusSeconds(30)), "held by another");
		assertTrue(catalog.acquireLease(runId, "host:1:a", T0.plusSeconds(120), T0.plusSeconds(30)), "renewed");
		assertEquals(List.of(), catalog.abandonedRuns(T0.plusSeconds(100)));
		assertEquals(List.of(runId), catalog.abandonedRuns(T0.plusSeconds(121)).stream().map(RunRecord::id).toList(),
				"its process stopped renewing it");
		assertTrue(catalog.acquireLease(runId, "host:2:b", T0.plusSeconds(200), T0.plusSeconds(121)), "taken over");

		catalog.moveRun(runId, RunStatus.WAITING, "cek-nas");
		catalog.releaseLease(runId, "host:2:b");
		RunRecord waiting = catalog.run(runId).orElseThrow();
		assertEquals(RunStatus.WAITING, waiting.status());
		assertEquals("cek-nas", waiting.currentStep());
		assertEquals(null, waiting.leaseOwner());
		assertEquals(List.of(), catalog.abandonedRuns(T0.plusSeconds(1000)), "a waiting run waits for a person");

		catalog.finishRun(runId, RunStatus.FAILED, T0.plusSeconds(300), "never appeared");
		assertFalse(catalog.acquireLease(runId, "host:3:c", T0.plusSeconds(400), T0.plusSeconds(300)), "it ended");
		assertThrows(IllegalStateException.class, () -> catalog.moveRun(runId, RunStatus.RUNNING, "x"));
	}

	@Test
	void aDeviationIsRecordedOnceAndTheActorKept() {
		long runId = catalog.startRun("buleleng", "backup", "simpeg", T0);
		long step = catalog.startStep(runId, new StepStart("laporan", "4", "Melaporkan", null, "Staf IT",
				Duration.ofMinutes(15), T0));
		assertTrue(catalog.recordDeviation(step, "over 15 min: Staf IT"));
		assertFalse(catalog.recordDeviation(step, "again"));
		catalog.setStepActor(step, "budi");
		StepRecord record = catalog.steps(runId).get(0);
		assertEquals("over 15 min: Staf IT", record.deviation());
		assertEquals("budi", record.actor());
		assertTrue(record.overStandard());
	}

	@Test
	void theBackupsOfOneRunLeftRunningFailAndNoOthers() {
		long dead = catalog.startRun("buleleng", "backup", "simpeg", T0);
		long alive = catalog.startRun("buleleng", "backup", "sipd", T0);
		long deadBackup = catalog.startBackup(new BackupStart(dead, "buleleng", "simpeg", "db", "postgresql", "x",
				"/nas/a.zst", T0));
		long aliveBackup = catalog.startBackup(new BackupStart(alive, "buleleng", "sipd", "db", "postgresql", "y",
				"/nas/b.zst", T0));
		assertEquals(1, catalog.failRunningBackups(dead, T0.plusSeconds(5), "interrupted by a restart"));
		assertEquals(BackupStatus.FAILED, catalog.backup(deadBackup).orElseThrow().status());
		assertEquals(BackupStatus.RUNNING, catalog.backup(aliveBackup).orElseThrow().status());
	}
}
