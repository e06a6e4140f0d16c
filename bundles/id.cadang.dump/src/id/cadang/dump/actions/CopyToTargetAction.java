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
import id.cadang.storage.LocalFolderTarget;

/**
 * {@code copy-to-target}: copies every good backup this run took (when it took none: the newest good
 * backup of each slot of the binding), with its manifest, to the second
 * place bound to parameter {@code target} (Lumajang step 6, the admin's computer; IAIN step 7, the
 * storage media). Each copy is checked against the original's checksum while it is written, committed
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

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		Path root = Path.of(context.slotValueOf("target"));
		if (!root.isAbsolute()) {
			throw new StepConfigurationException("target '" + root + "' is not an absolute folder path: bind "
					+ context.slotOf("target") + "=/path/to/folder");
		}
		List<BackupRecord> originals = RunBackups.toCopy(context).stream()
				.filter(b -> !Path.of(b.path()).toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize()))
				.toList();
		if (originals.isEmpty()) {
			return StepResult.failed("binding '" + context.binding() + "' has no good backup to copy to " + root
					+ ": take a backup first (the backup steps of this SOP, or cadang run)");
		}
		LocalFolderTarget target = new LocalFolderTarget(root);
		List<String> copied = new ArrayList<>();
		for (BackupRecord original : originals) {
			Path file = Path.of(original.path());
			String relative = original.sop() + "/" + original.binding() + "/" + original.slot() + "/" + file.getFileName();
			long id = context.catalog().startBackup(new BackupStart(context.runId(), original.sop(), original.binding(),
					original.slot(), original.sourceKind(), COPY_OF + original.id(),
					root.resolve(relative).toString(), Instant.now()));
			try {
				var copy = target.copy(file, relative,
						(read, stored) -> context.listener().stepProgress(context.step(), read, relative));
				context.catalog().markGood(id, new GoodBackup(copy.size(), copy.sourceSize(), copy.sha256(),
						copy.manifest().toString(), copy.finished()));
				copied.add("#" + id + " " + copy.file());
			} catch (IOException | RuntimeException e) {
				String reason = e.getMessage() == null ? e.toString() : e.getMessage();
				context.catalog().markFailed(id, Instant.now(), reason);
				return StepResult.failed("copy of backup #" + original.id() + " to " + root + " failed: " + reason);
			}
		}
		return StepResult.succeeded("copied to " + root + ": " + String.join(", ", copied));
	}
}
