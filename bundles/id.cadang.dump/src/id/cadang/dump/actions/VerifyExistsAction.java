package id.cadang.dump.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import id.cadang.catalog.BackupRecord;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.LocalFolderTarget;
import id.cadang.storage.MediaTarget;
import id.cadang.storage.StoredBackup;
import id.cadang.storage.StoredBackups;
import id.cadang.storage.TargetException;

/**
 * {@code verify-exists}: is this run's backup on the target (Lumajang step 5, "is there a dump file on
 * the NAS?")? YES when every good backup the run took lies on the target bound to parameter
 * {@code target} (a folder, an SFTP folder, a removable medium) with its manifest beside it and its recorded
 * size; NO otherwise, naming what is missing.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + VerifyExistsAction.TYPE)
public final class VerifyExistsAction implements StepAction {

	public static final String TYPE = "verify-exists";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * It only reads the target and the catalog: safe to repeat.
	 */
	@Override
	public boolean repeatable() {
		return true;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		BackupTarget bound = BoundTargets.of(context);
		String target;
		try {
			target = prefix(bound);
		} catch (TargetException e) {
			return new StepResult(StepResult.Outcome.NO, e.getMessage());
		}
		List<BackupRecord> backups = RunBackups.good(context);
		if (backups.isEmpty()) {
			return new StepResult(StepResult.Outcome.NO, "this run has no good backup yet, so none is on " + target);
		}
		List<String> missing = backups.stream().filter(b -> !present(b, target, context.home()))
				.map(b -> "#" + b.id() + " " + b.path()).toList();
		if (!missing.isEmpty()) {
			return new StepResult(StepResult.Outcome.NO,
					"not on " + target + " (or changed size, or without manifest): " + String.join(", ", missing));
		}
		return new StepResult(StepResult.Outcome.YES, "on " + target + ": "
				+ backups.stream().map(b -> b.path().substring(b.path().lastIndexOf('/') + 1)).collect(Collectors.joining(", ")));
	}

	/** Where the target's files are, in the form the catalog records them. */
	private static String prefix(BackupTarget target) throws TargetException {
		if (target instanceof MediaTarget media) {
			return prefix(media.resolve());
		}
		if (target instanceof LocalFolderTarget local) {
			return local.root().toAbsolutePath().normalize().toString();
		}
		return target.location();
	}

	private static boolean present(BackupRecord backup, String target, Path home) {
		String path = backup.path().contains("://") ? backup.path()
				: Path.of(backup.path()).toAbsolutePath().normalize().toString();
		if (!path.startsWith(target.endsWith("/") ? target : target + "/")) {
			return false;
		}
		try {
			StoredBackup stored = StoredBackups.at(path, home);
			return stored.size() == backup.size() && stored.manifest() != null;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
