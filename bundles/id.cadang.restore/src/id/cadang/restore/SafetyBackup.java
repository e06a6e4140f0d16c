package id.cadang.restore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.GoodBackup;
import id.cadang.dump.CheckableSource;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.FolderSource;
import id.cadang.dump.H2Source;
import id.cadang.dump.H2Url;
import id.cadang.dump.MariaDbSource;
import id.cadang.dump.PostgresSource;
import id.cadang.dump.SourceHost;
import id.cadang.dump.Tools;
import id.cadang.storage.BackupNames;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.Targets;
import id.cadang.storage.WrittenBackup;

/**
 * A backup of the current state of a slot, taken just before a restore overwrites it, to the binding's
 * {@code target} slot, catalogued like any backup (GOOD only once durable), so the restore can be rolled back.
 */
public final class SafetyBackup {
	/** The binding slot that names where backups go. */
	public static final String TARGET_SLOT = "target";

	private SafetyBackup() {
	}

	/**
	 * @return the catalog id of the GOOD safety backup
	 * @throws RestoreException when it failed (the catalog row is FAILED with the reason), or the binding has no target
	 */
	public static long take(Catalog catalog, Path home, Binding binding, String slot, long requestId) throws RestoreException {
		String value = binding.slots().get(slot);
		String targetValue = binding.slots().get(TARGET_SLOT);
		if (targetValue == null) {
			throw new RestoreException("binding '" + binding.name() + "' has no '" + TARGET_SLOT + "' slot to put the safety"
					+ " backup in: bind one, or decline the safety backup with --no-safety-backup");
		}
		BackupTarget target;
		CheckableSource source;
		try {
			target = Targets.forBinding(targetValue, home);
			source = source(value);
		} catch (IllegalArgumentException e) {
			throw new RestoreException(e.getMessage(), e);
		}
		String relative = BackupNames.relativePath(binding.sop(), binding.name(), slot, source.extension(),
				ZonedDateTime.now(ZoneId.of("Asia/Jakarta")));
		long id = catalog.startBackup(new BackupStart(null, binding.sop(), binding.name(), slot, source.kind(),
				"safety backup before restore request " + requestId, target.locationOf(relative), Instant.now()));
		try {
			source.preflight();
			target.check();
			WrittenBackup written = target.write(new BackupRequest(binding.sop(), binding.name(), slot, relative), source,
					ProgressListener.NONE);
			catalog.markGood(id, new GoodBackup(written.size(), written.sourceSize(), written.sha256(),
					written.manifestLocation(), written.finished()));
			return id;
		} catch (IOException | RuntimeException e) {
			source.abort();
			catalog.markFailed(id, Instant.now(), String.valueOf(e.getMessage()));
			throw new RestoreException("the safety backup #" + id + " of the current state failed (" + e.getMessage()
					+ "); nothing was touched: fix it, or decline the safety backup with --no-safety-backup", e);
		}
	}

	private static CheckableSource source(String value) {
		if (H2Url.isH2(value)) {
			H2Url h2 = H2Url.parse(value);
			return new H2Source(h2.file(), h2.user(), h2.password());
		}
		if (value.contains("://") && !value.startsWith("file://")) {
			DatabaseUrl url = DatabaseUrl.parse(value);
			return DatabaseUrl.POSTGRESQL.equals(url.kind()) ? new PostgresSource(url, Tools.system())
					: new MariaDbSource(url, SourceHost.local(Tools.system()));
		}
		return new FolderSource(Path.of(value.startsWith("file://") ? value.substring(7) : value), Tools.system());
	}
}
