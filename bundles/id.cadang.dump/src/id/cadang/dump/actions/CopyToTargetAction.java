package id.cadang.dump.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.GoodBackup;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.StoredBackup;
import id.cadang.storage.StoredBackups;
import id.cadang.storage.WrittenBackup;

/**
 * {@code copy-to-target}: copies every good backup this run took (when it took none: the newest good
 * backup of each slot of the binding), with its manifest, to the second
 * place bound to parameter {@code target}, a folder, {@code sftp://user@host[:port]/path} or
 * {@code media://label/LABEL/folder} (Lumajang step 6, the admin's computer; IAIN step 7, the storage
 * media). The original is read through its own target's reader (a folder, or SFTP); an SFTP copy resumes a cut upload. Each copy is checked against the original's checksum while it is written, committed
 * like a backup (.part, fsync, rename) and catalogued as a backup of its own.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + CopyToTargetAction.TYPE)
public final class CopyToTargetAction implements StepAction {

	public static final String TYPE = "copy-to-target";

	/** How a copy names its original in the catalog's source column. */
	static final String COPY_OF = "copy of backup #";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * Not safe to repeat: a copy cut short is not checked at its destination afterwards, and a second copy of the
	 * same backup to removable media or a second place must be decided by a person.
	 */
	@Override
	public boolean repeatable() {
		return false;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		BackupTarget target = BoundTargets.of(context);
		String where = target.location();
		List<BackupRecord> originals = RunBackups.toCopy(context).stream().filter(b -> !isOn(target, b.path())).toList();
		if (originals.isEmpty()) {
			return StepResult.failed("binding '" + context.binding() + "' has no good backup to copy to " + where
					+ ": take a backup first (the backup steps of this SOP, or cadang run)");
		}
		List<String> copied = new ArrayList<>();
		for (BackupRecord original : originals) {
			StoredBackup from;
			try {
				from = StoredBackups.at(original.path(), context.home());
			} catch (IllegalArgumentException e) {
				return StepResult.failed("backup #" + original.id() + ": " + e.getMessage());
			}
			String relative = original.sop() + "/" + original.binding() + "/" + original.slot() + "/" + from.fileName();
			long id = context.catalog().startBackup(new BackupStart(context.runId(), original.sop(), original.binding(),
					original.slot(), original.sourceKind(), COPY_OF + original.id(), target.locationOf(relative),
					Instant.now()));
			try {
				WrittenBackup copy = target.copy(from, relative,
						(read, stored) -> context.listener().stepProgress(context.step(), read, relative));
				context.catalog().markGood(id, new GoodBackup(copy.size(), copy.sourceSize(), copy.sha256(),
						copy.manifestLocation(), copy.finished()));
				copied.add("#" + id + " " + copy.location());
			} catch (IOException | RuntimeException e) {
				String reason = e.getMessage() == null ? e.toString() : e.getMessage();
				context.catalog().markFailed(id, Instant.now(), reason);
				return StepResult.failed("copy of backup #" + original.id() + " to " + where + " failed: " + reason);
			}
		}
		return StepResult.succeeded("copied to " + where + ": " + String.join(", ", copied));
	}

	/** Whether a catalogued backup already lies on this target (then it is not copied onto itself). */
	private static boolean isOn(BackupTarget target, String path) {
		if (target instanceof LocalFolderTarget local) {
			return !path.contains("://") && Path.of(path).toAbsolutePath().normalize()
					.startsWith(local.root().toAbsolutePath().normalize());
		}
		return path.startsWith(target.location() + "/");
	}
}
