package id.cadang.dump.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import id.cadang.catalog.BackupRecord;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.storage.Manifests;

/**
 * {@code verify-exists}: is this run's backup on the target (Lumajang step 5, "is there a dump file on
 * the NAS?")? YES when every good backup the run took lies in the folder bound to parameter
 * {@code target} with its manifest beside it and its recorded size; NO otherwise, naming what is missing.
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
		Path target = Path.of(context.slotValueOf("target")).toAbsolutePath().normalize();
		List<BackupRecord> backups = RunBackups.good(context);
		if (backups.isEmpty()) {
			return new StepResult(StepResult.Outcome.NO, "this run has no good backup yet, so none is on " + target);
		}
		List<String> missing = backups.stream().filter(b -> !present(b, target))
				.map(b -> "#" + b.id() + " " + b.path()).toList();
		if (!missing.isEmpty()) {
			return new StepResult(StepResult.Outcome.NO,
					"not on " + target + " (or changed size, or without manifest): " + String.join(", ", missing));
		}
		return new StepResult(StepResult.Outcome.YES, "on " + target + ": "
				+ backups.stream().map(b -> Path.of(b.path()).getFileName().toString()).collect(Collectors.joining(", ")));
	}

	private static boolean present(BackupRecord backup, Path target) {
		Path file = Path.of(backup.path()).toAbsolutePath().normalize();
		try {
			return file.startsWith(target) && Files.isRegularFile(file) && Files.size(file) == backup.size()
					&& Files.isRegularFile(Manifests.beside(file));
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
