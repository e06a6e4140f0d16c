package id.cadang.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cadang.model.TimeStandard;
import id.cadang.model.util.Steps;

/** A step's time standard (mutu baku) as a due time: its duration, or the period its frequency gives. */
final class TimeStandards {

	/** "setiap 6 bulan", "per 6 bulan", "setiap hari", "6 bulan sekali". */
	private static final Pattern EVERY = Pattern
			.compile("(?:setiap|tiap|per)\\s+(?:(\\d+)\\s+)?(hari|minggu|pekan|bulan|tahun)|(\\d+)\\s+(hari|minggu|bulan|tahun)\\s+sekali");
	/** "2 kali dalam 1 tahun", "minimal 3 kali dalam seminggu". */
	private static final Pattern TIMES = Pattern
			.compile("(\\d+)\\s*kali\\s+(?:dalam|per|se)\\s*(?:(\\d+)\\s+)?(se)?(hari|minggu|pekan|bulan|tahun)");

	private TimeStandards() {
	}

	/** When a step started at {@code opened} is due: its duration, else its frequency's period. */
	static Optional<Instant> due(TimeStandard standard, Instant opened, ZoneId zone) {
		Optional<Duration> duration = safeDuration(standard);
		if (duration.isPresent()) {
			return Optional.of(opened.plus(duration.get()));
		}
		return period(standard == null ? null : standard.getFrequency())
				.map(p -> opened.atZone(zone).plus(p).toInstant());
	}

	static Optional<Duration> safeDuration(TimeStandard standard) {
		try {
			return Steps.duration(standard);
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The period between two occurrences of a frequency written in Indonesian; empty when it cannot be read. */
	static Optional<Period> period(String frequency) {
		if (frequency == null || frequency.isBlank()) {
			return Optional.empty();
		}
		String text = frequency.toLowerCase(Locale.ROOT);
		Matcher every = EVERY.matcher(text);
		if (every.find()) {
			String count = every.group(1) != null ? every.group(1) : every.group(3);
			String unit = every.group(2) != null ? every.group(2) : every.group(4);
			return Optional.of(unit(unit).multipliedBy(count == null ? 1 : Integer.parseInt(count)));
		}
		Matcher times = TIMES.matcher(text);
		if (times.find()) {
			int n = Integer.parseInt(times.group(1));
			int units = times.group(2) == null ? 1 : Integer.parseInt(times.group(2));
			Period whole = unit(times.group(4)).multipliedBy(units);
			if (n <= 0) {
				return Optional.empty();
			}
			long days = whole.getYears() * 365L + whole.getMonths() * 30L + whole.getDays();
			return whole.getMonths() + whole.getYears() * 12 > 0 && (whole.toTotalMonths() % n == 0)
					? Optional.of(Period.ofMonths((int) (whole.toTotalMonths() / n)))
					: Optional.of(Period.ofDays((int) Math.max(1, days / n)));
		}
		return Optional.empty();
	}

	private static Period unit(String unit) {
		return switch (unit) {
			case "hari" -> Period.ofDays(1);
			case "minggu", "pekan" -> Period.ofWeeks(1);
			case "bulan" -> Period.ofMonths(1);
			default -> Period.ofYears(1);
		};
	}

	/** A duration as people read it: 1 d 2 h, 15 min, 40 s. */
	static String human(Duration d) {
		long s = d.toSeconds();
		if (s >= 86_400) {
			return s / 86_400 + " d" + (s % 86_400 >= 3600 ? " " + s % 86_400 / 3600 + " h" : "");
		}
		if (s >= 3600) {
			return s / 3600 + " h" + (s % 3600 >= 60 ? " " + s % 3600 / 60 + " min" : "");
		}
		if (s >= 60) {
			return s / 60 + " min";
		}
		return s > 0 ? s + " s" : d.toMillis() + " ms";
	}
}
