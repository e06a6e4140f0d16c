package id.cadang.ssh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

import id.cadang.ssh.internal.CheckingHostKeyRepository;

/**
 * The known_hosts file (OpenSSH format) that every SSH host key is checked against; by default
 * {@code $CADANG_HOME/ssh/known_hosts}. Cadang never learns a key by itself: a person compares the
 * fingerprint Cadang printed with the server's and runs {@code cadang ssh trust host:port SHA256:...},
 * which is {@link #trust(SshAddress, String)}.
 */
public final class KnownHosts {
	private static final Duration TRUST_TIMEOUT = Duration.ofSeconds(20);

	private final Path file;

	public KnownHosts(Path file) {
		this.file = file;
	}

	/** {@code <cadangHome>/ssh/known_hosts}. */
	public static KnownHosts inHome(Path cadangHome) {
		return new KnownHosts(cadangHome.resolve("ssh").resolve("known_hosts"));
	}

	public Path file() {
		return file;
	}

	/** A key's fingerprint as OpenSSH prints it: {@code SHA256:} and the unpadded base64 of the key blob's SHA-256. */
	public static String fingerprint(byte[] keyBlob) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256", e);
		}
	}

	/** The key type a key blob starts with: {@code ssh-ed25519}, {@code ssh-rsa}, {@code ecdsa-sha2-nistp256}. */
	public static String keyType(byte[] keyBlob) {
		ByteBuffer buffer = ByteBuffer.wrap(keyBlob);
		if (keyBlob.length < 4) {
			return "unknown";
		}
		int length = buffer.getInt();
		if (length <= 0 || length > keyBlob.length - 4) {
			return "unknown";
		}
		return new String(keyBlob, 4, length, StandardCharsets.US_ASCII);
	}

	/** The file read into a JSch repository; an absent file is an empty one. */
	HostKeyRepository load(JSch jsch) throws IOException {
		byte[] content = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
		try (InputStream in = new ByteArrayInputStream(content)) {
			jsch.setKnownHosts(in);
		} catch (JSchException e) {
			throw new IOException("cannot read the known_hosts file " + file + ": " + e.getMessage()
					+ "; fix or remove the broken line", e);
		}
		return jsch.getHostKeyRepository();
	}

	/** The fingerprints this file holds for {@code address}, in file order. */
	public List<String> fingerprints(SshAddress address) throws IOException {
		List<String> result = new ArrayList<>();
		for (HostKey key : load(new JSch()).getHostKey(address.knownHostsName(), null)) {
			result.add(fingerprint(Base64.getDecoder().decode(key.getKey())));
		}
		return result;
	}

	/**
	 * Connects to {@code address} far enough to read its host key (no login), and writes it to this file
	 * if its fingerprint is {@code fingerprintExpected}; an older key of the same type for that host is
	 * replaced. The file is written to a temporary name and renamed, so it is never half-written.
	 *
	 * @return the line added
	 * @throws IOException when the server cannot be reached, or presents another key than expected:
	 *         then the file is left as it was
	 */
	public String trust(SshAddress address, String fingerprintExpected) throws IOException {
		if (!fingerprintExpected.startsWith("SHA256:")) {
			throw new IllegalArgumentException("'" + fingerprintExpected + "' is not a SHA256 fingerprint: give it as "
					+ "OpenSSH prints it, SHA256:... (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server)");
		}
		byte[] presented = presentedKey(address);
		String actual = fingerprint(presented);
		if (!actual.equals(fingerprintExpected)) {
			throw new IOException(address.hostAndPort() + " presents host key " + actual + ", not the expected "
					+ fingerprintExpected + ": nothing was trusted. Check the fingerprint on the server itself.");
		}
		String type = keyType(presented);
		String line = address.knownHostsName() + " " + type + " " + Base64.getEncoder().encodeToString(presented);
		List<String> kept = new ArrayList<>();
		if (Files.exists(file)) {
			for (String existing : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!isPlainEntry(existing, address.knownHostsName(), type)) {
					kept.add(existing);
				}
			}
		}
		kept.add(line);
		write(String.join("\n", kept) + "\n");
		if (load(new JSch()).check(address.knownHostsName(), presented) != HostKeyRepository.OK) {
			throw new IOException("the known_hosts file " + file + " holds another entry for " + address.knownHostsName()
					+ " (perhaps a hashed one) that still contradicts the trusted key: remove it with ssh-keygen -R '"
					+ address.knownHostsName() + "' -f " + file);
		}
		return line;
	}

	private static boolean isPlainEntry(String line, String host, String type) {
		String[] fields = line.strip().split("\\s+");
		if (fields.length < 3 || fields[0].startsWith("#") || fields[0].startsWith("@") || !fields[1].equals(type)) {
			return false;
		}
		return Arrays.asList(fields[0].split(",")).contains(host);
	}

	/**
	 * The host key blob {@code address} presents, read from a handshake that stops before login (every
	 * key is refused); nothing is trusted. {@code cadang ssh trust} shows its fingerprint to a person.
	 */
	public byte[] presentedKey(SshAddress address) throws IOException {
		JSch jsch = new JSch();
		CheckingHostKeyRepository checker = new CheckingHostKeyRepository(emptyRepository());
		Session session;
		try {
			session = jsch.getSession(address.user(), address.host(), address.port());
		} catch (JSchException e) {
			throw new IOException("cannot open an SSH session to " + address + ": " + e.getMessage(), e);
		}
		session.setHostKeyRepository(checker);
		session.setConfig("StrictHostKeyChecking", "yes");
		try {
			session.connect((int) TRUST_TIMEOUT.toMillis());
		} catch (JSchException e) {
			// expected: the empty repository refuses every key, after the key was presented
		} finally {
			session.disconnect();
		}
		return checker.presented().orElseThrow(() -> new IOException("could not read the host key of "
				+ address.hostAndPort() + ": the server did not answer an SSH handshake within " + TRUST_TIMEOUT.toSeconds()
				+ " s; check the host, the port and the firewall"));
	}

	private static HostKeyRepository emptyRepository() throws IOException {
		JSch jsch = new JSch();
		try {
			jsch.setKnownHosts(new ByteArrayInputStream(new byte[0]));
		} catch (JSchException e) {
			throw new IOException("cannot create an empty host key repository: " + e.getMessage(), e);
		}
		return jsch.getHostKeyRepository();
	}

	private void write(String content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			Path part = folder.resolve(file.getFileName() + ".part");
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AccessDeniedException e) {
			throw new IOException("cannot write the known_hosts file " + file + ": permission denied; run as the user "
					+ "that runs Cadang, or make " + folder + " writable for it", e);
		}
	}
}
