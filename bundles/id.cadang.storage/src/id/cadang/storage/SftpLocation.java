package id.cadang.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import id.cadang.ssh.SshAddress;

/**
 * A folder on an SFTP server: {@code sftp://user@host[:port]/absolute/path} ({@code :22} when the port is
 * left out). The path is absolute on the server, as {@code ls} there shows it.
 */
public record SftpLocation(SshAddress address, String path) {

	public SftpLocation {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(path, "path");
	}

	/** Reads {@code sftp://user@host[:port]/abs/path}; fails with a message that shows the expected form. */
	public static SftpLocation parse(String url) {
		String form = "write sftp://user@host:port/absolute/folder";
		URI uri;
		try {
			uri = new URI(url.strip());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + url + "' is not an SFTP location: " + form, e);
		}
		if (!"sftp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null) {
			throw new IllegalArgumentException("'" + url + "' is not an SFTP location with a user and a host: " + form);
		}
		if (uri.getUserInfo().contains(":")) {
			throw new IllegalArgumentException("'" + url + "' holds a password: Cadang logs in with a key file only ("
					+ "cadang ssh keygen makes one), so " + form);
		}
		if (uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("'" + url + "' has a query or fragment: " + form);
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		SshAddress address = new SshAddress(uri.getUserInfo(), host, uri.getPort() == -1 ? 22 : uri.getPort());
		return new SftpLocation(address, checkedFolder(uri.getPath(), url));
	}

	/** An absolute folder without {@code .} or {@code ..} parts, without its trailing slash ({@code /} stays). */
	static String checkedFolder(String path, String what) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("'" + what + "' names no absolute folder on the server: "
					+ "write sftp://user@host:port/absolute/folder");
		}
		for (String part : path.split("/")) {
			if (part.equals(".") || part.equals("..")) {
				throw new IllegalArgumentException("'" + what + "' holds '" + part + "': name the folder plainly");
			}
		}
		String folder = path.replaceAll("/+", "/");
		return folder.length() > 1 && folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
	}

	/** {@code sftp://user@host:port/path}. */
	@Override
	public String toString() {
		return "sftp://" + address.user() + "@" + address.hostAndPort() + path;
	}
}
