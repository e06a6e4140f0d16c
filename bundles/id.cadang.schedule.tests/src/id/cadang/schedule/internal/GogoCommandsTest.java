package id.cadang.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.ScheduleOverride;

/** The Gogo commands are a DS component in the real runtime, with the scope and functions Gogo looks for. */
class GogoCommandsTest {

	@Test
	void cadangStatusAndSchedulesAreGogoCommandsOnTheRuntimesCatalog() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(GogoCommands.class).getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getSymbolicName().startsWith("id.cadang.") && bundle.getHeaders().get("Fragment-Host") == null) {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		ServiceTracker<GogoCommands, GogoCommands> tracker = new ServiceTracker<>(context, GogoCommands.class, null);
		tracker.open();
		try {
			GogoCommands commands = tracker.waitForService(30_000);
			assertNotNull(commands, "the Gogo commands component did not come up");
			ServiceReference<GogoCommands> reference = tracker.getServiceReference();
			assertEquals("cadang", reference.getProperty("osgi.command.scope"));
			assertEquals(List.of("status", "schedules", "run"),
					Arrays.asList((String[]) reference.getProperty("osgi.command.function")));

			Catalog catalog = context.getService(context.getServiceReference(Catalog.class));
			catalog.saveBinding(new Binding("gogo", "mandiri", Map.of("db", "postgresql://backup@db/app"),
					Instant.parse("2026-03-02T00:00:00Z")));
			catalog.saveScheduleOverride(new ScheduleOverride("gogo", "malam", "backup", "0 23 * * *", null, List.of(),
					Instant.parse("2026-03-02T00:00:00Z")));
			String schedules = commands.schedules();
			assertTrue(schedules.startsWith("gogo/malam: 0 23 * * * (Asia/Jakarta)"), schedules);
			String status = commands.status();
			assertTrue(status.contains("gogo/malam: "), status);
			assertTrue(status.contains("gogo/db: -"), status);
		} finally {
			tracker.close();
		}
	}
}
