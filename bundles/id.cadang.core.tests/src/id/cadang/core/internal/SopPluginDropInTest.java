package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.model.StepShape;
import id.cadang.model.io.SopResources;

/**
 * SOP plug-ins are dropped into the running framework as real bundles: a good one appears, broken ones
 * are reported with their reason and never hide the good ones, and an uninstalled one goes away.
 */
class SopPluginDropInTest {

	@TempDir
	Path temp;

	private BundleContext context;
	private ServiceTracker<SopRegistry, SopRegistry> tracker;
	private final List<Bundle> installed = new ArrayList<>();

	@BeforeEach
	void track() {
		context = FrameworkUtil.getBundle(SopPluginDropInTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, SopRegistry.class, null);
		tracker.open();
	}

	@AfterEach
	void uninstall() throws Exception {
		for (Bundle bundle : installed) {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
		tracker.close();
	}

	private SopRegistry registry() throws InterruptedException {
		SopRegistry registry = tracker.waitForService(10_000);
		assertNotNull(registry, "the SOP registry (DS component) is registered");
		return registry;
	}

	private Bundle drop(String symbolicName, String header, Map<String, byte[]> entries) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue(SopRegistry.HEADER, header);
		Path jar = temp.resolve(symbolicName + ".jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		Bundle bundle = context.installBundle(jar.toUri().toString());
		installed.add(bundle);
		bundle.start(Bundle.START_ACTIVATION_POLICY);
		return bundle;
	}

	private static byte[] sop(String id) {
		SopDocument document = TestSops.document(id);
		TestSops.step(document, "1", StepShape.START, null, "PT15M");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopResources.save(document, out);
		return out.toByteArray();
	}

	@Test
	void aDroppedPluginAppearsAndGoesAwayWhenUninstalled() throws Exception {
		Bundle plugin = drop("id.cadang.sop.uji", "sop/uji.sop", Map.of("sop/uji.sop", sop("uji")));

		InstalledSop installedSop = registry().sop("uji").orElseThrow(() -> new AssertionError("uji is not listed"));
		assertEquals("id.cadang.sop.uji", installedSop.bundle());
		assertEquals("TEST/uji", installedSop.document().getNumber());

		plugin.uninstall();
		assertTrue(registry().sop("uji").isEmpty(), "an uninstalled plug-in is gone");
	}

	@Test
	void brokenPluginsAreReportedWithTheirReasonAndNeverHideTheGoodOnes() throws Exception {
		drop("id.cadang.sop.baik", "sop/baik.sop", Map.of("sop/baik.sop", sop("baik")));
		drop("id.cadang.sop.rusak", "sop/rusak.sop",
				Map.of("sop/rusak.sop", "<?xml version=\"1.0\"?>\n<sop:SopDocument xmlns:sop=\"x\">\n<roles>"
						.getBytes(StandardCharsets.UTF_8)));
		drop("id.cadang.sop.hilang", "sop/tidak-ada.sop", Map.of());

		SopRegistry registry = registry();
		assertTrue(registry.sop("baik").isPresent(), "the good plug-in is still there");
		BrokenSop rusak = registry.broken().stream().filter(b -> b.bundle().equals("id.cadang.sop.rusak")).findFirst()
				.orElseThrow(() -> new AssertionError("malformed SOP not reported: " + registry.broken()));
		assertTrue(rusak.reason().contains("rusak.sop"), rusak.reason());
		BrokenSop hilang = registry.broken().stream().filter(b -> b.bundle().equals("id.cadang.sop.hilang")).findFirst()
				.orElseThrow(() -> new AssertionError("missing SOP file not reported: " + registry.broken()));
		assertTrue(hilang.reason().contains("sop/tidak-ada.sop") && hilang.reason().contains("Cadang-Sop"),
				hilang.reason());
	}

	@Test
	void twoPluginsWithTheSameSopIdDoNotReplaceEachOther() throws Exception {
		drop("id.cadang.sop.pertama", "sop/a.sop", Map.of("sop/a.sop", sop("kembar")));
		drop("id.cadang.sop.kedua", "sop/a.sop", Map.of("sop/a.sop", sop("kembar")));

		SopRegistry registry = registry();
		assertEquals("id.cadang.sop.pertama", registry.sop("kembar").orElseThrow().bundle());
		assertTrue(registry.broken().stream().anyMatch(
				b -> b.bundle().equals("id.cadang.sop.kedua") && b.reason().contains("already installed")),
				registry.broken()::toString);
	}
}
