package id.cadang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throwaway SMTP server for tests: Debian's aiosmtpd ({@code apt-get install python3-aiosmtpd}) on a port of
 * 127.0.0.1, run by {@code /usr/bin/python3}, keeping every message it accepts in a folder that {@link #close()}
 * deletes. Started with a user and password it requires AUTH (PLAIN or LOGIN, without TLS) before it takes mail.
 * {@link #kill()} stops it (connections are refused), {@link #restart()} starts it again on the same port.
 */
public final class SmtpServer implements AutoCloseable {

	/** A message as the server received it: the envelope, the decoded subject and the decoded plain-text body. */
	public record Mail(String from, List<String> to, String subject, String body, String raw) {
	}

	private static final Path PYTHON = Path.of("/usr/bin/python3");
	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private static final String SCRIPT = """
			import asyncio, email, email.policy, os, sys
			from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

			folder, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

			class Keep:
			    async def handle_DATA(self, server, session, envelope):
			        name = os.path.join(folder, 'mail-%04d' % len([f for f in os.listdir(folder) if f.endswith('.txt')]))
			        with open(name + '.eml', 'wb') as raw:
			            raw.write(envelope.original_content)
			        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
			        part = message.get_body(('plain',))
			        text = 'From: %s\\nTo: %s\\nSubject: %s\\n\\n%s' % (envelope.mail_from, ','.join(envelope.rcpt_tos),
			            str(message['subject']), part.get_content() if part is not None else '')
			        with open(name + '.tmp', 'w', encoding='utf-8') as out:
			            out.write(text)
			        os.rename(name + '.tmp', name + '.txt')
			        return '250 OK'

			def login(server, session, envelope, mechanism, data):
			    ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
			    return AuthResult(success=ok, handled=False)

			async def main():
			    options = dict(authenticator=login, auth_required=True, auth_require_tls=False) if user else {}
			    server = await asyncio.get_running_loop().create_server(lambda: SMTP(Keep(), **options), '127.0.0.1', port)
			    await server.serve_forever()

			asyncio.run(main())
			""";

	private final Path folder;
	private final int port;
	private final Optional<String> user;
	private final Optional<String> password;
	private Process process;

	private SmtpServer(Path folder, int port, Optional<String> user, Optional<String> password) {
		this.folder = folder;
		this.port = port;
		this.user = user;
		this.password = password;
	}

	/** A server without login on a free port. */
	public static SmtpServer start() {
		return start(freePort(), Optional.empty(), Optional.empty());
	}

	/** A server that takes mail only after AUTH with {@code user} and {@code password}. */
	public static SmtpServer startWithLogin(String user, String password) {
		return start(freePort(), Optional.of(user), Optional.of(password));
	}

	/** A server on {@code port} (e.g. one a test first used while nothing listened on it). */
	public static SmtpServer start(int port, Optional<String> user, Optional<String> password) {
		if (!Files.isExecutable(PYTHON) || !Processes.run(Duration.ofSeconds(30), PYTHON.toString(), "-c",
				"import aiosmtpd").ok()) {
			throw new IllegalStateException("aiosmtpd for " + PYTHON + " not found: apt-get install python3-aiosmtpd");
		}
		Path folder;
		try {
			folder = Files.createTempDirectory("cadang-smtp-");
			Files.createDirectories(folder.resolve("mail"));
			Files.writeString(folder.resolve("smtp_server.py"), SCRIPT);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create the folder of a test SMTP server: " + e.getMessage(), e);
		}
		SmtpServer server = new SmtpServer(folder, port, user, password);
		try {
			server.launch();
			return server;
		} catch (IOException | RuntimeException e) {
			String log = server.log();
			server.close();
			throw new IllegalStateException("cannot start a test SMTP server on 127.0.0.1:" + port + ": " + e.getMessage()
					+ (log.isBlank() ? "" : "\nits log:\n" + log), e);
		}
	}

	/** A port of 127.0.0.1 that nothing listens on just now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("no free port on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	private synchronized void launch() throws IOException {
		process = new ProcessBuilder(PYTHON.toString(), folder.resolve("smtp_server.py").toString(),
				folder.resolve("mail").toString(), Integer.toString(port), user.orElse(""), password.orElse(""))
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("smtp.log").toFile()))
				.redirectErrorStream(true).start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the SMTP server exited with status " + process.exitValue() + " at start");
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			} catch (IOException notYet) {
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", e);
				}
			}
		}
		throw new IllegalStateException("the SMTP server did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT);
	}

	public int port() {
		return port;
	}

	/** The messages received so far, oldest first. */
	public List<Mail> messages() {
		try (Stream<Path> files = Files.list(folder.resolve("mail"))) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SmtpServer::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list the mail of the test SMTP server: " + e.getMessage(), e);
		}
	}

	private static Mail read(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String[] head = text.split("\n", 4);
			String raw = Files.readString(Path.of(file.toString().replaceAll("\\.txt$", ".eml")), StandardCharsets.UTF_8);
			return new Mail(value(head[0]), List.of(value(head[1]).split(",")), value(head[2]),
					head.length > 3 ? head[3].substring(head[3].indexOf('\n') + 1) : "", raw);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static String value(String headerLine) {
		return headerLine.substring(headerLine.indexOf(':') + 1).strip();
	}

	/** Stops the server: connections to its port are refused. */
	public synchronized void kill() {
		if (process != null) {
			process.destroyForcibly();
			try {
				process.waitFor();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			process = null;
		}
	}

	/** Starts the server again on the same port, keeping what it received. */
	public synchronized void restart() {
		kill();
		try {
			launch();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot restart the test SMTP server: " + e.getMessage(), e);
		}
	}

	/** What the server printed (aiosmtpd logs failures there). */
	public String log() {
		try {
			Path log = folder.resolve("smtp.log");
			return Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	@Override
	public void close() {
		kill();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete the test SMTP folder " + folder + ": " + e.getMessage(), e);
		}
	}
}
