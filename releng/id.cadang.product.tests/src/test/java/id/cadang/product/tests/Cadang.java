package id.cadang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./cadang} as an admin would, against the built headless product and one CADANG_HOME. */
final class Cadang {

	record Result(int exit, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}

	private final Path root = Path.of(System.getProperty("cadang.root", "../..")).toAbsolutePath().normalize();
	private final Path product = Path.of(System.getProperty("cadang.product")).toAbsolutePath().normalize();
	private final Path home;

	Cadang(Path home) {
		this.home = home;
		if (!Files.isDirectory(product.resolve("plugins"))) {
			throw new IllegalStateException("the headless product is not built at " + product
					+ ": run ./mvnw -B verify from the repository root");
		}
	}

	Path home() {
		return home;
	}

	/**
	 * Completes every task run {@code runId} opens, as {@code user}, until the run no longer waits.
	 *
	 * @return the output of each {@code cadang task done}, the last one deciding how the run ended
	 */
	List<Result> completeTasks(long runId, String user) throws IOException, InterruptedException {
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Result tasks = run("tasks", "--json");
			if (tasks.exit() != 0) {
				throw new IllegalStateException("cadang tasks failed: " + tasks);
			}
			com.google.gson.JsonObject open = com.google.gson.JsonParser.parseString(tasks.out()).getAsJsonArray()
					.asList().stream().map(com.google.gson.JsonElement::getAsJsonObject)
					.filter(t -> t.get("run").getAsLong() == runId).findFirst().orElse(null);
			if (open == null) {
				return results;
			}
			Result done = run("task", "done", open.get("id").getAsString(), "--as", user);
			results.add(done);
			if (done.exit() != 0) {
				return results;
			}
		}
		throw new IllegalStateException("run " + runId + " still waits after 50 tasks");
	}

	/** The run id that {@code cadang run ... --json} printed. */
	static long runId(Result run) {
		return com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject().get("id").getAsLong();
	}

	/** {@code ./cadang args...} with this home and product, in Indonesian. */
	ProcessBuilder command(String... args) {
		List<String> command = new ArrayList<>();
		command.add(root.resolve("cadang").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("CADANG_HOME", home.toString());
		builder.environment().put("CADANG_PRODUCT", product.toString());
		builder.environment().put("CADANG_LANG", "id");
		return builder;
	}

	/** Starts {@code ./cadang args...} in the background (cadang serve), its output going to {@code log}. */
	Process start(Path log, String... args) throws IOException {
		return command(args).redirectErrorStream(true).redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.PIPE).start();
	}

	Result run(String... args) throws IOException, InterruptedException {
		return runWithInput(new byte[0], args);
	}

	/** {@link #run} with {@code input} on standard input, as {@code printf ... | cadang ...} gives it. */
	Result runWithInput(byte[] input, String... args) throws IOException, InterruptedException {
		ProcessBuilder builder = command(args);
		Path out = Files.createTempFile("cadang-out", ".txt");
		Path err = Files.createTempFile("cadang-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
		Process process = builder.start();
		try (var stdin = process.getOutputStream()) {
			stdin.write(input);
		}
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("cadang " + String.join(" ", args) + " did not finish in 5 minutes");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	/**
	 * Writes an SOP plug-in jar carrying one SOP document, as a drop-in is copied: in whole, under a temporary name
	 * first, so the plug-in folder never sees a half-written jar.
	 */
	static Path sopPlugin(Path file, String symbolicName, String version, String entry, byte[] content)
			throws IOException {
		java.util.jar.Manifest manifest = new java.util.jar.Manifest();
		java.util.jar.Attributes main = manifest.getMainAttributes();
		main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", version);
		main.putValue("Cadang-Sop", entry);
		Path part = file.resolveSibling(file.getFileName() + ".tmp");
		try (java.io.OutputStream out = Files.newOutputStream(part);
				java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(out, manifest)) {
			jar.putNextEntry(new java.util.jar.JarEntry(entry));
			jar.write(content);
			jar.closeEntry();
		}
		Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5000));
		Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return file;
	}
}
