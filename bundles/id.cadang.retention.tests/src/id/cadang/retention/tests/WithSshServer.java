package id.cadang.retention.tests;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.ssh.InMemorySecrets;
import id.cadang.ssh.SshAddress;
import id.cadang.ssh.SshTarget;
import id.cadang.storage.SftpTarget;
import id.cadang.testing.SshServer;

/** Tests that store on an SFTP target: a real OpenSSH sshd on loopback for the class, a temporary folder per test. */
abstract class WithSshServer {
	static SshServer server;

	@TempDir
	Path temp;

	@BeforeAll
	static void startServer() {
		server = SshServer.start();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	/** An SFTP target on the test server whose folder is {@code nas} on this machine's disk. */
	SftpTarget sftp(Path nas) {
		SshTarget ssh = SshTarget.of(new SshAddress(server.user(), "127.0.0.1", server.port()), server.clientKey(),
				server.writeKnownHosts(temp.resolve("known_hosts"))).withRetries(0, Duration.ZERO);
		return new SftpTarget(ssh, nas.toString(), new InMemorySecrets());
	}
}
