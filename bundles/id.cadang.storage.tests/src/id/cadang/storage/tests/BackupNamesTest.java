package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import id.cadang.storage.BackupNames;

class BackupNamesTest {
	private static final ZonedDateTime WITA = ZonedDateTime.of(2026, 11, 21, 2, 0, 5, 0, ZoneId.of("Asia/Makassar"));

	@Test
	void namesFollowTheRule() {
		assertEquals("buleleng/simpeg/db/buleleng-simpeg-db-20261121-020005.dump.zst",
				BackupNames.relativePath("buleleng", "simpeg", "db", "dump", WITA));
	}

	@Test
	void timeIsWrittenInItsOwnZone() {
		assertEquals("kudus/sipd/app/kudus-sipd-app-20261121-010005.tar.zst", BackupNames.relativePath("kudus", "sipd",
				"app", "tar", WITA.withZoneSameInstant(ZoneId.of("Asia/Jakarta"))));
	}

	@Test
	void namesAreReducedToSafeCharacters() {
		assertEquals("Dinas_Kominfo/_etc_passwd/db_1/Dinas_Kominfo-_etc_passwd-db_1-20261121-020005.sql.gz.zst",
				BackupNames.relativePath("Dinas Kominfo", "../etc/passwd", "db#1", "sql.gz", WITA));
	}

	@Test
	void namesWithoutUsableCharactersAreRefused() {
		IllegalArgumentException dots = assertThrows(IllegalArgumentException.class,
				() -> BackupNames.relativePath("..", "simpeg", "db", "dump", WITA));
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> BackupNames.relativePath("buleleng", " ", "db", "dump", WITA));

		assertEquals("sop name '..' has no letter or digit to use in a file name: give it a name with letters or digits",
				dots.getMessage());
		assertEquals("binding name ' ' has no letter or digit to use in a file name: give it a name with letters or digits",
				blank.getMessage());
	}

	@Test
	void anSopNamingRuleNamesTheFileBelowItsSlotFolder() {
		ZonedDateTime time = ZonedDateTime.of(2026, 11, 1, 1, 0, 0, 0, ZoneId.of("Asia/Jakarta"));
		assertEquals("trenggalek/sipd/db/backup_trenggalek_sipd_db_2026-11.dump.zst", BackupNames
				.render("backup_{sop}_{binding}_{slot}_{date:yyyy-MM}.{ext}", "trenggalek", "sipd", "db", "dump", time));
	}

	@Test
	void aNamingRuleThatEscapesItsFolderOrHoldsUnstorableCharactersIsRefused() {
		ZonedDateTime time = ZonedDateTime.now(ZoneId.of("Asia/Jakarta"));
		for (String bad : new String[] { "../{sop}-{date:yyyyMMdd}.{ext}", "{sop}/../../etc/{date:yyyyMMdd}",
				"{sop} {date:yyyyMMdd}.{ext}", "{sop}:{date:yyyyMMdd}.{ext}", "{sop}-{owner}-{date:yyyyMMdd}.{ext}",
				"{sop}-{binding}.{ext}", "{date:yyyy/MM}-{sop}.{ext}" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> BackupNames.render(bad, "trenggalek", "sipd", "db", "dump", time), bad);
			org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("naming rule") || e.getMessage().contains("date"),
					e.getMessage());
		}
	}
}
