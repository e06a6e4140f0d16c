package id.cadang.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

	@Test
	void parsesAFullPostgresqlUrl() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://simpeg:rahasia@db.bulelengkab.go.id:5433/simpeg_prod");
		assertEquals(new DatabaseUrl("postgresql", "simpeg", Optional.of("rahasia"), "db.bulelengkab.go.id", 5433, "simpeg_prod"), url);
	}

	@Test
	void defaultsThePortAndAcceptsThePostgresScheme() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://backup@10.0.0.5/sipd");
		assertEquals("postgresql", url.kind());
		assertEquals(5432, url.port());
		assertEquals(Optional.empty(), url.password());
	}

	@Test
	void parsesMysqlAndMariadbAsMariadb() {
		assertEquals(new DatabaseUrl("mariadb", "root", Optional.empty(), "localhost", 3306, "wordpress"),
				DatabaseUrl.parse("mysql://root@localhost/wordpress"));
		assertEquals(new DatabaseUrl("mariadb", "app", Optional.of("x"), "127.0.0.1", 3307, "siakad"),
				DatabaseUrl.parse("mariadb://app:x@127.0.0.1:3307/siakad"));
	}

	@Test
	void decodesPercentEncodedPasswordsAndBracketedIpv6() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss%3Aw+rd@[::1]:5432/db");
		assertEquals(Optional.of("p@ss:w+rd"), url.password());
		assertEquals("::1", url.host());
		assertEquals("[::1]:5432", url.address());
	}

	@Test
	void neverShowsThePassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret-Pw@host:5432/db");
		assertEquals("postgresql://app:***@host:5432/db", url.redacted());
		assertEquals(url.redacted(), url.toString());
		assertFalse(url.toString().contains("s3cret"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:5432/db", "postgresql://host/db", "postgresql://user@host", "postgresql://user@host:99999/db",
			"postgresql://user@host:5432/db/extra", "oracle://user@host/db", "postgresql://user@host/db?sslmode=require", "" })
	void rejectsABadUrlWithTheExpectedShape(String bad) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(bad));
		assertTrue(e.getMessage().startsWith("database URL '" + bad + "' is not valid"), e.getMessage());
		assertTrue(e.getMessage().contains("expected postgresql://user@host:5432/dbname"), e.getMessage());
	}

	@Test
	void aBadUrlMessageHidesItsPassword() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DatabaseUrl.parse("postgresql://app:TopSecret@host:5432"));
		assertFalse(e.getMessage().contains("TopSecret"), e.getMessage());
		assertTrue(e.getMessage().contains("postgresql://app:***@host:5432"), e.getMessage());
	}
}
