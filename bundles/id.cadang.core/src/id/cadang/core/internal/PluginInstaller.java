package id.cadang.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.log.Logger;

import id.cadang.core.PluginProblem;

/**
 * Makes the framework's bundles follow the plug-in folder: a new jar is installed and started, a changed one
 * updated in place and refreshed, a deleted one uninstalled. Only bundles installed from the folder (their
 * location is the jar's {@code file:} URI) are touched. A jar that cannot be used is remembered with its
 * reason until it changes or goes.
 * <p>
 * {@link #scan()} is called from one thread only; {@link #problems()} and {@link #fileOf(long)} from any.
 */
final class PluginInstaller {

	/** A jar written less than this long ago may still be being copied: it waits for the next scan. */
	static final Duration SETTLE = Duration.ofSeconds(1);

	private static final long REFRESH_TIMEOUT_SECONDS = 60;

	/** A jar installed as a bundle: its id, and the stamp and digest of the content it was installed from. */
	private record Installed(long bundleId, Optional<FileStamp> stamp, String sha256) {
	}

	/**
	 * A jar that was not installed (or not taken as an update), and why; when another jar holds a newer version
	 * of its bundle, that jar, so this one is taken again once that jar goes.
	 */
	private record Rejected(FileStamp stamp, String sha256, String reason, Optional<Path> supersededBy) {
		Rejected(FileStamp stamp, String sha256, String reason) {
			this(stamp, sha256, reason, Optional.empty());
		}
	}

	private final Map<Path, Installed> installed = new ConcurrentHashMap<>();
	private final Map<Path, Rejected> rejected = new ConcurrentHashMap<>();
	/** Installed jars whose bundle does not resolve or start, and why. */
	private final Map<Path, String> notStarted = new ConcurrentHashMap<>();

	private final BundleContext context;
	private final Path folder;
	private final PluginDigests digests;
	private final Logger logger;
	private boolean reconciled;

	/**
	 * @param folder  the plug-in folder, absolute
	 * @param digests where the digest of each installed jar is kept between starts
	 */
	PluginInstaller(BundleContext context, Path folder, PluginDigests digests, Logger logger) {
		this.context = context;
		this.folder = folder;
		this.digests = digests;
		this.logger = logger;
	}

	Path folder() {
		return folder;
	}

	/** The jars that cannot be used, by file name. */
	List<PluginProblem> problems() {
		List<PluginProblem> problems = new ArrayList<>();
		rejected.forEach((file, r) -> problems.add(new PluginProblem(file, r.reason())));
		notStarted.forEach((file, reason) -> problems.add(new PluginProblem(file, reason)));
		problems.sort(Comparator.comparing(PluginProblem::fileName));
		return problems;
	}

	/** The jar a bundle was installed from, when it came from the plug-in folder. */
	Optional<Path> fileOf(long bundleId) {
		return installed.entrySet().stream().filter(e -> e.getValue().bundleId() == bundleId).map(Map.Entry::getKey)
				.findFirst();
	}

	/**
	 * Brings the bundles up to date with the folder. The first scan also reconciles the bundles installed from
	 * the folder before (by an earlier start) with what the folder holds now.
	 *
	 * @return whether a jar was too fresh to read (still being copied): scan again soon
	 */
	boolean scan() {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create the plug-in folder " + folder + " (" + e
					+ "): make it a folder that Cadang may read, or set cadang.home elsewhere", e);
		}
		Map<Path, FileStamp> present = jars();
		Set<Bundle> refresh = new LinkedHashSet<>();
		boolean changed = false;
		if (!reconciled) {
			reconcile(present, refresh);
			reconciled = true;
			changed = true;
		}
		for (Path gone : List.copyOf(installed.keySet())) {
			if (!present.containsKey(gone)) {
				uninstall(gone, refresh);
				changed = true;
			}
		}
		rejected.keySet().retainAll(present.keySet());
		notStarted.keySet().retainAll(installed.keySet());

		boolean settling = false;
		Instant now = Instant.now();
		List<Path> start = new ArrayList<>();
		for (Map.Entry<Path, FileStamp> entry : present.entrySet()) {
			Path file = entry.getKey();
			FileStamp stamp = entry.getValue();
			Rejected bad = rejected.get(file);
			Installed current = installed.get(file);
			if (bad != null && bad.stamp().equals(stamp)
					|| bad == null && current != null && current.stamp().equals(Optional.of(stamp))) {
				continue;
			}
			if (stamp.fresh(now, SETTLE)) {
				settling = true;
				continue;
			}
			Optional<PluginJar> read;
			try {
				read = PluginJar.read(file);
			} catch (NoSuchFileException e) {
				continue;
			} catch (IOException e) {
				reject(file, new Rejected(stamp, "", "cannot be read (" + e
						+ "); give the user that runs Cadang read access to it"));
				continue;
			}
			if (read.isEmpty()) {
				settling = true;
				continue;
			}
			PluginJar jar = read.get();
			if (bad != null && bad.sha256().equals(jar.sha256())) {
				rejected.put(file, new Rejected(jar.stamp(), bad.sha256(), bad.reason(), bad.supersededBy()));
				continue;
			}
			if (current != null && current.sha256().equals(jar.sha256())) {
				rejected.remove(file);
				installed.put(file, new Installed(current.bundleId(), Optional.of(jar.stamp()), jar.sha256()));
				continue;
			}
			changed = true;
			if (current == null) {
				install(jar, start, refresh);
			} else {
				update(jar, current, start, refresh);
			}
		}
		if (!refresh.isEmpty()) {
			refresh(refresh);
		}
		if (changed) {
			for (Map.Entry<Path, Installed> entry : installed.entrySet()) {
				Bundle bundle = context.getBundle(entry.getValue().bundleId());
				if (bundle != null && bundle.getState() == Bundle.INSTALLED && !start.contains(entry.getKey())) {
					start.add(entry.getKey());
				}
			}
			start.forEach(this::start);
			saveDigests();
		}
		return settling;
	}

	/** The {@code *.jar} files directly in the folder, with their stamps. */
	private Map<Path, FileStamp> jars() {
		Map<Path, FileStamp> jars = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".jar")
						|| !Files.isRegularFile(file)) {
					continue;
				}
				try {
					jars.put(file, FileStamp.of(file));
				} catch (NoSuchFileException e) {
					// deleted while listing: gone
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list the plug-in folder " + folder + ": " + e.getMessage(), e);
		}
		return jars;
	}

	/**
	 * Takes over the bundles an earlier start installed from the folder: one whose jar is gone is uninstalled;
	 * the others are compared with their jar by the digest recorded when installed (and updated when it
	 * differs) by the scan that follows.
	 */
	private void reconcile(Map<Path, FileStamp> present, Set<Bundle> refresh) {
		Map<String, String> recorded;
		try {
			recorded = digests.load();
		} catch (UncheckedIOException e) {
			logger.warn(e.getMessage());
			recorded = Map.of();
		}
		for (Bundle bundle : context.getBundles()) {
			Optional<Path> file = fileOfLocation(bundle.getLocation());
			if (file.isEmpty()) {
				continue;
			}
			if (present.containsKey(file.get())) {
				installed.put(file.get(), new Installed(bundle.getBundleId(), Optional.empty(),
						recorded.getOrDefault(file.get().getFileName().toString(), "")));
			} else {
				logger.info("Plug-in {} {} was installed from {}, which is gone: uninstalling it",
						bundle.getSymbolicName(), bundle.getVersion(), file.get());
				uninstall(bundle, refresh);
			}
		}
	}

	private void install(PluginJar jar, List<Path> start, Set<Bundle> refresh) {
		Optional<String> notABundle = jar.notABundle();
		if (notABundle.isPresent()) {
			reject(jar.file(), new Rejected(jar.stamp(), jar.sha256(), notABundle.get()));
			return;
		}
		if (!newestOfItsName(jar, refresh)) {
			return;
		}
		try {
			Bundle bundle = context.installBundle(location(jar.file()), jar.content());
			rejected.remove(jar.file());
			installed.put(jar.file(), new Installed(bundle.getBundleId(), Optional.of(jar.stamp()), jar.sha256()));
			logger.info("Plug-in {} {} installed from {}", bundle.getSymbolicName(), bundle.getVersion(), jar.file());
			start.add(jar.file());
		} catch (BundleException | RuntimeException e) {
			reject(jar.file(), new Rejected(jar.stamp(), jar.sha256(), "cannot be installed: " + reason(e)));
		}
	}

	private void update(PluginJar jar, Installed current, List<Path> start, Set<Bundle> refresh) {
		Bundle bundle = context.getBundle(current.bundleId());
		if (bundle == null) {
			installed.remove(jar.file());
			install(jar, start, refresh);
			return;
		}
		String old = bundle.getSymbolicName() + " " + bundle.getVersion();
		Optional<String> notABundle = jar.notABundle();
		if (notABundle.isPresent()) {
			reject(jar.file(), new Rejected(jar.stamp(), jar.sha256(),
					notABundle.get() + "; the installed " + old + " keeps running"));
			return;
		}
		try {
			bundle.update(jar.content());
			rejected.remove(jar.file());
			installed.put(jar.file(), new Installed(current.bundleId(), Optional.of(jar.stamp()), jar.sha256()));
			logger.info("Plug-in {} replaced by {} {} from {}", old, bundle.getSymbolicName(), bundle.getVersion(),
					jar.file());
			refresh.add(bundle);
			start.add(jar.file());
		} catch (BundleException | RuntimeException e) {
			reject(jar.file(), new Rejected(jar.stamp(), jar.sha256(),
					"cannot replace the installed " + old + ", which keeps running: " + reason(e)));
		}
	}

	/**
	 * One bundle name, one jar: a jar holding a newer version of a bundle that another jar of the folder
	 * installed replaces it (that jar is reported as superseded); an older or equal one is reported instead.
	 *
	 * @return whether {@code jar} is to be installed
	 */
	private boolean newestOfItsName(PluginJar jar, Set<Bundle> refresh) {
		Optional<PluginJar.Identity> identity = jar.identity();
		if (identity.isEmpty()) {
			return true;
		}
		for (Map.Entry<Path, Installed> other : List.copyOf(installed.entrySet())) {
			Bundle bundle = context.getBundle(other.getValue().bundleId());
			if (other.getKey().equals(jar.file()) || bundle == null
					|| !identity.get().symbolicName().equals(bundle.getSymbolicName())) {
				continue;
			}
			Path older = other.getKey();
			if (identity.get().version().compareTo(bundle.getVersion()) <= 0) {
				reject(jar.file(), new Rejected(jar.stamp(), jar.sha256(), "version " + identity.get().version()
						+ " of " + bundle.getSymbolicName() + " is not newer than version " + bundle.getVersion()
						+ " from " + older.getFileName() + ", which keeps running; delete this file",
						Optional.of(older)));
				return false;
			}
			FileStamp olderStamp;
			try {
				Optional<FileStamp> known = other.getValue().stamp();
				olderStamp = known.isPresent() ? known.get() : FileStamp.of(older);
			} catch (IOException e) {
				continue;
			}
			String olderVersion = bundle.getVersion().toString();
			uninstall(older, refresh);
			reject(older, new Rejected(olderStamp, other.getValue().sha256(), "version " + olderVersion + " of "
					+ bundle.getSymbolicName() + " is replaced by version " + identity.get().version() + " from "
					+ jar.file().getFileName() + "; delete this file", Optional.of(jar.file())));
		}
		return true;
	}

	private void uninstall(Path file, Set<Bundle> refresh) {
		Installed gone = installed.remove(file);
		notStarted.remove(file);
		rejected.values().removeIf(r -> r.supersededBy().equals(Optional.of(file)));
		Bundle bundle = gone == null ? null : context.getBundle(gone.bundleId());
		if (bundle != null) {
			logger.info("Plug-in {} {} uninstalled: its jar {} was deleted", bundle.getSymbolicName(),
					bundle.getVersion(), file);
			uninstall(bundle, refresh);
		}
	}

	private void uninstall(Bundle bundle, Set<Bundle> refresh) {
		try {
			bundle.uninstall();
			refresh.add(bundle);
		} catch (BundleException | RuntimeException e) {
			logger.error("Cannot uninstall plug-in {} {}: {}", bundle.getSymbolicName(), bundle.getVersion(),
					reason(e));
		}
	}

	/** Starts (or, for a fragment, resolves) the bundle of {@code file}; records why when it cannot. */
	private void start(Path file) {
		Installed entry = installed.get(file);
		Bundle bundle = entry == null ? null : context.getBundle(entry.bundleId());
		if (bundle == null) {
			return;
		}
		try {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
				if (!wiring().resolveBundles(List.of(bundle))) {
					throw new BundleException("the fragment " + bundle.getSymbolicName()
							+ " cannot attach to its host: check its Fragment-Host and Import-Package");
				}
			} else {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
			if (notStarted.remove(file) != null) {
				logger.info("Plug-in {} {} from {} now resolves", bundle.getSymbolicName(), bundle.getVersion(), file);
			}
		} catch (BundleException | RuntimeException e) {
			String reason = "plug-in " + bundle.getSymbolicName() + " " + bundle.getVersion() + " cannot start: "
					+ reason(e);
			if (!reason.equals(notStarted.put(file, reason))) {
				logger.warn("{}: {}", file.getFileName(), reason);
			}
		}
	}

	/** Refreshes {@code bundles} and waits until the framework is done, so the next step sees the new wiring. */
	private void refresh(Set<Bundle> bundles) {
		CountDownLatch done = new CountDownLatch(1);
		wiring().refreshBundles(bundles, event -> done.countDown());
		try {
			if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				logger.warn("Refreshing the plug-ins {} took longer than {} s; going on", bundles,
						REFRESH_TIMEOUT_SECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private FrameworkWiring wiring() {
		return context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
	}

	private void reject(Path file, Rejected rejection) {
		Rejected before = rejected.put(file, rejection);
		if (before == null || !before.reason().equals(rejection.reason())) {
			logger.warn("{}: {}", file.getFileName(), rejection.reason());
		}
	}

	private void saveDigests() {
		Map<String, String> current = new TreeMap<>();
		installed.forEach((file, entry) -> current.put(file.getFileName().toString(), entry.sha256()));
		try {
			digests.save(current);
		} catch (UncheckedIOException e) {
			logger.warn(e.getMessage());
		}
	}

	/** The location a jar's bundle is installed under: the jar's {@code file:} URI. */
	private static String location(Path file) {
		return file.toUri().toString();
	}

	/** The jar in the folder that a bundle location names, when it names one. */
	private Optional<Path> fileOfLocation(String location) {
		if (location == null || !location.startsWith("file:")) {
			return Optional.empty();
		}
		try {
			Path file = Path.of(URI.create(location)).normalize();
			return folder.equals(file.getParent()) ? Optional.of(file) : Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** An exception's message on one line, with its cause's when that adds something. */
	private static String reason(Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		Throwable cause = e.getCause();
		if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
			message = message + ": " + cause.getMessage();
		}
		return message.strip().replaceAll("\\s*\\R\\s*", "; ");
	}
}
