package id.cadang.dump.actions;

import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.Targets;

/** The target bound to a step's parameter {@code target}: a folder, sftp://, media://, each maybe ?encrypt=. */
final class BoundTargets {

	private BoundTargets() {
	}

	/** @throws StepConfigurationException naming the slot when its value is no target */
	static BackupTarget of(StepContext context) throws StepConfigurationException {
		try {
			return Targets.forBinding(context.slotValueOf("target"), context.home());
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage() + " (slot " + context.slotOf("target") + ")");
		}
	}
}
