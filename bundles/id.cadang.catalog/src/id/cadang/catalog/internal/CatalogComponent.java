package id.cadang.catalog.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.H2Catalog;

/**
 * Registers the {@link Catalog} service: the H2 catalog of {@code cadang.home}, opened when a bundle first
 * uses it and closed when this component stops. The H2Catalog itself is the service object, so the
 * service never lags behind the Catalog interface (a hand-written delegate once missed a method and only a
 * clean build showed it).
 */
@Component(immediate = true)
public final class CatalogComponent {

	private ServiceRegistration<Catalog> registration;
	private H2Catalog catalog;

	@Activate
	void activate(BundleContext context) {
		String home = context.getProperty("cadang.home");
		registration = context.registerService(Catalog.class, new ServiceFactory<Catalog>() {
			@Override
			public Catalog getService(Bundle bundle, ServiceRegistration<Catalog> reg) {
				return opened(home);
			}

			@Override
			public void ungetService(Bundle bundle, ServiceRegistration<Catalog> reg, Catalog service) {
				// one catalog for every bundle, closed when the component stops
			}
		}, null);
	}

	private synchronized H2Catalog opened(String home) {
		if (catalog == null) {
			catalog = H2Catalog.open(CadangHome.resolve(home));
		}
		return catalog;
	}

	@Deactivate
	synchronized void deactivate() {
		registration.unregister();
		if (catalog != null) {
			catalog.close();
			catalog = null;
		}
	}
}
