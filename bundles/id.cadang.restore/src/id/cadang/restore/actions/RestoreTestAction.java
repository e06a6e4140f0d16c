package id.cadang.restore.actions;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.restore.RestoreTest;

/**
 * {@code restore-test}: restores the latest good backup of the database bound to the slot that parameter
 * {@code source} names into a scratch database on the same server, compares every table's row count with the
 * manifest's, drops the scratch database and records the result in the audit trail. FAILED names the tables that
 * differ, or why the backup could not be restored. Only reads the backup, so it may run again after a restart.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + RestoreTestAction.TYPE)
public final class RestoreTestAction implements StepAction {

	public static final String TYPE = "restore-test";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		RestoreTest.Result result = RestoreTest.run(context.catalog(), context.binding(), context.slotOf("source"),
				context.slotValueOf("source"), "cadang");
		return result.ok() ? StepResult.succeeded(result.message()) : StepResult.failed(result.message());
	}

	@Override
	public boolean repeatable() {
		return true;
	}
}
