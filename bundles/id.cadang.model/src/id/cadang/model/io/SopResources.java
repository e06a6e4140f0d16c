package id.cadang.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import id.cadang.model.SopDocument;
import id.cadang.model.SopPackage;
import id.cadang.model.internal.Places;
import id.cadang.model.util.SopValidator;

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

	private static final Set<EReference> CHECKED_REFERENCES = Set.of(SopPackage.Literals.STEP__NEXT,
			SopPackage.Literals.STEP__YES, SopPackage.Literals.STEP__NO, SopPackage.Literals.STEP__FORM,
			SopPackage.Literals.SCHEDULE__PROCEDURE);

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
	 * The problems of {@code document}, each a sentence that names the SOP, the procedure and the step number
	 * (or the schedule, retention rule, ...) and the fix; empty when valid. Runs EMF's Diagnostician, so the
	 * model's own constraints (required features) and every rule of {@link SopValidator} apply, except the one
	 * on installed action types, which needs {@link #validate(SopDocument, Set)}.
	 */
	public static List<String> validate(SopDocument document) {
		Objects.requireNonNull(document, "document");
		return problems(document, null);
	}

	/**
	 * As {@link #validate(SopDocument)}, and also checks that every step's action type is one of
	 * {@code installedActionTypes} (the {@code cadang.action.type} of the step actions the runtime has).
	 */
	public static List<String> validate(SopDocument document, Set<String> installedActionTypes) {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(installedActionTypes, "installedActionTypes");
		return problems(document, Set.copyOf(installedActionTypes));
	}

	private static List<String> problems(SopDocument document, Set<String> installedActionTypes) {
		Diagnostician diagnostician = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject object) {
				return Places.of(object);
			}
		};
		Map<Object, Object> context = diagnostician.createDefaultContext();
		if (installedActionTypes != null) {
			context.put(SopValidator.INSTALLED_ACTION_TYPES, installedActionTypes);
		}
		Set<String> problems = new LinkedHashSet<>();
		collect(diagnostician.validate(document, context), problems);
		return List.copyOf(problems);
	}

	private static void collect(Diagnostic diagnostic, Set<String> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING && !reportedWithItsFix(diagnostic)) {
				problems.add(diagnostic.getMessage());
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	/**
	 * EMF's generic findings that a rule of {@link SopValidator} reports with its fix: duplicate ids, and
	 * references (next, yes, no, form, a schedule's procedure) to objects outside the document.
	 */
	private static boolean reportedWithItsFix(Diagnostic diagnostic) {
		if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return false;
		}
		int code = diagnostic.getCode();
		if (code == EObjectValidator.EOBJECT__UNIQUE_ID) {
			return true;
		}
		boolean reference = code == EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED
				|| code == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES;
		return reference && diagnostic.getData().size() > 1 && CHECKED_REFERENCES.contains(diagnostic.getData().get(1));
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
