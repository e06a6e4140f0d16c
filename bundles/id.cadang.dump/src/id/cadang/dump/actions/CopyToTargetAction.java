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
import id.cadang.storage.Targets;
import id.cadang.storage.WrittenBackup;

/**
 * {@code copy-to-target}: copies every good backup this run took (when it took none: the newest good
 * backup of each slot of the binding), with its manifest, to the second
 * place bound to parameter {@code target}, a folder or {@code sftp://user@host[:port]/path} (Lumajang
 * step 6, the admin's computer; IAIN step 7, the storage media). An SFTP copy resumes a cut upload. Each copy is checked against the original's checksum while it is written, committed
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
		BackupTarget target;
		try {
			target = Targets.forBinding(context.slotValueOf("target"), context.home());
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage() + " (slot " + context.slotOf("target") + ")");
		}
		String where = target.location();
		List<BackupRecord> originals = RunBackups.toCopy(context).stream().filter(b -> !isOn(target, b.path())).toList();
		if (originals.isEmpty()) {
			return StepResult.failed("binding '" + context.binding() + "' has no good backup to copy to " + where
					+ ": take a backup first (the backup steps of this SOP, or cadang run)");
		}
		List<String> copied = new ArrayList<>();
		for (BackupRecord original : originals) {
			if (original.path().contains("://")) {
				return StepResult.failed("backup #" + original.id() + " is at " + original.path() + ", not in a local "
						+ "folder: a copy to a second place is made from a local or mounted first copy; bind the first "
						+ "target to a folder");
			}
			Path file = Path.of(original.path());
			String relative = original.sop() + "/" + original.binding() + "/" + original.slot() + "/" + file.getFileName();
			long id = context.catalog().startBackup(new BackupStart(context.runId(), original.sop(), original.binding(),
					original.slot(), original.sourceKind(), COPY_OF + original.id(), target.locationOf(relative),
					Instant.now()));
			try {
				WrittenBackup copy = target.copy(file, relative,
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
