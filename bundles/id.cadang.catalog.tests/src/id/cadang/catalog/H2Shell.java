package id.cadang.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.osgi.framework.FrameworkUtil;

/** H2's own interactive shell in a separate Java process: another program holding the catalog. */
final class H2Shell implements AutoCloseable {
	private static final String PROMPT = "sql> ";

	private final Process process;
	private final InputStream output;
	private final OutputStream input;

	private H2Shell(Process process) {
		this.process = process;
		this.output = process.getInputStream();
		this.input = process.getOutputStream();
	}

	/** Starts the shell on {@code url} and waits until it is connected and prompting. */
	static H2Shell start(String url) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(List.of(java.toString(), "-cp", h2Jar().toString(), "org.h2.tools.Shell",
				"-url", url, "-user", H2Catalog.USER, "-password", "")).redirectErrorStream(true).start();
		H2Shell shell = new H2Shell(process);
		shell.untilPrompt();
		return shell;
	}

	/** Runs one statement; returns what the shell printed for it. */
	String sql(String statement) throws IOException {
		input.write((statement + ";\n").getBytes(StandardCharsets.UTF_8));
		input.flush();
		return untilPrompt();
	}

	private String untilPrompt() throws IOException {
		StringBuilder printed = new StringBuilder();
		while (!printed.toString().endsWith(PROMPT)) {
			int c = output.read();
			if (c < 0) {
				throw new IOException("the H2 shell ended: " + printed);
			}
			printed.append((char) c);
		}
		return printed.substring(0, printed.length() - PROMPT.length());
	}

	@Override
	public void close() throws Exception {
		input.write("exit\n".getBytes(StandardCharsets.UTF_8));
		input.flush();
		input.close();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	/** The H2 jar this OSGi runtime loaded, for the other process's class path. */
	private static Path h2Jar() throws IOException {
		URL source = JdbcDataSource.class.getProtectionDomain().getCodeSource().getLocation();
		try {
			Path jar = Path.of(source.toURI());
			if (Files.isRegularFile(jar)) {
				return jar;
			}
		} catch (URISyntaxException | IllegalArgumentException e) {
			// not a file URL: say so below
		}
		throw new IOException("cannot find the H2 jar: its code source is " + source + ", bundle location "
				+ FrameworkUtil.getBundle(JdbcDataSource.class).getLocation());
	}
}
