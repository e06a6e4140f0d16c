package id.cadang.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import id.cadang.model.SopDocument;
import id.cadang.model.SopPackage;

/**
 * Reads, checks and writes SOP documents ({@code *.sop}, XMI of {@value SopPackage#eNS_URI}).
 * Each call uses its own resource set with the SOP package and the XMI factory registered in it,
 * so it works the same inside OSGi and on a plain class path.
 */
public final class SopResources {

	/** The file extension of an SOP document. */
	public static final String FILE_EXTENSION = "sop";

	private static final Map<String, Object> LOAD_OPTIONS = Map.of(
			XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

	private static final Map<String, Object> SAVE_OPTIONS = Map.of(
			XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_LINE_WIDTH, 100,
			XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

	private SopResources() {
	}

	/** Loads the SOP document at {@code url}, e.g. a bundle entry or a file URL. */
	public static SopDocument load(URL url) {
		Objects.requireNonNull(url, "url");
		try (InputStream in = url.openStream()) {
			return load(in, url.toString());
		} catch (IOException e) {
			throw new SopLoadException("Cannot read SOP document " + url + ": " + e
					+ ". Check that the file exists and can be read.", e);
		}
	}

	/**
	 * Loads an SOP document from {@code in}; {@code uriForMessages} names it in error messages (a path or
	 * URL). The stream is read to its end but not closed.
	 */
	public static SopDocument load(InputStream in, String uriForMessages) {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(uriForMessages, "uriForMessages");
		Resource resource = newResourceSet().createResource(resourceUri(uriForMessages));
		try {
			resource.load(in, LOAD_OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new SopLoadException("Cannot load SOP document " + uriForMessages + ": "
					+ LoadProblems.describe(resource, e).replaceFirst("\\.+$", "")
					+ ". Fix the file there: it must be XMI of " + SopPackage.eNS_URI + ".", e);
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof SopDocument document)) {
			throw new SopLoadException("Cannot load SOP document " + uriForMessages + ": its root is "
					+ LoadProblems.rootNames(contents) + ", not one sop:SopDocument"
					+ ". Make the file's single root element <sop:SopDocument>.");
		}
		return document;
	}

	/**
	 * Writes {@code document} (a copy of it, so the document stays where it is) as XMI in UTF-8 to
	 * {@code out}, which is left open.
	 */
	public static void save(SopDocument document, OutputStream out) {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(out, "out");
		Resource resource = newResourceSet().createResource(URI.createURI("memory:/" + fileName(document)));
		resource.getContents().add(EcoreUtil.copy(document));
		try {
			resource.save(out, SAVE_OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write SOP document '" + document.getId() + "': " + e.getMessage(), e);
		}
	}

	/**
	 * The problems of {@code document}, each a sentence naming the place and the fix; empty when valid.
	 * Checks the model's own constraints (required features) and the SOP rules: unique step ids per
	 * procedure, {@code next}/{@code yes}/{@code no} targets inside the same procedure, a DECISION step with
	 * both branches, durations in ISO-8601, and action parameters {@code source}/{@code target} that name a
	 * declared slot.
	 */
	public static List<String> validate(SopDocument document) {
		Objects.requireNonNull(document, "document");
		return new SopValidator(document).problems();
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(SopPackage.eNS_URI, SopPackage.eINSTANCE);
		Map<String, Object> factories = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
		XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
		factories.put(FILE_EXTENSION, xmi);
		// a stream may come with any name (a bundle entry, a temp file): read it as XMI all the same
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, xmi);
		return set;
	}

	private static URI resourceUri(String uriForMessages) {
		try {
			URI uri = URI.createURI(uriForMessages, true);
			return uri.isRelative() ? URI.createFileURI(uriForMessages) : uri;
		} catch (IllegalArgumentException e) {
			return URI.createURI("memory:/document." + FILE_EXTENSION);
		}
	}

	private static String fileName(SopDocument document) {
		String id = document.getId();
		return (id == null || id.isBlank() ? "document" : URI.encodeSegment(id, false)) + "." + FILE_EXTENSION;
	}
}
