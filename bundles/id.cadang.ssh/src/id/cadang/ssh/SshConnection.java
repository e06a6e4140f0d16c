package id.cadang.ssh;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;

import id.cadang.ssh.internal.CheckingHostKeyRepository;

/**
 * One logged-in JSch session to an {@link SshTarget}, opened again when it was lost (between commands,
 * never under a running one). Host keys are always checked against the target's known_hosts file with
 * StrictHostKeyChecking "yes": an unknown key fails with {@link UnknownHostKeyException}, a changed
 * one with {@link ChangedHostKeyException}, before anything is sent. Connection failures (refused, timed
 * out, cut during the handshake) are retried with backoff; a refused login or host key is not.
 * <p>
 * Transport tuning: AES-GCM first (hardware AES; JCE has no ChaCha20-Poly1305 for SSH), no compression.
 */
public final class SshConnection implements AutoCloseable {
	static final String CIPHERS = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,chacha20-poly1305@openssh.com";

	private final SshTarget target;
	private final Secrets secrets;
	private Session session;

	private SshConnection(SshTarget target, Secrets secrets) {
		this.target = target;
		this.secrets = secrets;
	}

	/** Connects and logs in, retrying connection failures as the target says. */
	public static SshConnection open(SshTarget target, Secrets secrets) throws IOException {
		SshConnection connection = new SshConnection(target, secrets);
		connection.session();
		return connection;
	}

	public SshTarget target() {
		return target;
	}

	/** The logged-in session, connected again first if it was lost. */
	public synchronized Session session() throws IOException {
		if (session != null && session.isConnected()) {
			return session;
		}
		IOException last = null;
		Duration wait = target.backoff();
		for (int attempt = 0; attempt <= target.retries(); attempt++) {
			if (attempt > 0) {
				sleep(wait);
				wait = wait.multipliedBy(2);
			}
			try {
				session = connectOnce();
				return session;
			} catch (RetryableConnectException e) {
				last = e;
			}
		}
		throw new IOException("cannot connect to " + target.address() + " after " + (target.retries() + 1)
				+ " attempts: " + last.getMessage(), last);
	}

	private Session connectOnce() throws IOException {
		JSch jsch = new JSch();
		CheckingHostKeyRepository hostKeys = new CheckingHostKeyRepository(new KnownHosts(target.knownHosts()).load(jsch));
		addIdentity(jsch);
		Session fresh;
		try {
			fresh = jsch.getSession(target.address().user(), target.address().host(), target.address().port());
		} catch (JSchException e) {
			throw new IOException("cannot open an SSH session to " + target.address() + ": " + e.getMessage(), e);
		}
		fresh.setHostKeyRepository(hostKeys);
		fresh.setConfig("StrictHostKeyChecking", "yes");
		fresh.setConfig("PreferredAuthentications", "publickey");
		fresh.setConfig("cipher.s2c", CIPHERS);
		fresh.setConfig("cipher.c2s", CIPHERS);
		fresh.setConfig("compression.s2c", "none");
		fresh.setConfig("compression.c2s", "none");
		int keepalive = (int) target.keepalive().toMillis();
		try {
			fresh.setServerAliveInterval(keepalive);
			fresh.setServerAliveCountMax((int) Math.max(1, target.readTimeout().toMillis() / keepalive));
			fresh.connect((int) target.connectTimeout().toMillis());
			return fresh;
		} catch (JSchUnknownHostKeyException e) {
			fresh.disconnect();
			byte[] key = hostKeys.presented().orElseThrow(() -> new IOException(e.getMessage(), e));
			throw new UnknownHostKeyException(target.address(), KnownHosts.keyType(key), KnownHosts.fingerprint(key),
					target.knownHosts());
		} catch (JSchChangedHostKeyException e) {
			fresh.disconnect();
			byte[] key = hostKeys.presented().orElseThrow(() -> new IOException(e.getMessage(), e));
			String type = KnownHosts.keyType(key);
			HostKey[] known = hostKeys.getHostKey(target.address().knownHostsName(), type);
			String old = known.length == 0 ? "(unreadable)" : KnownHosts.fingerprint(Base64.getDecoder().decode(known[0].getKey()));
			throw new ChangedHostKeyException(target.address(), type, old, KnownHosts.fingerprint(key), target.knownHosts());
		} catch (JSchException e) {
			fresh.disconnect();
			throw classify(e);
		}
	}

	private void addIdentity(JSch jsch) throws IOException {
		String keyFile = target.privateKey().toString();
		if (!Files.isReadable(target.privateKey())) {
			throw new IOException("the SSH key file " + keyFile + " for " + target.address()
					+ " does not exist or cannot be read: create it with ssh-keygen -t ed25519 -f " + keyFile);
		}
		try {
			KeyPair pair = KeyPair.load(jsch, keyFile);
			boolean encrypted = pair.isEncrypted();
			pair.dispose();
			if (!encrypted) {
				jsch.addIdentity(keyFile);
				return;
			}
			String secretKey = target.passphraseKey().orElseThrow(() -> new IOException("the SSH key file " + keyFile
					+ " is protected by a passphrase, but no secret is named for it: store the passphrase in Cadang's "
					+ "secure storage and name it in the target"));
			String passphrase = secrets.get(secretKey).orElseThrow(() -> new IOException("the passphrase of SSH key file "
					+ keyFile + " is not in secure storage under '" + secretKey + "': store it there"));
			jsch.addIdentity(keyFile, passphrase.getBytes(StandardCharsets.UTF_8));
		} catch (JSchException e) {
			throw new IOException("cannot use the SSH key file " + keyFile + " for " + target.address() + ": "
					+ e.getMessage() + " (a wrong passphrase, or a key type JSch cannot read; ed25519 and RSA work)", e);
		}
	}

	private IOException classify(JSchException e) {
		Throwable cause = e.getCause();
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		if (cause instanceof UnknownHostException) {
			return new IOException("the host name of " + target.address() + " cannot be resolved: check its spelling and DNS", e);
		}
		if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
				|| cause instanceof NoRouteToHostException || cause instanceof SocketException
				|| message.startsWith("timeout") || message.contains("closed by foreign host")
				|| message.contains("Connection reset") || message.contains("socket is not established")) {
			return new RetryableConnectException(target.address() + ": " + message, e);
		}
		if (message.contains("Auth fail") || message.contains("USERAUTH fail")) {
			return new IOException(target.address() + " refused the login of " + target.address().user() + " with key file "
					+ target.privateKey() + ": add " + target.privateKey() + ".pub to ~" + target.address().user()
					+ "/.ssh/authorized_keys on " + target.address().host(), e);
		}
		return new IOException("SSH to " + target.address() + " failed: " + message, e);
	}

	private static void sleep(Duration wait) throws IOException {
		try {
			Thread.sleep(wait);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting to connect again");
		}
	}

	/** Describes the target: {@code ssh://user@host:port}. */
	@Override
	public String toString() {
		return target.address().toString();
	}

	/** Logs out. Commands still running on this session lose their connection. */
	@Override
	public synchronized void close() {
		if (session != null) {
			session.disconnect();
		}
	}

	private static final class RetryableConnectException extends IOException {
		private static final long serialVersionUID = 1L;

		RetryableConnectException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
