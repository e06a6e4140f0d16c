package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.catalog.CadangHome;
import id.cadang.core.InstalledSop;
import id.cadang.core.PluginProblem;
import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.model.StepShape;

/**
 * The running runtime's plug-in folder, {@code <cadang.home>/plugins/}, as a person uses it: copy a jar in,
 * copy a newer one over it, delete it; broken jars are named with their reason and never hide the good ones.
 */
class PluginFolderTest {

	private static final Duration DEADLINE = Duration.ofSeconds(15);

	private BundleContext context;
	private ServiceTracker<SopRegistry, SopRegistry> tracker;
	private Path folder;

	@BeforeEach
	void emptyFolder() throws Exception {
		context = FrameworkUtil.getBundle(PluginFolderTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, SopRegistry.class, null);
		tracker.open();
		folder = CadangHome.resolve(context.getProperty("cadang.home")).resolve("plugins").normalize();
		assertTrue(folder.endsWith(Path.of("target", "cadang-home", "plugins")),
				"the tests empty the plug-in folder, so they run only on the build's cadang.home, not on " + folder);
		Files.createDirectories(folder);
		clean();
	}

	@AfterEach
	void cleanUp() throws Exception {
		try {
			clean();
		} finally {
			tracker.close();
		}
	}

	/** Deletes every jar and waits until the folder's bundles are uninstalled and its problems gone. */
	private void clean() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		eventually("the plug-in folder's bundles are uninstalled", () -> fromFolder().isEmpty()
				&& registry().pluginProblems().isEmpty() ? Optional.of(true) : Optional.empty());
	}

	private List<Bundle> fromFolder() {
		String prefix = folder.toUri().toString();
		return Arrays.stream(context.getBundles()).filter(b -> b.getLocation().startsWith(prefix)).toList();
	}

	private SopRegistry registry() {
		try {
			SopRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "the SOP registry (DS component) is registered");
			return registry;
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	/** Polls {@code probe} until it gives a value, or fails after the deadline saying what never happened. */
	private <T> T eventually(String what, Supplier<Optional<T>> probe) {
		Instant deadline = Instant.now().plus(DEADLINE);
		while (true) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("within " + DEADLINE.toSeconds() + " s: " + what + "; SOPs: "
						+ registry().sops().stream().map(s -> s.id() + " " + s.bundleVersion()).toList()
						+ "; problems: " + registry().pluginProblems() + "; bundles from the folder: " + fromFolder());
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				throw new AssertionError(e);
			}
		}
	}

	private long installedNamed(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).count();
	}

	private PluginProblem problemOf(String fileName) {
		return eventually(fileName + " is reported", () -> registry().pluginProblems().stream()
				.filter(p -> p.fileName().equals(fileName)).findFirst());
	}

	@Test
	void aDroppedJarIsListedThenReplacedByANewerCopyThenGoneWhenDeleted() throws Exception {
		Path jar = PluginJars.drop(folder, "sop-uji-folder.jar",
				PluginJars.sopPlugin("id.cadang.sop.ujifolder", "1.0.0", "ujifolder", "SOP Uji versi pertama"));

		InstalledSop first = eventually("ujifolder is listed",
				() -> registry().sop("ujifolder").filter(s -> s.bundleVersion().equals("1.0.0")));
		assertEquals("SOP Uji versi pertama", first.document().getTitle());
		Bundle bundle = fromFolder().get(0);
		assertEquals(jar.toUri().toString(), bundle.getLocation(), "installed from the dropped file");
		assertEquals(Bundle.ACTIVE, bundle.getState());

		PluginJars.drop(folder, "sop-uji-folder.jar",
				PluginJars.sopPlugin("id.cadang.sop.ujifolder", "1.0.1", "ujifolder", "SOP Uji versi kedua"));

		InstalledSop second = eventually("version 1.0.1 replaces 1.0.0",
				() -> registry().sop("ujifolder").filter(s -> s.bundleVersion().equals("1.0.1")));
		assertEquals("SOP Uji versi kedua", second.document().getTitle());
		assertEquals(1, installedNamed("id.cadang.sop.ujifolder"), "the newer version replaced the older in place");
		assertEquals(bundle.getBundleId(), fromFolder().get(0).getBundleId(), "updated, not installed beside");
		assertTrue(registry().pluginProblems().isEmpty(), registry().pluginProblems()::toString);

		Files.delete(jar);

		eventually("ujifolder is gone", () -> registry().sop("ujifolder").isEmpty() ? Optional.of(true)
				: Optional.empty());
		eventually("its bundle is uninstalled",
				() -> installedNamed("id.cadang.sop.ujifolder") == 0 ? Optional.of(true) : Optional.empty());
	}

	@Test
	void brokenJarsAreReportedByFileNameWhileAGoodOneDroppedWithThemIsListed() throws Exception {
		Map<String, String> badVersion = PluginJars.sopHeaders("id.cadang.sop.manifestrusak", "1.0.0", "x");
		badVersion.put("Bundle-Version", "1.0.0.bukan.versi");
		Map<String, String> missingImport = PluginJars.sopHeaders("id.cadang.sop.imporhilang", "1.0.0", "imporhilang");
		missingImport.put("Import-Package", "id.cadang.tidak.ada;version=\"[1,2)\"");
		SopDocument invalid = TestSops.document("tidakvalid");
		TestSops.step(invalid, "1", StepShape.DECISION, null, null);

		PluginJars.drop(folder, "x.jar", PluginJars.text("ini bukan jar, hanya teks biasa\n"));
		PluginJars.drop(folder, "manifest-rusak.jar", PluginJars.jar(badVersion, Map.of()));
		PluginJars.drop(folder, "impor-hilang.jar", PluginJars.jar(missingImport,
				Map.of("sop/imporhilang.sop", PluginJars.sop("imporhilang", "Impor hilang"))));
		PluginJars.drop(folder, "sop-rusak.jar",
				PluginJars.jar(PluginJars.sopHeaders("id.cadang.sop.soprusak", "1.0.0", "rusak"),
						Map.of("sop/rusak.sop", PluginJars.text("<?xml version=\"1.0\"?>\n<sop:SopDocument"))));
		PluginJars.drop(folder, "tidak-valid.jar",
				PluginJars.jar(PluginJars.sopHeaders("id.cadang.sop.tidakvalid", "1.0.0", "tidakvalid"),
						Map.of("sop/tidakvalid.sop", PluginJars.xmi(invalid))));
		PluginJars.drop(folder, "baik.jar", PluginJars.sopPlugin("id.cadang.sop.baikfolder", "1.0.0", "baikfolder",
				"SOP yang baik"));

		InstalledSop good = eventually("the good plug-in is listed", () -> registry().sop("baikfolder"));
		assertTrue(good.valid(), good.problems()::toString);

		String garbage = problemOf("x.jar").reason();
		assertTrue(garbage.contains("not a jar"), garbage);
		String manifest = problemOf("manifest-rusak.jar").reason();
		assertTrue(manifest.contains("cannot be installed") && manifest.contains("1.0.0.bukan.versi"), manifest);
		String unresolved = problemOf("impor-hilang.jar").reason();
		assertTrue(unresolved.contains("id.cadang.sop.imporhilang") && unresolved.contains("id.cadang.tidak.ada"),
				unresolved);
		String broken = problemOf("sop-rusak.jar").reason();
		assertTrue(broken.contains("sop/rusak.sop") && broken.contains("id.cadang.sop.soprusak"), broken);
		String notValid = problemOf("tidak-valid.jar").reason();
		assertTrue(notValid.contains("'tidakvalid'") && notValid.contains("does not validate"), notValid);
		assertTrue(registry().pluginProblems().stream().noneMatch(p -> p.fileName().equals("baik.jar")),
				registry().pluginProblems()::toString);
		assertTrue(registry().sop("imporhilang").isEmpty(), "an unresolved plug-in's SOP is not offered");
	}

	@Test
	void aPluginWaitingForAnImportStartsWhenTheJarThatExportsItIsDropped() throws Exception {
		Map<String, String> needs = PluginJars.sopHeaders("id.cadang.sop.butuh", "1.0.0", "butuh");
		needs.put("Import-Package", "id.cadang.penyedia.uji;version=\"[1,2)\"");
		PluginJars.drop(folder, "butuh.jar",
				PluginJars.jar(needs, Map.of("sop/butuh.sop", PluginJars.sop("butuh", "Butuh penyedia"))));
		problemOf("butuh.jar");
		assertTrue(registry().sop("butuh").isEmpty());

		Map<String, String> provider = new LinkedHashMap<>();
		provider.put("Bundle-ManifestVersion", "2");
		provider.put("Bundle-SymbolicName", "id.cadang.penyedia.uji");
		provider.put("Bundle-Version", "1.0.0");
		provider.put("Export-Package", "id.cadang.penyedia.uji;version=\"1.0.0\"");
		PluginJars.drop(folder, "penyedia.jar",
				PluginJars.jar(provider, Map.of("id/cadang/penyedia/uji/README.txt", PluginJars.text("penyedia"))));

		eventually("butuh is listed once its import is there", () -> registry().sop("butuh"));
		eventually("butuh.jar is no longer reported", () -> registry().pluginProblems().isEmpty() ? Optional.of(true)
				: Optional.empty());
	}
}
