package id.cadang.restore;

import java.util.List;
import java.util.SortedMap;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.catalog.Catalog;

/**
 * Proves a backup restores: the latest good backup of a binding's database slot is verified, restored into a
 * scratch database on the same server, its per-table row counts compared with those the manifest recorded at dump
 * time, and the scratch database dropped again. The result goes to the audit trail ({@code restore.test}).
 */
public final class RestoreTest {

	/**
	 * @param backupId the backup tested, or 0 when none was found
	 * @param ok       whether it restored with every table's rows
	 * @param message  what was found, in a sentence
	 */
	public record Result(long backupId, boolean ok, String message) {
	}

	private RestoreTest() {
	}

	public static Result run(Catalog catalog, String binding, String slot, String boundValue, String actor) {
		Result result = test(catalog, binding, slot, boundValue);
		catalog.audit(actor, result.ok() ? "restore.test.passed" : "restore.test.failed",
				result.backupId() == 0 ? "binding:" + binding : "backup:" + result.backupId(), result.message());
		return result;
	}

	private static Result test(Catalog catalog, String binding, String slot, String boundValue) {
		List<BackupRecord> good = catalog.backups(new BackupQuery(null, binding, BackupStatus.GOOD)).stream()
				.filter(b -> b.binding().equals(binding) && b.slot().equals(slot)).toList();
		if (good.isEmpty()) {
			return new Result(0, false, "binding '" + binding + "' has no good backup of slot '" + slot
					+ "' to test: take one first");
		}
		BackupRecord latest = good.get(0);
		Restorer scratch;
		BackupFile backup;
		try {
			backup = BackupFile.verified(latest);
			scratch = Restorers.scratch(boundValue, latest.id());
		} catch (RestoreException e) {
			return new Result(latest.id(), false, e.getMessage());
		}
		if (!scratch.accepts(backup.kind())) {
			return new Result(latest.id(), false, "backup #" + latest.id() + " is a " + backup.kind()
					+ " backup and cannot be restored into " + scratch.destination());
		}
		SortedMap<String, Long> expected = backup.rowCounts().orElse(null);
		if (expected == null) {
			return new Result(latest.id(), false, "backup #" + latest.id() + " has no row counts in its manifest"
					+ " (taken before they were recorded): take a new backup and test that");
		}
		Result result;
		try {
			scratch.restore(backup, RestoreProgress.NONE);
			SortedMap<String, Long> actual = scratch.countRows().orElseThrow();
			List<String> differences = RowCheck.differences(expected, actual);
			result = differences.isEmpty()
					? new Result(latest.id(), true, "backup #" + latest.id() + " restored into a scratch database: "
							+ actual.size() + " tables, " + RowCheck.total(actual) + " rows, as the manifest recorded")
					: new Result(latest.id(), false, "backup #" + latest.id() + " restored into " + scratch.destination()
							+ " but its rows differ: " + String.join("; ", differences));
		} catch (RestoreException e) {
			result = new Result(latest.id(), false, e.getMessage());
		}
		try {
			scratch.drop();
		} catch (RestoreException e) {
			return new Result(result.backupId(), result.ok(), result.message() + "; the scratch database "
					+ scratch.destination() + " could not be dropped (" + e.getMessage() + "): drop it by hand");
		}
		return result;
	}
}
