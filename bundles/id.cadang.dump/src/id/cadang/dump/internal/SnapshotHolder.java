package id.cadang.dump.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.RunningCommand;

/**
 * A psql session that opens a REPEATABLE READ transaction, exports its snapshot, runs a query in it
 * (the row counts), and then keeps the transaction open while pg_dump imports the snapshot and dumps:
 * until the dump's connection (found by its {@code application_name}) has come and gone, or
 * {@link #APPEAR_SECONDS} passed without it appearing. So the session ends by itself, here or on a
 * server over SSH, and needs no stdin: every statement is a {@code -c} argument.
 */
public final class SnapshotHolder implements AutoCloseable {
	/** How long the session waits for the dump's connection before it gives the snapshot up. */
	public static final int APPEAR_SECONDS = 30;
	private static final String MARKER = "__cadang_done__";
	private static final String EOF = "\u0000eof";

	private final RunningCommand psql;
	private final BlockingQueue<String> lines;

	private SnapshotHolder(RunningCommand psql, BlockingQueue<String> lines) {
		this.psql = psql;
		this.lines = lines;
	}

	/**
	 * Starts the session.
	 *
	 * @param psqlAndConnection psql and its connection arguments
	 * @param query             run in the snapshot; its rows come back from {@link #queryAnswer}
	 * @param dumpApplication   the {@code application_name} the dump connects with (unique per dump)
	 */
	public static SnapshotHolder start(CommandRunner runner, List<String> psqlAndConnection, Map<String, String> environment,
			String query, String dumpApplication) throws IOException {
		List<String> command = new ArrayList<>(psqlAndConnection);
		command.addAll(List.of("-X", "-A", "-t", "-q", "-F", "\t", "-v", "ON_ERROR_STOP=1",
				"-c", "begin isolation level repeatable read read only", "-c", "select pg_export_snapshot()", "-c", "\\echo " + MARKER,
				"-c", query, "-c", "\\echo " + MARKER, "-c", hold(dumpApplication)));
		RunningCommand started = runner.start(command, environment);
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread.ofPlatform().daemon().name("psql snapshot session").start(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(started.stdout(), StandardCharsets.UTF_8))) {
				for (String line; (line = out.readLine()) != null;) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the session ended; EOF below says so
			}
			lines.add(EOF);
		});
		return new SnapshotHolder(started, lines);
	}

	/** The PL/pgSQL block that holds the transaction while the dump's connection is there. */
	static String hold(String dumpApplication) {
		return "do $cadang$ declare seen boolean := false; started timestamptz := clock_timestamp(); begin loop"
				+ " perform pg_stat_clear_snapshot();"
				+ " if exists (select 1 from pg_stat_activity where application_name = '" + dumpApplication.replace("'", "''")
				+ "' and pid <> pg_backend_pid()) then seen := true;"
				+ " elsif seen or clock_timestamp() > started + interval '" + APPEAR_SECONDS + " seconds' then exit; end if;"
				+ " perform pg_sleep(0.1); end loop; end $cadang$";
	}

	/** The exported snapshot id. */
	public String snapshot(long seconds) throws IOException {
		List<String> answer = receive(seconds);
		if (answer.isEmpty()) {
			throw new IOException("psql exported no snapshot");
		}
		return answer.get(answer.size() - 1).strip();
	}

	/** The rows of the query, tab-separated, one a line. */
	public List<String> queryAnswer(long seconds) throws IOException {
		return receive(seconds);
	}

	private List<String> receive(long seconds) throws IOException {
		List<String> answer = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		try {
			while (true) {
				String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null) {
					throw new IOException("psql did not answer within " + seconds + " s");
				}
				if (line.equals(EOF)) {
					psql.waitFor(Duration.ofSeconds(10));
					throw new IOException("psql ended: " + new StderrTail(psql.stderrTail()).lastLines(2));
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

	/**
	 * Waits a little for the session to end by itself (the dump is over), then stops it; the server
	 * rolls the read-only transaction back. Idempotent.
	 */
	@Override
	public void close() {
		try {
			psql.waitFor(Duration.ofSeconds(5));
		} catch (IOException e) {
			// still holding after the dump ended: waitFor stopped it
		} finally {
			psql.close();
		}
	}

	/** Stops the session now. */
	public void kill() {
		psql.kill();
		psql.close();
	}
}
