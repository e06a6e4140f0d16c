package id.cadang.restore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.ServiceControl;
import id.cadang.dump.internal.LazySshRunner;
import id.cadang.dump.internal.ShortCommand;
import id.cadang.ssh.CommandRunner;
import id.cadang.ssh.LocalCommandRunner;
import id.cadang.ssh.SshAddress;

/**
 * Stops and starts a binding's service with its configured commands ({@code sh -c}, on this computer or on the
 * SSH server it names), checking each: the command must exit 0, and after a start the health check (an HTTP URL
 * answering 2xx/3xx, or a command exiting 0) must pass within {@link #HEALTH_WAIT}.
 */
public final class ServiceRunner implements AutoCloseable {
	static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
	static final Duration HEALTH_WAIT = Duration.ofSeconds(60);

	private final ServiceControl control;
	private final CommandRunner runner;
	private final Optional<LazySshRunner> ssh;

	private ServiceRunner(ServiceControl control, CommandRunner runner, Optional<LazySshRunner> ssh) {
		this.control = control;
		this.runner = runner;
		this.ssh = ssh;
	}

	public static ServiceRunner of(ServiceControl control, Path home) {
		if (control.sshAddress().isPresent()) {
			LazySshRunner remote = LazySshRunner.inHome(SshAddress.parse("ssh://" + control.sshAddress().get()), home);
			return new ServiceRunner(control, remote, Optional.of(remote));
		}
		return new ServiceRunner(control, new LocalCommandRunner(), Optional.empty());
	}

	/** Where the commands run. */
	public String where() {
		return runner.describe();
	}

	/** Runs the stop command, if one is configured. @throws RestoreException when it failed */
	public Optional<String> stop() throws RestoreException {
		if (control.stopCommand().isEmpty()) {
			return Optional.empty();
		}
		command("stop", control.stopCommand().get());
		return control.stopCommand();
	}

	/** Runs the start command, if one is configured, then the health check. @throws RestoreException when either failed */
	public Optional<String> start() throws RestoreException {
		if (control.startCommand().isPresent()) {
			command("start", control.startCommand().get());
		}
		health();
		return control.startCommand();
	}

	private void command(String what, String line) throws RestoreException {
		ShortCommand.Outcome outcome;
		try {
			outcome = ShortCommand.run(runner, List.of("sh", "-c", line), Map.of(), COMMAND_TIMEOUT.toSeconds());
		} catch (IOException e) {
			throw new RestoreException("the " + what + " command '" + line + "' could not run on " + runner.describe() + ": "
					+ e.getMessage(), e);
		}
		if (!outcome.ok()) {
			throw new RestoreException("the " + what + " command '" + line + "' failed on " + runner.describe() + " ("
					+ outcome.exit().describe() + (outcome.stderr().isBlank() ? "" : ": " + outcome.stderr().strip()) + ")");
		}
	}

	private void health() throws RestoreException {
		if (control.healthCheck().isEmpty()) {
			return;
		}
		String check = control.healthCheck().get();
		Instant until = Instant.now().plus(HEALTH_WAIT);
		String last = "";
		while (true) {
			try {
				if (check.startsWith("http://") || check.startsWith("https://")) {
					last = http(check);
				} else {
					command("health", check);
					last = "";
				}
			} catch (RestoreException e) {
				last = e.getMessage();
			}
			if (last.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(until)) {
				throw new RestoreException("the service did not come up: its health check " + check + " still fails after "
						+ HEALTH_WAIT.toSeconds() + " s (" + last + ")");
			}
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new RestoreException("interrupted while waiting for the service to come up", e);
			}
		}
	}

	/** @return empty when the URL answered 2xx or 3xx, else what it answered */
	private static String http(String url) {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
					.GET().build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() < 400 ? "" : url + " answered HTTP " + response.statusCode();
		} catch (IOException e) {
			return url + " did not answer (" + e.getMessage() + ")";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	@Override
	public void close() {
		ssh.ifPresent(LazySshRunner::close);
	}
}
