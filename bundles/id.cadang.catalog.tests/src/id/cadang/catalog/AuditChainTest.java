package id.cadang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.catalog.internal.Migration;
import id.cadang.catalog.internal.Migrations;

/** The audit trail is a hash chain: an entry changed, removed or slipped in outside Cadang shows. */
class AuditChainTest {

	@TempDir
	Path home;

	private void write(H2Catalog catalog, int count) {
		for (int i = 1; i <= count; i++) {
			catalog.audit("staf-it", "task.done", "run/" + i, "Langkah " + i + " selesai – ✓");
		}
	}

	@Test
	void anUntouchedTrailVerifies() {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			write(catalog, 5);
			assertEquals(List.of(), catalog.verifyAuditTrail());
		}
		try (H2Catalog reopened = H2Catalog.open(home)) {
			write(reopened, 2);
			assertEquals(List.of(), reopened.verifyAuditTrail(), "the chain goes on across openings");
		}
	}

	@Test
	void anEditedEntryIsNamed() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			write(catalog, 4);
			long id = catalog.auditTrail("run/2").get(0).id();
			Sql.execute(home, "UPDATE audit SET detail = 'Langkah 2 dikerjakan orang lain' WHERE id = " + id);

			List<String> problems = catalog.verifyAuditTrail();
			assertEquals(1, problems.size(), problems::toString);
			assertTrue(problems.get(0).contains("#" + id) && problems.get(0).contains("changed"), problems.get(0));
		}
	}

	@Test
	void aRemovedEntryIsSeen() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			write(catalog, 4);
			long id = catalog.auditTrail("run/3").get(0).id();
			Sql.execute(home, "DELETE FROM audit WHERE id = " + id);

			List<String> problems = catalog.verifyAuditTrail();
			assertTrue(problems.stream().anyMatch(p -> p.contains("removed")), problems::toString);
		}
	}

	@Test
	void removingTheNewestEntryIsSeenToo() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			write(catalog, 3);
			long id = catalog.auditTrail("run/3").get(0).id();
			Sql.execute(home, "DELETE FROM audit WHERE id = " + id);

			List<String> problems = catalog.verifyAuditTrail();
			assertEquals(1, problems.size(), problems::toString);
			assertTrue(problems.get(0).contains("newest"), problems.get(0));
		}
	}

	@Test
	void entriesFromBeforeTheChainAreSealedOnUpgrade() throws Exception {
		List<Migration> upToThree = Migrations.ALL.subList(0, 3);
		H2Catalog.open(home, upToThree).close();
		// entries as a version 3 Cadang wrote them: no hashes
		Sql.execute(home, "INSERT INTO audit (at, actor, action, subject, detail) VALUES "
				+ "(CURRENT_TIMESTAMP, 'cadang', 'recover', 'backup/1', 'interrupted'), "
				+ "(CURRENT_TIMESTAMP, 'cadang', 'recover', 'run/1', NULL)");
		try (H2Catalog upgraded = H2Catalog.open(home)) {
			assertTrue(upgraded.auditTrail(null).size() >= 2);
			assertEquals(List.of(), upgraded.verifyAuditTrail());
			write(upgraded, 1);
			assertEquals(List.of(), upgraded.verifyAuditTrail());
		}
	}

	@Test
	void appendsFromManyThreadsFormOneChain() throws Exception {
		try (H2Catalog catalog = H2Catalog.open(home)) {
			Thread[] threads = new Thread[6];
			for (int t = 0; t < threads.length; t++) {
				threads[t] = new Thread(() -> write(catalog, 20));
				threads[t].start();
			}
			for (Thread thread : threads) {
				thread.join();
			}
			assertEquals(120, catalog.auditTrail(null).size());
			assertEquals(List.of(), catalog.verifyAuditTrail());
		}
	}
}
