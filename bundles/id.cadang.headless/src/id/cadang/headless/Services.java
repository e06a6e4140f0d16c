package id.cadang.headless;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.core.CadangException;

/** The OSGi services the command line uses, waited for while DS brings them up. */
final class Services implements AutoCloseable {

	private static final long WAIT_MILLIS = 20_000;

	private final BundleContext context;
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	Services(BundleContext context) {
		this.context = context;
	}

	<T> T get(Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		trackers.add(tracker);
		try {
			T service = tracker.waitForService(WAIT_MILLIS);
			if (service == null) {
				throw new CadangException("service " + type.getSimpleName() + " did not start within "
						+ WAIT_MILLIS / 1000 + " s; see the log in $CADANG_HOME/runtime for the cause");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CadangException("interrupted while waiting for " + type.getSimpleName());
		}
	}

	@Override
	public void close() {
		trackers.forEach(ServiceTracker::close);
	}
}
