package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Inside the OSGi runtime: the DS component offers the catalog of cadang.home. */
class CatalogComponentTest {

	@Test
	void theCatalogServiceIsTheCatalogOfCadangHome() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Catalog.class);
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start();
		}
		BundleContext context = bundle.getBundleContext();
		Path home = CadangHome.resolve(context.getProperty("cadang.home"));
		assertTrue(home.endsWith(Path.of("target", "cadang-home")), "cadang.home is not set by the build: " + home);

		ServiceTracker<Catalog, Catalog> tracker = new ServiceTracker<>(context, Catalog.class, null);
		tracker.open();
		try {
			Catalog catalog = tracker.waitForService(10_000);
			assertNotNull(catalog, "no Catalog service within 10 s");
			assertNotNull(catalog.bindings(null));
			assertTrue(Files.isRegularFile(home.resolve("catalog").resolve("cadang.mv.db")),
					"no catalog file under " + home);

			String name = "component-test-" + System.nanoTime();
			catalog.saveBinding(new Binding(name, "sop.test", Map.of("folder", "/srv"), Instant.now()));
			assertEquals(Map.of("folder", "/srv"), catalog.binding(name).orElseThrow().slots());
			assertTrue(catalog.bindings(null).stream().anyMatch(binding -> binding.name().equals(name)));
		} finally {
			tracker.close();
		}
	}
}
