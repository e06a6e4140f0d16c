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

	static List<BackupRecord> good(StepContext context) {
		return context.catalog().backups(new BackupQuery(context.sop().getId(), context.binding(), BackupStatus.GOOD))
				.stream().filter(b -> b.runId() != null && b.runId() == context.runId())
				.filter(b -> b.binding().equals(context.binding())).toList();
	}
}
