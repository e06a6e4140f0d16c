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

	Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(root.resolve("cadang").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("CADANG_HOME", home.toString());
		builder.environment().put("CADANG_PRODUCT", product.toString());
		builder.environment().put("CADANG_LANG", "id");
		Path out = Files.createTempFile("cadang-out", ".txt");
		Path err = Files.createTempFile("cadang-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
		Process process = builder.start();
		process.getOutputStream().close();
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
}
