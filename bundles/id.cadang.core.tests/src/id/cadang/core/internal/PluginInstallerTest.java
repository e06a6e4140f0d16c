package id.cadang.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import id.cadang.core.PluginProblem;

/**
 * One scan at a time on a folder of its own (not the running component's): what a restart finds, a jar still
 * being copied, a broken jar replaced by a good one.
 */
class PluginInstallerTest {

	@TempDir
	Path temp;

	private BundleContext context;
	private Path folder;
	private Logger logger;

	@BeforeEach
	void setUp() throws Exception {
		context = FrameworkUtil.getBundle(PluginInstallerTest.class).getBundleContext();
		folder = temp.resolve("plugins");
		Files.createDirectories(folder);
		ServiceReference<LoggerFactory> factory = context.getServiceReference(LoggerFactory.class);
		assertNotNull(factory, "the framework offers a LoggerFactory");
		logger = context.getService(factory).getLogger(PluginInstallerTest.class);
	}

	@AfterEach
	void uninstall() throws Exception {
		for (Bundle bundle : fromFolder()) {
			bundle.uninstall();
		}
	}

	private PluginInstaller installer() {
		return new PluginInstaller(context, folder, new PluginDigests(Optional.of(temp.resolve("digests.properties"))),
				logger);
	}

	private List<Bundle> fromFolder() {
		String prefix = folder.toUri().toString();
		return Arrays.stream(context.getBundles()).filter(b -> b.getLocation().startsWith(prefix)).toList();
	}

	private Bundle bundle(String symbolicName) {
		return fromFolder().stream().filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed: " + fromFolder()));
	}

	@Test
	void aRestartAdoptsUnchangedJarsUpdatesChangedOnesAndUninstallsDeletedOnes() throws Exception {
		PluginJars.dropSettled(folder, "tetap.jar", PluginJars.sopPlugin("id.cadang.uji.tetap", "1.0.0", "tetap", "Tetap"));
		PluginJars.dropSettled(folder, "berubah.jar",
				PluginJars.sopPlugin("id.cadang.uji.berubah", "1.0.0", "berubah", "Lama"));
		Path hapus = PluginJars.dropSettled(folder, "hapus.jar",
				PluginJars.sopPlugin("id.cadang.uji.hapus", "1.0.0", "hapus", "Hapus"));
		assertFalse(installer().scan(), "no jar is still being copied");
		Bundle tetap = bundle("id.cadang.uji.tetap");
		long tetapModified = tetap.getLastModified();
		long berubahId = bundle("id.cadang.uji.berubah").getBundleId();
		long hapusId = bundle("id.cadang.uji.hapus").getBundleId();
		assertEquals(Bundle.ACTIVE, tetap.getState());

		// while "Cadang" is stopped: one jar replaced, one deleted, one added
		PluginJars.dropSettled(folder, "berubah.jar",
				PluginJars.sopPlugin("id.cadang.uji.berubah", "1.0.1", "berubah", "Baru"));
		Files.delete(hapus);
		PluginJars.dropSettled(folder, "baru.jar", PluginJars.sopPlugin("id.cadang.uji.baru", "1.0.0", "baru", "Baru"));
		PluginInstaller restarted = installer();
		restarted.scan();

		assertEquals(tetapModified, bundle("id.cadang.uji.tetap").getLastModified(), "an unchanged jar is not updated");
		Bundle berubah = bundle("id.cadang.uji.berubah");
		assertEquals(berubahId, berubah.getBundleId(), "a changed jar updates its bundle in place");
		assertEquals("1.0.1", berubah.getVersion().toString());
		assertEquals(Bundle.ACTIVE, berubah.getState());
		assertNull(context.getBundle(hapusId), "the bundle of a deleted jar is uninstalled");
		assertEquals(Bundle.ACTIVE, bundle("id.cadang.uji.baru").getState());
		assertEquals(Optional.of(folder.resolve("berubah.jar")), restarted.fileOf(berubahId));
		assertEquals(3, fromFolder().size(), fromFolder()::toString);
		assertTrue(restarted.problems().isEmpty(), restarted.problems()::toString);
	}

	@Test
	void aJarStillBeingWrittenWaitsForTheNextScan() throws Exception {
		PluginJars.drop(folder, "segar.jar", PluginJars.sopPlugin("id.cadang.uji.segar", "1.0.0", "segar", "Segar"));
		PluginInstaller installer = installer();

		assertTrue(installer.scan(), "a jar written just now asks for another scan soon");
		assertTrue(fromFolder().isEmpty(), "and is not installed yet");
		assertTrue(installer.problems().isEmpty(), "nor reported as broken");

		Files.setLastModifiedTime(folder.resolve("segar.jar"),
				FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		assertFalse(installer.scan());
		assertEquals(Bundle.ACTIVE, bundle("id.cadang.uji.segar").getState());
	}

	@Test
	void aBrokenJarStaysReportedUntilAGoodCopyReplacesIt() throws Exception {
		PluginJars.dropSettled(folder, "nanti.jar", PluginJars.text("PK but not really"));
		PluginInstaller installer = installer();
		installer.scan();
		List<PluginProblem> problems = installer.problems();
		assertEquals(1, problems.size(), problems::toString);
		assertEquals("nanti.jar", problems.get(0).fileName());
		assertTrue(problems.get(0).reason().contains("not a jar"), problems.get(0).reason());

		installer.scan();
		assertEquals(problems, installer.problems(), "an unchanged broken jar is reported once, as it was");

		PluginJars.dropSettled(folder, "nanti.jar", PluginJars.sopPlugin("id.cadang.uji.nanti", "1.0.0", "nanti", "Nanti"));
		installer.scan();
		assertTrue(installer.problems().isEmpty(), installer.problems()::toString);
		assertEquals(Bundle.ACTIVE, bundle("id.cadang.uji.nanti").getState());
	}

	@Test
	void aNewerVersionInAJarOfAnotherNameReplacesTheOlderUntilItIsDeleted() throws Exception {
		PluginJars.dropSettled(folder, "id.cadang.uji.versi_1.0.0.jar",
				PluginJars.sopPlugin("id.cadang.uji.versi", "1.0.0", "versi", "Lama"));
		PluginInstaller installer = installer();
		installer.scan();
		assertEquals("1.0.0", bundle("id.cadang.uji.versi").getVersion().toString());

		Path newer = PluginJars.dropSettled(folder, "id.cadang.uji.versi_1.0.1.jar",
				PluginJars.sopPlugin("id.cadang.uji.versi", "1.0.1", "versi", "Baru"));
		installer.scan();
		assertEquals(1, fromFolder().size(), fromFolder()::toString);
		assertEquals("1.0.1", bundle("id.cadang.uji.versi").getVersion().toString());
		assertEquals(newer.toUri().toString(), bundle("id.cadang.uji.versi").getLocation());
		PluginProblem superseded = installer.problems().get(0);
		assertEquals("id.cadang.uji.versi_1.0.0.jar", superseded.fileName());
		assertTrue(superseded.reason().contains("replaced by version 1.0.1"), superseded.reason());

		PluginJars.dropSettled(folder, "salinan-lama.jar",
				PluginJars.sopPlugin("id.cadang.uji.versi", "1.0.0", "versi", "Lama"));
		installer.scan();
		assertEquals("1.0.1", bundle("id.cadang.uji.versi").getVersion().toString(), "an older copy changes nothing");
		assertTrue(installer.problems().stream().anyMatch(p -> p.fileName().equals("salinan-lama.jar")
				&& p.reason().contains("is not newer than version 1.0.1")), installer.problems()::toString);

		Files.delete(newer);
		Files.delete(folder.resolve("salinan-lama.jar"));
		installer.scan();
		assertEquals("1.0.0", bundle("id.cadang.uji.versi").getVersion().toString(),
				"with the newer jar gone, the older one is installed again");
		assertEquals(1, fromFolder().size(), fromFolder()::toString);
		assertTrue(installer.problems().isEmpty(), installer.problems()::toString);
	}
}
