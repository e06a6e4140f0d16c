package id.cadang.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;

import id.cadang.catalog.CadangHome;
import id.cadang.core.CadangException;
import id.cadang.ssh.KnownHosts;
import id.cadang.ssh.SshAddress;
import id.cadang.ssh.SshConnection;
import id.cadang.ssh.SshHome;

/**
 * {@code cadang ssh trust <host[:port]> [--fingerprint SHA256:...|--yes]}, {@code cadang ssh keygen} and
 * {@code cadang ssh check <user@host[:port]>}: the SSH files of {@code $CADANG_HOME/ssh} that sftp://
 * targets use. A host key is trusted only when a person gave its fingerprint, or said yes after seeing it.
 */
final class SshCommands {

	private static final String USAGE = "cadang ssh trust <host[:port]> [--fingerprint SHA256:...|--yes] | "
			+ "cadang ssh keygen | cadang ssh check <user@host[:port]>";

	private final SshHome home;
	private final PrintStream out;
	private final Messages m;

	SshCommands(SshHome home, PrintStream out, Messages messages) {
		this.home = home;
		this.out = out;
		this.m = messages;
	}

	/** For the running Cadang: {@code cadang.home}, then {@code $CADANG_HOME}, then {@code ~/.cadang}. */
	static SshCommands forThisCadang(PrintStream out, Messages messages) {
		return new SshCommands(SshHome.of(CadangHome.resolve(System.getProperty("cadang.home"))), out, messages);
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 2, USAGE);
		return switch (positional.get(0)) {
			case "trust" -> trust(argument(positional), args);
			case "keygen" -> keygen(args);
			case "check" -> check(argument(positional), args.json());
			default -> throw new Cli.UsageException(m.get("ssh.unknownSubcommand", positional.get(0)) + "; usage: " + USAGE);
		};
	}

	private static String argument(List<String> positional) {
		if (positional.size() < 2) {
			throw new Cli.UsageException("usage: " + USAGE);
		}
		return positional.get(1);
	}

	private int trust(String hostAndPort, Cli.Args args) {
		SshAddress address = hostAndPort(hostAndPort);
		KnownHosts knownHosts = home.knownHosts();
		Optional<String> expected = args.option("fingerprint");
		boolean yes = args.option("yes").isPresent();
		try {
			byte[] key = knownHosts.presentedKey(address);
			String type = KnownHosts.keyType(key);
			String seen = KnownHosts.fingerprint(key);
			if (expected.isEmpty() && !yes) {
				if (args.json()) {
					printJson(Cli.map("host", address.hostAndPort(), "keyType", type, "fingerprint", seen, "trusted", false));
				} else {
					out.println(m.get("ssh.trust.presented", address.hostAndPort(), type, seen));
					out.println(m.get("ssh.trust.how", address.hostAndPort(), seen));
				}
				return Cli.FAILED;
			}
			if (!args.json()) {
				out.println(m.get("ssh.trust.presented", address.hostAndPort(), type, seen));
			}
			String line = knownHosts.trust(address, expected.orElse(seen));
			if (args.json()) {
				printJson(Cli.map("host", address.hostAndPort(), "keyType", type, "fingerprint", seen, "trusted", true,
						"knownHosts", knownHosts.file().toString(), "line", line));
			} else {
				out.println(m.get("ssh.trust.done", address.hostAndPort(), knownHosts.file()));
			}
			return Cli.OK;
		} catch (IOException | IllegalArgumentException e) {
			throw new CadangException(e.getMessage());
		}
	}

	private int keygen(Cli.Args args) {
		Path key = home.ownKey();
		Path pub = key.resolveSibling(key.getFileName() + ".pub");
		boolean made = false;
		try {
			if (!Files.exists(key)) {
				generate(key, pub);
				made = true;
			}
			if (!Files.exists(pub)) {
				throw new CadangException(m.get("ssh.keygen.noPublic", key, pub));
			}
			String line = Files.readString(pub, StandardCharsets.UTF_8).strip();
			if (args.json()) {
				printJson(Cli.map("privateKey", key.toString(), "publicKey", line, "created", made));
			} else {
				out.println(m.get(made ? "ssh.keygen.made" : "ssh.keygen.exists", key));
				out.println(m.get("ssh.keygen.authorize"));
				out.println(line);
			}
			return Cli.OK;
		} catch (IOException e) {
			throw new CadangException(m.get("ssh.keygen.failed", key, e.getMessage()));
		}
	}

	/** An ed25519 key pair in OpenSSH's formats, the private one readable by its owner only, never half-written. */
	private static void generate(Path key, Path pub) throws IOException {
		Path folder = key.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		String comment = "cadang@" + hostName();
		Path keyPart = folder.resolve(key.getFileName() + ".part");
		Path pubPart = folder.resolve(pub.getFileName() + ".part");
		try {
			KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ED25519);
			try {
				Files.deleteIfExists(keyPart);
				Files.createFile(keyPart, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				try (var stream = Files.newOutputStream(keyPart)) {
					pair.writePrivateKey(stream);
				}
				try (var stream = Files.newOutputStream(pubPart)) {
					pair.writePublicKey(stream, comment);
				}
			} finally {
				pair.dispose();
			}
			Files.move(pubPart, pub, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			Files.move(keyPart, key, StandardCopyOption.ATOMIC_MOVE);
		} catch (JSchException e) {
			throw new IOException("JSch cannot make an ed25519 key: " + e.getMessage(), e);
		} finally {
			Files.deleteIfExists(keyPart);
			Files.deleteIfExists(pubPart);
		}
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	private int check(String userAtHost, boolean json) {
		SshAddress address = SshAddress.parse(userAtHost.contains("://") ? userAtHost : "ssh://" + userAtHost);
		var target = home.target(address);
		try (SshConnection connection = SshConnection.open(target.withRetries(0, java.time.Duration.ZERO),
				home.secrets())) {
			String version = connection.session().getServerVersion();
			if (json) {
				printJson(Cli.map("address", address.toString(), "ok", true, "server", version, "privateKey",
						target.privateKey().toString(), "knownHosts", target.knownHosts().toString()));
			} else {
				out.println(m.get("ssh.check.ok", address, version, target.privateKey(), target.knownHosts()));
			}
			return Cli.OK;
		} catch (IOException e) {
			if (json) {
				printJson(Cli.map("address", address.toString(), "ok", false, "reason", e.getMessage()));
				return Cli.FAILED;
			}
			throw new CadangException(e.getMessage());
		}
	}

	/** {@code host}, {@code host:port} or {@code [v6]:port}; port 22 when left out. */
	private static SshAddress hostAndPort(String value) {
		String v = value.strip();
		if (v.contains("@") || v.contains("://")) {
			throw new Cli.UsageException("give the server as host[:port], not '" + value + "': cadang ssh trust nas.local:22");
		}
		String host = v;
		int port = 22;
		int colon = v.lastIndexOf(':');
		boolean bracketed = v.startsWith("[");
		if (colon > 0 && (!bracketed || v.lastIndexOf(']') < colon) && (bracketed || v.indexOf(':') == colon)) {
			host = v.substring(0, colon);
			try {
				port = Integer.parseInt(v.substring(colon + 1));
			} catch (NumberFormatException e) {
				throw new Cli.UsageException("'" + v.substring(colon + 1) + "' is not a port: cadang ssh trust host:22");
			}
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return new SshAddress("cadang", host, port);
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
