package id.cadang.retention.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.model.RetentionKind;
import id.cadang.retention.Decision;
import id.cadang.retention.RetentionPlanner;
import id.cadang.retention.RetentionPolicy;

/**
 * Many random histories: good, failed, running and already deleted backups of several bindings, slots and targets,
 * times spread over three years with some dated after now (clock skew), random policies of both kinds. For every
 * one: the newest good backup of every slot and target survives, no backup of another binding is touched, an empty
 * policy deletes nothing, only good or failed backups are deleted, and nothing kept is dropped by a later rule.
 */
class PlannerPropertyTest {
	private static final List<String> BINDINGS = List.of("simpeg", "sipd", "e-office");
	private static final List<String> SLOTS = List.of("db", "app");
	private static final List<String> PLACES = List.of("/nas", "sftp://backup@nas:22/srv/backup");
	private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"),
			ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

	@Test
	void theInvariantsHoldOverThousandsOfRandomHistories() {
		for (long seed = 1; seed <= 3000; seed++) {
			check(seed);
		}
	}

	private static void check(long seed) {
		Random random = new Random(seed);
		Instant now = Instant.parse("2026-11-21T15:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 400)));
		ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
		List<BackupRecord> history = new ArrayList<>();
		int count = random.nextInt(60);
		for (int i = 0; i < count; i++) {
			BackupStatus status = switch (random.nextInt(10)) {
				case 0, 1 -> BackupStatus.FAILED;
				case 2 -> BackupStatus.RUNNING;
				case 3 -> BackupStatus.DELETED;
				default -> BackupStatus.GOOD;
			};
			// three years back, a few up to two days ahead (clock skew)
			Instant started = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 3)))
					.plus(Duration.ofMinutes(random.nextInt(10) == 0 ? random.nextInt(60 * 48) : 0));
			if (random.nextInt(8) == 0 && !history.isEmpty()) {
				started = history.get(random.nextInt(history.size())).started(); // same second as another
			}
			String binding = BINDINGS.get(random.nextInt(BINDINGS.size()));
			history.add(new BackupRecord(i + 1, null, "buleleng", binding, SLOTS.get(random.nextInt(SLOTS.size())),
					"folder", "/srv", status, PLACES.get(random.nextInt(PLACES.size())) + "/" + (i + 1), 1L, 1L, "x",
					null, started, null, null));
		}
		Map<String, RetentionPolicy> policies = Map.of("db", policy(random), "app", policy(random));
		Function<BackupRecord, String> placeOf = b -> b.path().substring(0, b.path().lastIndexOf('/'));
		String binding = BINDINGS.get(0);

		List<Decision> plan = RetentionPlanner.plan(history, binding, policies::get, placeOf, now, zone);
		String context = "seed " + seed + ", policies " + policies + ", " + zone + ", now " + now;

		Set<Long> planned = plan.stream().map(d -> d.backup().id()).collect(Collectors.toSet());
		assertEquals(history.stream().filter(b -> b.binding().equals(binding) && b.status() != BackupStatus.DELETED)
				.map(BackupRecord::id).collect(Collectors.toSet()), planned,
				"exactly the binding's live backups are planned, " + context);
		assertEquals(planned.size(), plan.size(), "one decision each, " + context);
		for (Decision d : plan) {
			if (!d.keep()) {
				assertTrue(d.backup().status() == BackupStatus.GOOD || d.backup().status() == BackupStatus.FAILED,
						"only good or failed backups go, " + d + ", " + context);
				assertTrue(!d.policy().isEmpty(), "an empty policy deletes nothing, " + d + ", " + context);
			}
		}
		Map<List<String>, List<BackupRecord>> goodBySlotAndPlace = history.stream()
				.filter(b -> b.binding().equals(binding) && b.status() == BackupStatus.GOOD)
				.collect(Collectors.groupingBy(b -> List.of(b.slot(), placeOf.apply(b))));
		goodBySlotAndPlace.forEach((group, good) -> {
			BackupRecord newest = good.stream().max(Comparator.comparing(BackupRecord::started)
					.thenComparingLong(BackupRecord::id)).orElseThrow();
			Decision decision = plan.stream().filter(d -> d.backup().id() == newest.id()).findFirst().orElseThrow();
			assertTrue(decision.keep(), "the newest good backup of " + group + " survives: " + decision + ", " + context);
			assertTrue(plan.stream().anyMatch(d -> d.keep() && d.backup().status() == BackupStatus.GOOD
					&& !d.backup().started().isAfter(now) && group.equals(List.of(d.backup().slot(), placeOf.apply(d.backup()))))
					|| good.stream().allMatch(b -> b.started().isAfter(now)),
					"a good backup not dated ahead survives in " + group + ", " + context);
		});
		for (Decision d : plan) {
			if (d.backup().status() == BackupStatus.RUNNING) {
				assertTrue(d.keep(), "a running backup is never deleted, " + context);
			}
		}
	}

	private static RetentionPolicy policy(Random random) {
		if (random.nextInt(5) == 0) {
			return RetentionPolicy.NONE;
		}
		RetentionKind kind = random.nextBoolean() ? RetentionKind.GRANDFATHER_FATHER_SON
				: RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE;
		return new RetentionPolicy("random", kind, random.nextInt(3), random.nextInt(8), random.nextInt(5),
				random.nextInt(13), random.nextInt(3));
	}
}
