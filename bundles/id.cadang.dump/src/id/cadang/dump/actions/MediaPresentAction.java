package id.cadang.dump.actions;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.MediaNotPresentException;
import id.cadang.storage.MediaTarget;
import id.cadang.storage.TargetException;

/**
 * {@code media-present}: is the storage medium bound to parameter {@code target} there and writable (IAIN
 * Pontianak step 4, "is the storage medium available?")? YES with where it is mounted; NO when it is not
 * plugged in, not mounted, read-only or full, with the reason, so that the SOP's "no" branch (report,
 * request the medium) follows. Meant for {@code media://label/LABEL/folder} and {@code media://uuid/UUID/folder}
 * targets; any target works (a NAS folder that is not mounted is not available either).
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + MediaPresentAction.TYPE)
public final class MediaPresentAction implements StepAction {

	public static final String TYPE = "media-present";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		BackupTarget target = BoundTargets.of(context);
		String where;
		try {
			target.check();
			where = target instanceof MediaTarget media ? media.resolve().location() : target.location();
		} catch (MediaNotPresentException e) {
			return new StepResult(StepResult.Outcome.NO, e.getMessage());
		} catch (TargetException e) {
			return new StepResult(StepResult.Outcome.NO, "the storage medium " + target.location() + " is there but cannot"
					+ " take a backup: " + e.getMessage());
		}
		return new StepResult(StepResult.Outcome.YES, "the storage medium " + target.location() + " is ready at " + where);
	}
}
