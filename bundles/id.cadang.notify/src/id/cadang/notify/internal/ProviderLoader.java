package id.cadang.notify.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The context class loader Jakarta Mail and Jakarta Activation look their providers up with. In OSGi the API
 * bundles cannot see the Angus implementations: their {@code ServiceLoader} and {@code META-INF/mailcap} lookups go
 * through the thread's context class loader, so around every use of a mail session it is this loader, which sees
 * the Angus Mail bundle (SMTP transport, stream provider, mailcap) and the Angus Activation bundle (mailcap and MIME
 * type registries).
 */
final class ProviderLoader extends ClassLoader {

	private final List<ClassLoader> bundles;

	ProviderLoader(List<ClassLoader> bundles) {
		super("cadang-mail-providers", ClassLoader.getPlatformClassLoader());
		this.bundles = List.copyOf(bundles);
	}

	/** Angus Mail's and Angus Activation's loaders, whichever way they are deployed. */
	static ProviderLoader angus() {
		return new ProviderLoader(List.of(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader(),
				org.eclipse.angus.activation.MailcapRegistryProviderImpl.class.getClassLoader()));
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (ClassLoader bundle : bundles) {
			try {
				return bundle.loadClass(name);
			} catch (ClassNotFoundException e) {
				// try the next one
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (ClassLoader bundle : bundles) {
			URL url = bundle.getResource(name);
			if (url != null) {
				return url;
			}
		}
		return null;
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		Set<URL> urls = new LinkedHashSet<>();
		for (ClassLoader bundle : bundles) {
			urls.addAll(Collections.list(bundle.getResources(name)));
		}
		return Collections.enumeration(urls);
	}
}
