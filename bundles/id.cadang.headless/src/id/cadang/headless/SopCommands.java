package id.cadang.headless;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;

import id.cadang.core.CadangException;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.SopDocument;
import id.cadang.report.SopOutline;
import id.cadang.report.SopOutlineText;
import id.cadang.report.SopSheet;

/** {@code cadang sop show <sop> [--json]} and {@code cadang sop sheet <sop> [--out file.pdf]}. */
final class SopCommands {

	private static final String USAGE = "cadang sop show <sop> [--json] | cadang sop sheet <sop> [--out <file.pdf>] [--json]";

	private final Services services;
	private final PrintStream out;
	private final Messages m;

	SopCommands(Services services, PrintStream out, Messages messages) {
		this.services = services;
		this.out = out;
		this.m = messages;
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(2, 2, USAGE);
		return switch (positional.get(0)) {
			case "show" -> show(sop(positional.get(1)), args.json());
			case "sheet" -> sheet(sop(positional.get(1)), args);
			default -> throw new Cli.UsageException(m.get("sop.unknownSubcommand", positional.get(0)) + "; usage: " + USAGE);
		};
	}

	private int show(SopDocument document, boolean json) {
		SopOutline outline = SopOutline.of(document);
		if (json) {
			printJson(outline.toMap());
		} else {
			new SopOutlineText(key -> m.get("show." + key)).print(outline, out);
		}
		return Cli.OK;
	}

	private int sheet(SopDocument document, Cli.Args args) {
		Path file = Path.of(args.option("out").orElse(document.getId() + ".pdf")).toAbsolutePath().normalize();
		if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
			throw new CadangException(m.get("sheet.noFolder", file.getParent()));
		}
		SopSheet.write(document, file);
		int pages = SopSheet.pageCount(document);
		if (args.json()) {
			printJson(Cli.map("sop", document.getId(), "file", file.toString(), "pages", pages));
		} else {
			out.println(m.get("sheet.written", document.getId(), file, pages));
		}
		return Cli.OK;
	}

	private SopDocument sop(String id) {
		SopRegistry registry = services.get(SopRegistry.class);
		try {
			registry.awaitPlugins(java.time.Duration.ofSeconds(10)); // see the drop-in folder's jars too
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return registry.sop(id).map(InstalledSop::document).orElseThrow(() -> new CadangException(m.get("error.unknownSop",
				id, registry.sops().stream().map(InstalledSop::id).collect(Collectors.joining(", ")))));
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
