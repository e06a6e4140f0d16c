package id.cadang.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class SshAddressTest {

	@Test
	void readsUserHostAndPort() {
		assertEquals(new SshAddress("backup", "db1.example.go.id", 2222), SshAddress.parse("ssh://backup@db1.example.go.id:2222"));
		assertEquals(new SshAddress("root", "10.0.0.5", 22), SshAddress.parse("ssh://root@10.0.0.5"));
		assertEquals(new SshAddress("b", "fd00::5", 2222), SshAddress.parse("ssh://b@[fd00::5]:2222"));
		assertEquals("[10.0.0.5]:2222", new SshAddress("b", "10.0.0.5", 2222).knownHostsName());
		assertEquals("10.0.0.5", new SshAddress("b", "10.0.0.5", 22).knownHostsName());
		assertEquals("ssh://b@10.0.0.5:22", SshAddress.parse("ssh://b@10.0.0.5").toString());
	}

	@Test
	void refusesWhatIsNoSshAddressWithTheExpectedForm() {
		for (String bad : new String[] { "backup@db1", "ssh://db1:22", "sftp://a@b", "ssh://a:secret@b", "ssh://a@b/path" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SshAddress.parse(bad), bad);
			assertTrue(e.getMessage().contains("ssh://user@host:port"), e.getMessage());
		}
	}
}
