package id.cadang.dump.actions;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.SourceBackup;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.PostgresSource;
import id.cadang.dump.Tools;

/**
 * {@code database-dump}: dumps the database bound to the slot named by parameter {@code source} to the
 * target bound to the slot named by parameter {@code target}.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + DatabaseDumpAction.TYPE)
public final class DatabaseDumpAction implements StepAction {

	public static final String TYPE = "database-dump";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		String value = context.slotValueOf("source");
		DatabaseUrl url;
		try {
			url = DatabaseUrl.parse(value);
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage() + " (slot '" + context.slotOf("source") + "' of binding '"
					+ context.binding() + "')");
		}
		if (!DatabaseUrl.POSTGRESQL.equals(url.kind())) {
			throw new StepConfigurationException("database " + url.redacted() + ": " + url.kind()
					+ " dumps come in a later version; this one backs up PostgreSQL");
		}
		PostgresSource source = new PostgresSource(url, Tools.system());
		return SourceBackup.run(context, source, url.redacted(), source::preflight);
	}
}
