package id.cadang.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Schedule expansion in Asia/Jakarta and across daylight saving changes, on fixed instants (no clock, no sleep). */
class CronTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

	private static List<String> local(List<Instant> instants, ZoneId zone) {
		return instants.stream().map(i -> ZonedDateTime.ofInstant(i, zone).toOffsetDateTime().toString()).toList();
	}

	@Test
	void bulelengsDatabaseRunsEveryDayAtOneAndItsApplicationMondayWednesdayFridayInJakartaTime() {
		Instant monday = at("2026-03-02T00:00", JAKARTA);
		assertEquals(List.of("2026-03-02T01:00+07:00", "2026-03-03T01:00+07:00", "2026-03-04T01:00+07:00",
				"2026-03-05T01:00+07:00", "2026-03-06T01:00+07:00"),
				local(Cron.parse("0 1 * * *").next(monday, JAKARTA, 5), JAKARTA));
		assertEquals(List.of("2026-03-02T02:00+07:00", "2026-03-04T02:00+07:00", "2026-03-06T02:00+07:00",
				"2026-03-09T02:00+07:00", "2026-03-11T02:00+07:00"),
				local(Cron.parse("0 2 * * 1,3,5").next(monday, JAKARTA, 5), JAKARTA));
		assertEquals(List.of("2026-04-01T01:00+07:00", "2026-05-01T01:00+07:00"),
				local(Cron.parse("0 1 1 * *").next(monday, JAKARTA, 2), JAKARTA), "Trenggalek: monthly");
	}

	@Test
	void aJobAtHalfPastTwoRunsExactlyOnceOnTheDaysBerlinChangesItsClocks() {
		Cron cron = Cron.parse("30 2 * * *");
		// 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist; it runs at 03:30 CEST
		assertEquals(List.of("2026-03-28T02:30+01:00", "2026-03-29T03:30+02:00", "2026-03-30T02:30+02:00"),
				local(cron.between(at("2026-03-28T00:00", BERLIN), at("2026-03-31T00:00", BERLIN), BERLIN, 100),
						BERLIN));
		// 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice; it runs at the first only
		assertEquals(List.of("2026-10-24T02:30+02:00", "2026-10-25T02:30+02:00", "2026-10-26T02:30+01:00"),
				local(cron.between(at("2026-10-24T00:00", BERLIN), at("2026-10-27T00:00", BERLIN), BERLIN, 100),
						BERLIN));
		Instant secondPass = ZonedDateTime.of(LocalDateTime.parse("2026-10-25T02:10"), BERLIN)
				.withLaterOffsetAtOverlap().toInstant();
		assertEquals("2026-10-26T02:30+01:00", local(cron.next(secondPass, BERLIN, 1), BERLIN).get(0),
				"asked again during the repeated hour, it does not run a second time");
		Instant afterTheJump = at("2026-03-29T03:10", BERLIN);
		assertEquals("2026-03-29T03:30+02:00", local(cron.next(afterTheJump, BERLIN, 1), BERLIN).get(0),
				"asked between the jump and the shifted run, the shifted run is still ahead");
	}

	@Test
	void newYorkSpringForwardAndFallBack() {
		assertEquals(List.of("2026-03-07T02:30-05:00", "2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00"),
				local(Cron.parse("30 2 * * *").between(at("2026-03-07T00:00", NEW_YORK), at("2026-03-10T00:00", NEW_YORK),
						NEW_YORK, 100), NEW_YORK));
		assertEquals(List.of("2026-10-31T01:30-04:00", "2026-11-01T01:30-04:00", "2026-11-02T01:30-05:00"),
				local(Cron.parse("30 1 * * *").between(at("2026-10-31T00:00", NEW_YORK), at("2026-11-03T00:00", NEW_YORK),
						NEW_YORK, 100), NEW_YORK));
	}

	@Test
	void previousIsTheLastRunAtOrBefore() {
		Cron cron = Cron.parse("0 1 * * *");
		assertEquals(at("2026-03-02T01:00", JAKARTA), cron.previous(at("2026-03-02T01:00", JAKARTA), JAKARTA).get());
		assertEquals(at("2026-03-02T01:00", JAKARTA), cron.previous(at("2026-03-03T00:59", JAKARTA), JAKARTA).get());
		assertEquals(at("2026-03-29T03:30", BERLIN),
				Cron.parse("30 2 * * *").previous(at("2026-03-29T04:00", BERLIN), BERLIN).get());
	}

	@Test
	void aLongDowntimeUnderAnEveryMinuteScheduleGivesTheNewestRunsOnly() {
		Instant from = at("2026-01-01T00:00", JAKARTA);
		Instant to = at("2026-03-01T00:00", JAKARTA);
		List<Instant> newest = Cron.parse("* * * * *").between(from, to, JAKARTA, 10);
		assertEquals(10, newest.size());
		assertEquals(to, newest.get(9));
		assertEquals(at("2026-02-28T23:51", JAKARTA), newest.get(0));
	}

	@Test
	void aBadExpressionSaysWhatIsWrong() {
		IllegalArgumentException fields = assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 1 * *"));
		assertTrue(fields.getMessage().contains("5 fields"), fields.getMessage());
		IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 25 * * *"));
		assertTrue(value.getMessage().contains("'0 25 * * *' is not a valid cron expression"), value.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Cron.parse(null));
		assertEquals(LocalDate.parse("2026-03-02"),
				LocalDate.ofInstant(Cron.parse(" 0  1 * * * ").next(at("2026-03-01T02:00", JAKARTA), JAKARTA).get(),
						JAKARTA));
	}
}
