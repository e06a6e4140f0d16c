package id.cadang.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates bundles/id.cadang.model/src-gen from model/sop.genmodel with EMF's own generator, the way the
 * IDE does: every file in src-gen is generated afresh, except util/SopValidator.java, which EMF's Java
 * merger regenerates around its hand-written constraint bodies (marked {@code @generated NOT}).
 * (MWE2's EcoreGenerator overwrote that file instead of merging it.)
 *
 * <p>Run from the repository root: {@code ./mvnw -f releng/id.cadang.model.generator/pom.xml generate-sources}.
 */
public final class GenerateSop {

	private static final String PROJECT = "id.cadang.model";

	private GenerateSop() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: GenerateSop <repository root>");
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles").resolve(PROJECT);
		Path genModelFile = bundle.resolve("model/sop.genmodel");
		if (!Files.isRegularFile(genModelFile)) {
			throw new IllegalArgumentException("No genmodel at " + genModelFile + ": pass the repository root");
		}
		Path srcGen = bundle.resolve("src-gen");
		clean(srcGen, srcGen.resolve("id/cadang/model/util/SopValidator.java"));

		EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(bundle + "/"));
		EcorePackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		GenModel genModel = (GenModel) resources
				.getResource(URI.createPlatformResourceURI("/" + PROJECT + "/model/sop.genmodel", true), true)
				.getContents().get(0);
		genModel.setCanGenerate(true);
		genModel.reconcile();

		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("Code generation failed: " + result);
		}
		System.out.println("Generated " + srcGen);
	}

	private static void clean(Path srcGen, Path keep) throws IOException {
		if (!Files.isDirectory(srcGen)) {
			return;
		}
		try (Stream<Path> files = Files.walk(srcGen)) {
			files.sorted(Comparator.reverseOrder())
					// folders stay: EMF writes into existing folders only when no Eclipse workspace runs
					.filter(p -> Files.isRegularFile(p) && !p.equals(keep))
					.forEach(GenerateSop::delete);
		}
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot delete " + path + " before regenerating", e);
		}
	}
}
