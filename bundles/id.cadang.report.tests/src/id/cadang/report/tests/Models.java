package id.cadang.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;
import id.cadang.model.io.SopResources;

/** The SOP documents the tests render: Buleleng's plug-in file, and models built here. */
final class Models {

	private static final SopFactory F = SopFactory.eINSTANCE;

	private Models() {
	}

	/** The Buleleng SOP plug-in's document, read from the source tree (tycho-surefire runs in this module's folder). */
	static SopDocument buleleng() throws Exception {
		Path file = Path.of(System.getProperty("user.dir")).resolve("../id.cadang.sop.buleleng/sop/buleleng.sop").normalize();
		assertTrue(Files.isRegularFile(file), "Buleleng SOP not found at " + file);
		return SopResources.load(file.toUri().toURL());
	}

	/**
	 * A Lumajang-like SOP: two roles, steps 1, 2, 3, 5 and 6 as printed (no step 4), step 5 a decision whose
	 * "no" loops back to step 3.
	 */
	static SopDocument lumajang() {
		SopDocument d = F.createSopDocument();
		d.setId("lumajang");
		d.setNumber("427.53/4/2.02/2021");
		d.setTitle("SOP Backup Server");
		d.setAgency("Dinas Komunikasi dan Informatika Kabupaten Lumajang");
		d.setUnit("Bidang Aplikasi Informatika");
		d.setDateMade("2021-05-23");
		d.setDateEffective("2021-05-30");
		d.setApprover(approver("YOGA PRATOMO, S.STP", "19780910 199802 1 001", "Kepala Dinas Komunikasi dan Informatika"));
		d.getLegalBases().add("Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik");
		d.getLegalBases().add("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");
		d.getQualifications().add("Administrator Server");
		d.getEquipment().addAll(List.of("Komputer", "Jaringan LAN / Internet", "Server", "Web Browser"));
		d.getWarnings().add("Segala bentuk penyimpangan atas mutu baku terkait perlengkapan waktu maupun output"
				+ " dikategorikan sebagai bentuk kegagalan yang harus dipertanggungjawabkan oleh pelaksana");
		d.getRecordKeeping().add("Pencatatan Backup melalui log mingguan");
		Role admin = role(d, "admin", "Admin Server");
		Role kasi = role(d, "kasi", "Kepala Seksi Pengembangan dan Pengelolaan Infrastruktur Sistem Pemerintahan Berbasis Elektronik");
		Procedure p = F.createProcedure();
		p.setId("backup");
		p.setTitle("Backup Server");
		d.getProcedures().add(p);
		Step s1 = step(p, "1", "Melakukan konfigurasi penjadwalan backup", StepShape.START, admin);
		s1.getRequirements().addAll(List.of("Akses ke server", "Aplikasi web browser", "Jaringan internet"));
		s1.setTimeStandard(time("PT10M", "10 menit"));
		s1.setOutput("Jadwal backup otomatis oleh server");
		Step s2 = step(p, "2", "Backup dijalankan sesuai dengan konfigurasi yang telah dijadwalkan dan atau dijalankan"
				+ " secara manual oleh admin", StepShape.ACTIVITY, admin);
		s2.setTimeStandard(time("PT1H", "1 jam"));
		s2.setOutput("Dump file backup pada server NAS");
		Step s3 = step(p, "3", "Cek hasil backup pada directory backup NAS", StepShape.ACTIVITY, kasi);
		s3.setTimeStandard(time("PT10M", "10 menit"));
		Step s5 = step(p, "5", "Apakah ada dump file hasil backup pada NAS ?", StepShape.DECISION, kasi);
		Step s6 = step(p, "6", "Copy hasil backup ke komputer admin server", StepShape.END, admin);
		s6.setTimeStandard(time("PT1H", "1 jam"));
		s6.setOutput("Dump file backup berada pada Komputer Admin");
		s5.setYes(s6);
		s5.setNo(s3);
		return d;
	}

	/** An SOP with one procedure of {@code count} steps in three roles, numbered 1..count, the last an END. */
	static SopDocument long_(int count) {
		SopDocument d = F.createSopDocument();
		d.setId("panjang");
		d.setNumber("SOP/99/2024");
		d.setTitle("Prosedur panjang");
		d.setAgency("Dinas Uji");
		List<Role> roles = List.of(role(d, "a", "Staf Teknis"), role(d, "b", "Kepala Seksi"), role(d, "c", "Kepala Bidang"));
		Procedure p = F.createProcedure();
		p.setId("panjang");
		p.setTitle("Prosedur panjang");
		d.getProcedures().add(p);
		for (int i = 1; i <= count; i++) {
			StepShape shape = i == 1 ? StepShape.START : i == count ? StepShape.END : StepShape.ACTIVITY;
			step(p, String.valueOf(i), "Langkah nomor " + i + " dikerjakan dan dicatat", shape, roles.get(i % 3));
		}
		return d;
	}

	private static Role role(SopDocument d, String id, String name) {
		Role role = F.createRole();
		role.setId(id);
		role.setName(name);
		d.getRoles().add(role);
		return role;
	}

	private static Step step(Procedure p, String number, String activity, StepShape shape, Role performer) {
		Step step = F.createStep();
		step.setId("s" + number);
		step.setNumber(number);
		step.setActivity(activity);
		step.setShape(shape);
		step.getPerformers().add(performer);
		p.getSteps().add(step);
		return step;
	}

	private static TimeStandard time(String duration, String text) {
		TimeStandard t = F.createTimeStandard();
		t.setDuration(duration);
		t.setText(text);
		return t;
	}

	private static id.cadang.model.Approver approver(String name, String nip, String position) {
		id.cadang.model.Approver a = F.createApprover();
		a.setName(name);
		a.setNip(nip);
		a.setPosition(position);
		return a;
	}
}
