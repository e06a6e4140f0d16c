package id.cadang.core.internal;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import id.cadang.catalog.CadangHome;
import id.cadang.core.PluginProblem;

/**
 * The drop-in plug-in folder {@code <cadang.home>/plugins/}: a jar copied there is installed and started
 * within seconds, a newer copy replaces it, a deleted one is uninstalled, without a restart. Watched on its
 * own thread, so activation never waits for a jar.
 */
@Component(service = PluginFolder.class, immediate = true)
public final class PluginFolder {

	/** How often the folder is scanned even when no change was signalled. */
	static final Duration PERIOD = Duration.ofSeconds(2);

	@Reference(service = LoggerFactory.class)
	private Logger logger;

	private volatile PluginInstaller installer;
	private volatile FolderWatcher watcher;

	@Activate
	void activate(BundleContext context) {
		Path folder = CadangHome.resolve(context.getProperty("cadang.home")).resolve("plugins").normalize();
		Optional<Path> digests = Optional.ofNullable(context.getDataFile("plugin-folder.properties"))
				.map(File::toPath);
		installer = new PluginInstaller(context, folder, new PluginDigests(digests), logger);
		watcher = new FolderWatcher(folder, installer::scan, PERIOD, logger);
		watcher.start();
	}

	@Deactivate
	void deactivate() {
		watcher.stop();
	}

	/** Waits until the folder's jars have been installed or reported, at most {@code timeout}. */
	public boolean awaitSettled(Duration timeout) throws InterruptedException {
		FolderWatcher current = watcher;
		return current != null && current.awaitSettled(timeout);
	}

	/** The folder watched. */
	public Path folder() {
		return installer.folder();
	}

	/** Jars that cannot be installed or started, with the reason, by file name. */
	public List<PluginProblem> problems() {
		return installer.problems();
	}

	/** The jar in the folder that the bundle was installed from; empty for a bundle from elsewhere. */
	public Optional<Path> fileOf(long bundleId) {
		return installer.fileOf(bundleId);
	}
}
