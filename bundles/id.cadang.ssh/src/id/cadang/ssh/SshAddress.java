package id.cadang.ssh;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where an SSH server is and whom to log in as: {@code ssh://user@host:port} ({@code :22} when the
 * port is left out; IPv6 hosts in brackets, {@code ssh://backup@[fd00::5]:2222}).
 */
public record SshAddress(String user, String host, int port) {

	public SshAddress {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(host, "host");
		if (user.isBlank() || host.isBlank()) {
			throw new IllegalArgumentException("an SSH address needs a user and a host: ssh://user@host:port");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("SSH port " + port + " of " + host + " is not a TCP port (1-65535)");
		}
	}

	/** Reads {@code ssh://user@host[:port]}; fails with a message that shows the expected form. */
	public static SshAddress parse(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + url + "' is not an SSH address: write ssh://user@host:port", e);
		}
		if (!"ssh".equalsIgnoreCase(uri.getScheme())) {
			throw new IllegalArgumentException("'" + url + "' is not an SSH address: write ssh://user@host:port");
		}
		if (uri.getHost() == null || uri.getUserInfo() == null || uri.getUserInfo().isBlank()) {
			throw new IllegalArgumentException("'" + url + "' names no user or no host: write ssh://user@host:port");
		}
		if (uri.getUserInfo().contains(":")) {
			throw new IllegalArgumentException("'" + url + "' holds a password: Cadang logs in with a key file only, "
					+ "so write ssh://user@host:port and give the key");
		}
		if ((uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) || uri.getQuery() != null) {
			throw new IllegalArgumentException("'" + url + "' has a path or query, which an SSH address does not take: "
					+ "write ssh://user@host:port");
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return new SshAddress(uri.getUserInfo(), host, uri.getPort() == -1 ? 22 : uri.getPort());
	}

	/** The host as known_hosts and JSch name it: {@code host} on port 22, {@code [host]:port} otherwise. */
	public String knownHostsName() {
		return port == 22 ? host : "[" + host + "]:" + port;
	}

	/** {@code host:port}, as {@code cadang ssh trust} takes it. */
	public String hostAndPort() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}

	@Override
	public String toString() {
		return "ssh://" + user + "@" + hostAndPort();
	}
}
