package id.cadang.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The server a slot's backup works against, which the per-server run limit counts. */
class ServersTest {

	@Test
	void aSlotsServerIsItsSshServerItsUrlsHostOrThisComputer() {
		assertEquals("10.0.0.5", Servers.host("postgresql://backup@10.0.0.5:5432/simpeg"));
		assertEquals("db.lumajang.go.id", Servers.host("mariadb://backup:secret@DB.Lumajang.go.id/sipd"));
		assertEquals("gateway", Servers.host("postgresql://backup@127.0.0.1:5432/simpeg?ssh=admin@gateway:22"));
		assertEquals("files", Servers.host("ssh://backup@files:2222/srv/app"));
		assertEquals(Servers.LOCAL, Servers.host("/srv/simpeg"));
		assertEquals(Servers.LOCAL, Servers.host("h2:/var/lib/app/app.mv.db"));
		assertEquals(Servers.LOCAL, Servers.host("postgresql://backup@localhost/simpeg"));
	}
}
