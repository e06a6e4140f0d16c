package id.cadang.core.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.PluginProblem;
import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.model.io.SopResources;

/**
 * The extender that finds SOP plug-ins: every resolved bundle with a {@value SopRegistry#HEADER}
 * header. A plug-in that fails to load is recorded as broken and skipped; it never breaks the others.
 */
@Component(service = SopRegistry.class, immediate = true)
public final class SopExtender implements SopRegistry {

	private final Map<Long, List<InstalledSop>> installed = new ConcurrentHashMap<>();
	private final Map<Long, List<BrokenSop>> broken = new ConcurrentHashMap<>();
	private BundleTracker<Bundle> tracker;

	@Reference(service = LoggerFactory.class)
	private Logger logger;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile PluginFolder pluginFolder;

	@Activate
	void activate(BundleContext context) {
		tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
			@Override
			public Bundle addingBundle(Bundle bundle, BundleEvent event) {
				String header = bundle.getHeaders("").get(HEADER);
				if (header == null) {
					return null;
				}
				load(bundle, header);
				return bundle;
			}

			@Override
			public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
				installed.remove(bundle.getBundleId());
				broken.remove(bundle.getBundleId());
			}
		};
		tracker.open();
	}

	@Deactivate
	void deactivate() {
		tracker.close();
	}

	private void load(Bundle bundle, String header) {
		List<InstalledSop> ok = new ArrayList<>();
		List<BrokenSop> bad = new ArrayList<>();
		String version = bundle.getVersion().toString();
		for (String entry : header.split(",")) {
			String path = entry.trim();
			if (path.isEmpty()) {
				continue;
			}
			try {
				URL url = bundle.getEntry(path);
				if (url == null) {
					throw new IllegalStateException("the bundle has no file " + path + " (check " + HEADER
							+ " in its MANIFEST.MF and bin.includes in its build.properties)");
				}
				SopDocument document = SopResources.load(url);
				String id = document.getId();
				if (id == null || id.isBlank()) {
					throw new IllegalStateException("the SOP document has no id");
				}
				boolean duplicate = sops().stream().anyMatch(s -> s.id().equals(id))
						|| ok.stream().anyMatch(s -> s.id().equals(id));
				if (duplicate) {
					throw new IllegalStateException("SOP id '" + id + "' is already installed by another plug-in");
				}
				ok.add(new InstalledSop(id, document, bundle.getSymbolicName(), version,
						SopResources.validate(document)));
			} catch (RuntimeException e) {
				String reason = e.getMessage() == null ? e.toString() : e.getMessage();
				logger.warn("SOP plug-in {} {} could not be loaded from {}: {}", bundle.getSymbolicName(), version,
						path, reason);
				bad.add(new BrokenSop(bundle.getSymbolicName(), version, path, reason));
			}
		}
		installed.put(bundle.getBundleId(), List.copyOf(ok));
		broken.put(bundle.getBundleId(), List.copyOf(bad));
	}

	@Override
	public List<InstalledSop> sops() {
		return installed.values().stream().flatMap(List::stream).sorted(Comparator.comparing(InstalledSop::id))
				.toList();
	}

	@Override
	public Optional<InstalledSop> sop(String id) {
		return sops().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	public List<BrokenSop> broken() {
		return broken.values().stream().flatMap(List::stream).sorted(Comparator.comparing(BrokenSop::bundle))
				.toList();
	}

	/**
	 * The plug-in folder's own problems (not a jar, a broken manifest, an unresolved import), and the SOPs of
	 * jars from that folder that fail to load or validate, each related to its jar.
	 */
	@Override
	public boolean awaitPlugins(java.time.Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		PluginFolder folder = pluginFolder;
		while (folder == null && System.nanoTime() < deadline) {
			Thread.sleep(20); // the folder component binds a moment after this one on start-up
			folder = pluginFolder;
		}
		return folder != null && folder.awaitSettled(java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
	}

	@Override
	public List<PluginProblem> pluginProblems() {
		PluginFolder folder = pluginFolder;
		if (folder == null) {
			return List.of();
		}
		List<PluginProblem> problems = new ArrayList<>(folder.problems());
		broken.forEach((bundleId, entries) -> folder.fileOf(bundleId).ifPresent(file -> entries
				.forEach(b -> problems.add(new PluginProblem(file, "SOP " + b.resource() + " of plug-in " + b.bundle()
						+ " " + b.version() + " cannot be used: " + b.reason())))));
		installed.forEach((bundleId, entries) -> folder.fileOf(bundleId).ifPresent(file -> entries.stream()
				.filter(s -> !s.valid())
				.forEach(s -> problems.add(new PluginProblem(file, "SOP '" + s.id() + "' of plug-in " + s.bundle()
						+ " " + s.bundleVersion() + " does not validate and is not run: "
						+ String.join("; ", s.problems()))))));
		problems.sort(Comparator.comparing(PluginProblem::fileName));
		return problems;
	}
}
