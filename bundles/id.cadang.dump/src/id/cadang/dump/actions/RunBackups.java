package id.cadang.dump.actions;

import java.util.List;

import id.cadang.catalog.BackupQuery;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStatus;
import id.cadang.core.spi.StepContext;

/** The good backups that the current run has taken so far. */
final class RunBackups {

	private RunBackups() {
	}

	/**
	 * What a copy step copies: the good backups this run took, or, when it took none (IAIN Pontianak's
	 * external copy of "the latest backup"), the newest good backup of each slot of the binding.
	 */
	static List<BackupRecord> toCopy(StepContext context) {
		List<BackupRecord> taken = good(context);
		if (!taken.isEmpty()) {
			return taken;
		}
		java.util.Map<String, BackupRecord> newestPerSlot = new java.util.LinkedHashMap<>();
		for (BackupRecord b : context.catalog()
				.backups(new BackupQuery(context.sop().getId(), context.binding(), BackupStatus.GOOD))) {
			if (b.binding().equals(context.binding()) && (b.source() == null || !b.source().startsWith(CopyToTargetAction.COPY_OF))) {
				newestPerSlot.putIfAbsent(b.slot(), b); // newest first
			}
		}
		return List.copyOf(newestPerSlot.values());
	}

	static List<BackupRecord> good(StepContext context) {
		return context.catalog().backups(new BackupQuery(context.sop().getId(), context.binding(), BackupStatus.GOOD))
				.stream().filter(b -> b.runId() != null && b.runId() == context.runId())
				.filter(b -> b.binding().equals(context.binding())).toList();
	}
}
