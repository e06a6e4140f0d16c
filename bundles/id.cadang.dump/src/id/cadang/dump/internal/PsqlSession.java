package id.cadang.dump.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A psql kept open on its stdin, so that a transaction can outlive one command: the exported snapshot
 * that pg_dump {@code --snapshot} imports stays valid while this session's transaction is open, and the
 * row counts run in that very snapshot. Each {@link #send} is followed by an {@code \echo} marker, and
 * {@link #receive} reads up to it.
 */
public final class PsqlSession implements AutoCloseable {
	private static final String MARKER = "__cadang_done__";
	private static final String EOF = "\u0000eof";

	private final Process process;
	private final Writer stdin;
	private final BlockingQueue<String> lines;
	private final StderrTail stderr;

	private PsqlSession(Process process, Writer stdin, BlockingQueue<String> lines, StderrTail stderr) {
		this.process = process;
		this.stdin = stdin;
		this.lines = lines;
		this.stderr = stderr;
	}

	/** Starts {@code psql} (unaligned, tuples only, stop on error) with the connection arguments given. */
	public static PsqlSession start(List<String> psqlAndConnection, Map<String, String> environment) throws IOException {
		List<String> command = new ArrayList<>(psqlAndConnection);
		command.addAll(List.of("-X", "-A", "-t", "-q", "-F", "\t", "-v", "ON_ERROR_STOP=1"));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Process process = builder.start();
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread.ofPlatform().daemon().name("psql session " + process.pid()).start(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = out.readLine()) != null;) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the session ended; EOF below says so
			}
			lines.add(EOF);
		});
		StderrTail stderr = new StderrTail(process.getErrorStream(), StderrTail.DEFAULT_LIMIT);
		Thread.ofPlatform().daemon().name("psql session stderr " + process.pid()).start(stderr);
		return new PsqlSession(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), lines, stderr);
	}

	/** Sends SQL (or psql meta-commands) and the marker that ends its answer. */
	public void send(String sql) throws IOException {
		stdin.write(sql.strip());
		stdin.write("\n\\echo " + MARKER + "\n");
		stdin.flush();
	}

	/**
	 * The answer to the last {@link #send}: the lines printed before the marker.
	 *
	 * @throws IOException when psql ended (an error, with ON_ERROR_STOP) or did not answer within {@code seconds}
	 */
	public List<String> receive(long seconds) throws IOException {
		List<String> answer = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		try {
			while (true) {
				String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null) {
					throw new IOException("psql did not answer within " + seconds + " s");
				}
				if (line.equals(EOF)) {
					process.waitFor(10, TimeUnit.SECONDS);
					throw new IOException("psql ended: " + stderr.lastLines(2));
				}
				if (line.equals(MARKER)) {
					return answer;
				}
				answer.add(line);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for psql", e);
		}
	}

	/** What psql printed on stderr so far. */
	public String stderr() {
		return stderr.text();
	}

	/** Ends the session; an open transaction is rolled back by the server. Idempotent. */
	@Override
	public void close() {
		try {
			stdin.close();
		} catch (IOException e) {
			// psql is gone already
		}
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
