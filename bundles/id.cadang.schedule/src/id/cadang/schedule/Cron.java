package id.cadang.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * A 5-field cron expression (minute hour day-of-month month day-of-week), parsed by cron-utils and read as wall
 * clock time in a time zone. Wall times are matched first and placed in the zone afterwards, so a job runs once
 * per matching wall time whatever daylight saving time does: a time the clocks skip (02:30 when they jump from
 * 02:00 to 03:00) runs as late as the jump (03:30), and a time they pass twice (02:30 when they fall back from
 * 03:00 to 02:00) runs at its first occurrence only.
 */
public final class Cron {

	/** Longer than any daylight saving shift (at most two hours anywhere). */
	private static final long SHIFT_HOURS = 3;

	private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

	private final String expression;
	private final ExecutionTime execution;

	private Cron(String expression, ExecutionTime execution) {
		this.expression = expression;
		this.execution = execution;
	}

	/**
	 * Parses an expression such as {@code 0 1 * * *} (every day at 01:00) or {@code 0 2 * * 1,3,5}.
	 *
	 * @throws IllegalArgumentException naming what is wrong and what a valid expression looks like
	 */
	public static Cron parse(String expression) {
		String text = expression == null ? "" : expression.trim().replaceAll("\\s+", " ");
		if (text.split(" ").length != 5) {
			throw new IllegalArgumentException("'" + text + "' is not a cron expression of 5 fields (minute hour "
					+ "day-of-month month day-of-week), e.g. '0 1 * * *' for every day at 01:00");
		}
		try {
			return new Cron(text, ExecutionTime.forCron(PARSER.parse(text)));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid cron expression (" + e.getMessage()
					+ "); fields: minute hour day-of-month month day-of-week, e.g. '0 2 * * 1,3,5'", e);
		}
	}

	public String expression() {
		return expression;
	}

	/** The first run strictly after {@code after}. */
	public Optional<Instant> next(Instant after, ZoneId zone) {
		ZonedDateTime wall = LocalDateTime.ofInstant(after, zone).minusHours(SHIFT_HOURS).atZone(ZoneOffset.UTC);
		Instant best = null;
		LocalDateTime bestWall = null;
		while (true) {
			Optional<ZonedDateTime> next = execution.nextExecution(wall);
			if (next.isEmpty() || !next.get().isAfter(wall)) {
				return Optional.ofNullable(best);
			}
			wall = next.get();
			LocalDateTime local = wall.toLocalDateTime();
			if (bestWall != null && local.isAfter(bestWall.plusHours(SHIFT_HOURS))) {
				return Optional.of(best);
			}
			Instant at = ZonedDateTime.of(local, zone).toInstant();
			if (at.isAfter(after) && (best == null || at.isBefore(best))) {
				best = at;
				bestWall = local;
			}
		}
	}

	/** The last run at or before {@code atOrBefore}. */
	public Optional<Instant> previous(Instant atOrBefore, ZoneId zone) {
		ZonedDateTime wall = LocalDateTime.ofInstant(atOrBefore, zone).plusHours(SHIFT_HOURS).plusMinutes(1)
				.atZone(ZoneOffset.UTC);
		Instant best = null;
		LocalDateTime bestWall = null;
		while (true) {
			Optional<ZonedDateTime> last = execution.lastExecution(wall);
			if (last.isEmpty() || !last.get().isBefore(wall)) {
				return Optional.ofNullable(best);
			}
			wall = last.get();
			LocalDateTime local = wall.toLocalDateTime();
			if (bestWall != null && local.isBefore(bestWall.minusHours(SHIFT_HOURS))) {
				return Optional.of(best);
			}
			Instant at = ZonedDateTime.of(local, zone).toInstant();
			if (!at.isAfter(atOrBefore) && (best == null || at.isAfter(best))) {
				best = at;
				bestWall = local;
			}
		}
	}

	/** The next {@code count} runs after {@code after}. */
	public List<Instant> next(Instant after, ZoneId zone, int count) {
		List<Instant> result = new ArrayList<>();
		Instant from = after;
		while (result.size() < count) {
			Optional<Instant> next = next(from, zone);
			if (next.isEmpty()) {
				break;
			}
			result.add(next.get());
			from = next.get();
		}
		return result;
	}

	/**
	 * The runs after {@code from} and at or before {@code to}, oldest first: the newest {@code limit} of them, found
	 * from {@code to} backwards so that a long downtime under an every-minute schedule costs no more than a short one.
	 */
	public List<Instant> between(Instant from, Instant to, ZoneId zone, int limit) {
		List<Instant> result = new ArrayList<>();
		Instant at = to;
		while (result.size() < limit) {
			Optional<Instant> previous = previous(at, zone);
			if (previous.isEmpty() || !previous.get().isAfter(from)) {
				break;
			}
			result.add(0, previous.get());
			at = previous.get().minusNanos(1);
		}
		return result;
	}

	@Override
	public String toString() {
		return expression;
	}
}
