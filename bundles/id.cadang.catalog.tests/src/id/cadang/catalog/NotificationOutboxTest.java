package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox keeps every notice until it is mailed; a process claims a due one before mailing it. */
class NotificationOutboxTest {
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@TempDir
	Path home;

	private static NotificationOpen mail(String user) {
		return new NotificationOpen(T0, "TASK_OPENED", 1L, 2L, "buleleng", "simpeg", "1", List.of("staf-it", "kasi"),
				user, user + "@bulelengkab.go.id", "[Cadang] Tugas 2", "Yth. " + user, NotificationState.PENDING, null);
	}

	@Test
	void aPendingNoticeIsDueClaimedOnceRetriedAndSent() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			long id = catalog.addNotification(mail("komang"));
			Notification stored = catalog.notifications(null, 10).get(0);
			assertEquals(List.of("staf-it", "kasi"), stored.roles());
			assertEquals(NotificationState.PENDING, stored.state());
			assertEquals(T0, stored.nextAttemptAt(), "a new notice is due at once");

			assertEquals(List.of(id), catalog.dueNotifications(T0, 10).stream().map(Notification::id).toList());
			assertTrue(catalog.claimNotification(id, T0, T0.plusSeconds(120)));
			assertFalse(catalog.claimNotification(id, T0.plusSeconds(1), T0.plusSeconds(121)), "claimed once");
			assertEquals(List.of(), catalog.dueNotifications(T0.plusSeconds(1), 10), "a claimed notice is not due");

			catalog.notificationFailed(id, "Connection refused", T0.plus(Duration.ofMinutes(1)));
			Notification failedOnce = catalog.notifications(1L, 10).get(0);
			assertEquals(NotificationState.PENDING, failedOnce.state());
			assertEquals(1, failedOnce.attempts());
			assertEquals("Connection refused", failedOnce.lastError());
			assertEquals(List.of(), catalog.dueNotifications(T0.plusSeconds(59), 10), "backoff");
			assertEquals(1, catalog.dueNotifications(T0.plusSeconds(60), 10).size());

			assertTrue(catalog.claimNotification(id, T0.plusSeconds(60), T0.plusSeconds(180)));
			catalog.notificationSent(id, T0.plusSeconds(61));
			Notification sent = catalog.notifications(null, 10).get(0);
			assertEquals(NotificationState.SENT, sent.state());
			assertEquals(2, sent.attempts());
			assertEquals(T0.plusSeconds(61), sent.sentAt());
			assertNull(sent.nextAttemptAt());
			assertEquals(List.of(), catalog.dueNotifications(T0.plusSeconds(3600), 10), "sent once");
		}
	}

	@Test
	void aGivenUpNoticeIsFailedUntilRetriedAndLoggedOnesAreNeverMailed() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			long failed = catalog.addNotification(mail("sari"));
			catalog.addNotification(new NotificationOpen(T0, "TASK_OPENED", 1L, 2L, "buleleng", "simpeg", "1",
					List.of("kasi"), "budi", null, "[Cadang] Tugas 2", "Yth. budi", NotificationState.LOGGED,
					"user budi has no e-mail address"));
			assertTrue(catalog.claimNotification(failed, T0, T0.plusSeconds(60)));
			catalog.notificationFailed(failed, "550 no such user", null);
			List<Notification> all = catalog.notifications(null, 10);
			assertEquals(List.of(NotificationState.LOGGED, NotificationState.FAILED),
					all.stream().map(Notification::state).toList(), "newest first");
			assertEquals("user budi has no e-mail address", all.get(0).lastError());
			assertEquals(List.of(), catalog.dueNotifications(T0.plusSeconds(86_400), 10));

			assertEquals(1, catalog.retryNotifications(T0.plusSeconds(5)), "only the one with an address");
			assertEquals(List.of(failed),
					catalog.dueNotifications(T0.plusSeconds(5), 10).stream().map(Notification::id).toList());
			assertThrows(IllegalArgumentException.class, () -> new NotificationOpen(T0, "TEST", null, null, null, null,
					null, List.of(), null, null, "s", "b", NotificationState.PENDING, null), "nothing to mail to");
		}
	}
}
