package id.cadang.restore;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.cadang.catalog.ServiceControl;
import id.cadang.testing.Processes;

/**
 * A small web service on loopback (the JDK's jwebserver) that a binding stops and starts with shell commands, as
 * {@code systemctl stop simpeg} would; the stop command leaves a marker file so a test can tell it ran.
 */
final class WebService implements AutoCloseable {
	private final Path folder;
	private final int port;

	WebService(Path folder) throws IOException {
		this.folder = Files.createDirectories(folder);
		Files.writeString(folder.resolve("index.html"), "SIMPEG\n");
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			this.port = socket.getLocalPort();
		}
	}

	String startCommand() {
		String server = Path.of(System.getProperty("java.home"), "bin", "jwebserver").toString();
		return "nohup '" + server + "' -b 127.0.0.1 -p " + port + " -d '" + folder + "' >'" + folder.resolve("log")
				+ "' 2>&1 & echo $! >'" + folder.resolve("pid") + "'";
	}

	String stopCommand() {
		String pid = "\"$(cat '" + folder.resolve("pid") + "')\"";
		return "kill " + pid + " && while kill -0 " + pid + " 2>/dev/null; do sleep 0.1; done && touch '"
				+ folder.resolve("stopped") + "'";
	}

	String healthUrl() {
		return "http://127.0.0.1:" + port + "/";
	}

	ServiceControl control(String binding) {
		return new ServiceControl(binding, stopCommand(), startCommand(), healthUrl(), null);
	}

	void start() throws Exception {
		Processes.check(Duration.ofSeconds(30), "sh", "-c", startCommand());
		for (int i = 0; i < 300 && !up(); i++) {
			Thread.sleep(100);
		}
	}

	boolean stopCommandRan() {
		return Files.exists(folder.resolve("stopped"));
	}

	boolean up() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(healthUrl()).toURL().openConnection();
			connection.setConnectTimeout(1000);
			return connection.getResponseCode() == 200;
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public void close() {
		Processes.run(Duration.ofSeconds(30), "sh", "-c", "kill \"$(cat '" + folder.resolve("pid") + "')\" 2>/dev/null; true");
	}
}
