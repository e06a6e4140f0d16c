package id.cadang.model.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.emf.codegen.ecore.CodeGenEcorePlugin;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.codegen.merge.java.JMerger;
import org.eclipse.emf.codegen.merge.java.facade.ast.ASTFacadeHelper;

/**
 * Keeps the hand-written members of generated files across a regeneration, the way the IDE does with EMF's
 * Java merger: {@code save} copies each such file aside before the MWE2 workflow cleans src-gen,
 * {@code merge} merges the saved file's {@code @generated NOT} members into the fresh one afterwards.
 * (MWE2's EcoreGenerator overwrites instead of merging.) Run by the pom; the arguments are the mode and
 * the repository root.
 */
public final class HandWritten {

	/** Generated files with hand-written members, relative to src-gen. */
	private static final List<String> FILES = List.of("id/cadang/model/util/SopValidator.java");

	private HandWritten() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !List.of("save", "merge").contains(args[0])) {
			throw new IllegalArgumentException("usage: HandWritten save|merge <repository root>");
		}
		Path root = Path.of(args[1]).toAbsolutePath().normalize();
		Path srcGen = root.resolve("bundles/id.cadang.model/src-gen");
		Path saved = root.resolve("releng/id.cadang.model.generator/target/hand-written");
		for (String file : FILES) {
			if (args[0].equals("save")) {
				save(srcGen.resolve(file), saved.resolve(file));
			} else {
				merge(saved.resolve(file), srcGen.resolve(file));
			}
		}
	}

	private static void save(Path generated, Path copy) throws IOException {
		Files.deleteIfExists(copy);
		if (Files.isRegularFile(generated)) {
			Files.createDirectories(copy.getParent());
			Files.copy(generated, copy, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void merge(Path saved, Path generated) throws IOException {
		if (!Files.isRegularFile(saved)) {
			return;
		}
		if (!Files.isRegularFile(generated)) {
			throw new IllegalStateException(generated + " was not generated again; its hand-written version is in " + saved);
		}
		ASTFacadeHelper facade = new ASTFacadeHelper();
		facade.setCompilerCompliance("21"); // the genmodel's complianceLevel: parse records, patterns, switch expressions
		JControlModel control = new JControlModel();
		control.initialize(facade, CodeGenEcorePlugin.INSTANCE.getBaseURL() + "templates/emf-merge.xml");
		control.setLeadingTabReplacement("\t"); // indent as the generator does: tabs
		control.setConvertToStandardBraceStyle(false);
		if (!control.canMerge()) {
			throw new IllegalStateException("EMF's Java merger cannot run; " + generated + " lost its hand-written members,"
					+ " which are kept in " + saved);
		}
		JMerger merger = new JMerger(control);
		merger.setSourceCompilationUnit(merger.createCompilationUnitForContents(Files.readString(generated, StandardCharsets.UTF_8)));
		merger.setTargetCompilationUnit(merger.createCompilationUnitForContents(Files.readString(saved, StandardCharsets.UTF_8)));
		merger.merge();
		Path part = generated.resolveSibling(generated.getFileName() + ".part");
		Files.writeString(part, merger.getTargetCompilationUnitContents(), StandardCharsets.UTF_8);
		Files.move(part, generated, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("Merged the hand-written members of " + generated);
	}
}
