package id.cadang.report.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.catalog.RoleGrant;
import id.cadang.catalog.RunStatus;
import id.cadang.catalog.StepStart;
import id.cadang.catalog.StepStatus;
import id.cadang.catalog.TaskCompletion;
import id.cadang.catalog.TaskKind;
import id.cadang.catalog.TaskOpen;
import id.cadang.catalog.User;

/**
 * One IAIN Pontianak run with known data, written through the Catalog API: two people with their roles, a
 * checklist filled, a database backup copied to the media and verified, a failed one, step 9 over its standard
 * with an explanation, the checklist once sent back.
 */
final class IainRun {
	/** Monday 2 March 2026, 09:00 in Pontianak (WIB). */
	static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
	static final String SHA = "3f2a9c0e5b7d41e6a8c2f09b1d7e6a5c4b3a29180f7e6d5c4b3a291807f6e5d4";
	static final long SIZE = 7_340_032;
	static final String DEVIATION = "langkah 9 melewati mutu baku 1 hari; penanggung jawab: Petugas Backup Data";
	static final String EXPLANATION = "Listrik gedung rektorat padam sehari";

	final long run;
	final long goodBackup;
	final long failedBackup;
	final Path target;
	final String backupPath;

	IainRun(Catalog catalog, Path home) throws Exception {
		target = home.resolve("media");
		Files.createDirectories(target);
		Path sop = Path.of(System.getProperty("user.dir")).resolve("../id.cadang.sop.iainptk/sop/iainptk.sop").normalize();
		catalog.saveBinding(new Binding("siakad", "iainptk", Map.of("media", target.toString()), T0));
		catalog.saveUser(new User("budi", "Budi Santoso", "198001012006041001", "budi@iainptk.ac.id", T0));
		catalog.saveUser(new User("sari", "Sari Wulandari", "197505052000032002", null, T0));
		catalog.grantRole(new RoleGrant("budi", "iainptk", null, "petugas"));
		catalog.grantRole(new RoleGrant("sari", "iainptk", null, "kepala-ptid"));
		run = catalog.startRun("iainptk", "backup", "siakad", T0);
		catalog.saveRunSnapshot(run, "1.0.0", Files.readAllBytes(sop));

		long s1 = human(catalog, "perintah-backup", "1", "Memerintahkan Kepada Petugas", "Kepala PTID", Duration.ofDays(1),
				T0, 10, "sari", TaskKind.TASK, List.of("kepala-ptid"), null, Map.of());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("tanggal", "2026-03-02");
		form.put("server", "siakad-db01");
		form.put("data", "Basis data SIAKAD, folder unggahan");
		form.put("jenis", "Backup eksternal");
		form.put("media", "Hardisk eksternal WD 2 TB");
		form.put("tersalin", "ya");
		form.put("petugas", "Budi Santoso");
		form.put("dikoreksi", "Sari Wulandari");
		// the checklist was sent back once before it was filled again
		long returnedStep = catalog.startStep(run, new StepStart("koreksi-ceklis", "3", "Menyerahkan Kepada Kasub Bag. PTID Untuk Dikoreksi",
				null, "Petugas Backup Data, Kepala PTID", null, T0.plusSeconds(600)));
		long returned = catalog.openTask(new TaskOpen(run, returnedStep, "koreksi-ceklis", "3", TaskKind.FORM,
				List.of("petugas", "kepala-ptid"), T0.plusSeconds(600), null, "ceklis-backup", Map.of(), null));
		catalog.closeTask(returned, id.cadang.catalog.TaskStatus.RETURNED, "sari", T0.plusSeconds(900), "Nama server salah");
		catalog.finishStep(returnedStep, StepStatus.RETURNED, T0.plusSeconds(900), "returned");
		human(catalog, "isi-ceklis", "8", "Mengisi ceklis Backup Data Dan Informasi", "Petugas Backup Data", null,
				T0.plusSeconds(1200), 300, "budi", TaskKind.FORM, List.of("petugas"), "ceklis-backup", form);

		long copy = catalog.startStep(run, new StepStart("salin-ke-media", "7", "Melakukan Penyalinan Data Ke Media Penyimpanan",
				"copy-to-target", "Petugas Backup Data", null, T0.plusSeconds(1600)));
		backupPath = target.resolve("iainptk/siakad/media/iainptk-siakad-media-20260302-092640.dump.zst").toString();
		goodBackup = catalog.startBackup(new BackupStart(run, "iainptk", "siakad", "media", "postgresql",
				"postgresql://backup@10.1.1.5:5432/siakad", backupPath, T0.plusSeconds(1600)));
		catalog.markGood(goodBackup, new GoodBackup(SIZE, 52_428_800, SHA, backupPath + ".manifest.json", T0.plusSeconds(1660)));
		failedBackup = catalog.startBackup(new BackupStart(run, "iainptk", "siakad", "app", "folder", "/srv/siakad/upload",
				target.resolve("iainptk/siakad/app/x.tar.zst").toString(), T0.plusSeconds(1670)));
		catalog.markFailed(failedBackup, T0.plusSeconds(1680), "tar: /srv/siakad/upload: Permission denied");
		catalog.setStepActor(copy, "cadang");
		catalog.finishStep(copy, StepStatus.DONE, T0.plusSeconds(1690), "copied");
		long verify = catalog.startStep(run, new StepStart("verifikasi", "7a", "Memeriksa salinan", "verify-integrity",
				"Petugas Backup Data", null, T0.plusSeconds(1700)));
		catalog.setStepActor(verify, "cadang");
		catalog.finishStep(verify, StepStatus.DONE, T0.plusSeconds(1710), "sha256 ok");

		long s9 = human(catalog, "berita-acara", "9", "Membuatan Berita Acara Dan Laporan Pelaksanaan Backup Data",
				"Petugas Backup Data", Duration.ofDays(1), T0.plusSeconds(1800), 2 * 86_400, "budi", TaskKind.TASK,
				List.of("petugas"), null, Map.of());
		catalog.recordDeviation(s9, DEVIATION);
		catalog.finishRun(run, RunStatus.SUCCEEDED, T0.plusSeconds(1800 + 2 * 86_400 + 60), null);
		if (s1 < 0) {
			throw new IllegalStateException();
		}
	}

	private long human(Catalog catalog, String id, String number, String activity, String roles, Duration standard,
			Instant started, long seconds, String user, TaskKind kind, List<String> roleIds, String formId,
			Map<String, String> form) {
		long step = catalog.startStep(run, new StepStart(id, number, activity, null, roles, standard, started));
		long task = catalog.openTask(new TaskOpen(run, step, id, number, kind, roleIds, started, null, formId, Map.of(), null));
		Instant done = started.plusSeconds(seconds);
		catalog.completeTask(task, new TaskCompletion(user, done, null, number.equals("9") ? EXPLANATION : null, form));
		catalog.setStepActor(step, user);
		catalog.finishStep(step, StepStatus.DONE, done, "done");
		return step;
	}
}
