package id.cadang.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import com.jcraft.jsch.SftpATTRS;

import id.cadang.ssh.Secrets;
import id.cadang.ssh.SshTarget;
import id.cadang.storage.internal.SftpSession;

/** A backup on an SFTP server, read over its own SFTP session (host key checked like every connection). */
final class SftpStoredBackup implements StoredBackup {
	private final SshTarget ssh;
	private final Secrets secrets;
	private final SftpLocation location;

	SftpStoredBackup(SshTarget ssh, Secrets secrets, SftpLocation location) {
		this.ssh = Objects.requireNonNull(ssh, "ssh");
		this.secrets = Objects.requireNonNull(secrets, "secrets");
		this.location = Objects.requireNonNull(location, "location");
	}

	@Override
	public String location() {
		return location.toString();
	}

	@Override
	public InputStream open() throws IOException {
		SftpSession session = SftpSession.open(ssh, secrets);
		try {
			return new FilterInputStream(session.read(location.path())) {
				@Override
				public void close() throws IOException {
					try {
						super.close();
					} finally {
						session.close();
					}
				}
			};
		} catch (IOException | RuntimeException e) {
			session.close();
			throw e;
		}
	}

	@Override
	public long size() throws IOException {
		try (SftpSession session = SftpSession.open(ssh, secrets)) {
			return session.stat(location.path()).map(SftpATTRS::getSize).orElseThrow(() -> new IOException("backup file "
					+ location + " does not exist: it was moved or deleted on the server"));
		}
	}

	@Override
	public BackupManifest manifest() throws IOException {
		String manifest = location.path() + Manifests.SUFFIX;
		try (SftpSession session = SftpSession.open(ssh, secrets); InputStream in = session.read(manifest)) {
			return Manifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
					new SftpLocation(location.address(), manifest).toString());
		}
	}

	@Override
	public String toString() {
		return location();
	}
}
