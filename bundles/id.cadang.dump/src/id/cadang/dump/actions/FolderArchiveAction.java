package id.cadang.dump.actions;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.SourceBackup;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.FolderSource;
import id.cadang.dump.Tools;

/**
 * {@code folder-archive}: archives the application folder bound to the slot named by parameter
 * {@code source} (tar, keeping modes, owners and links) to the target bound to parameter {@code target}.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + FolderArchiveAction.TYPE)
public final class FolderArchiveAction implements StepAction {

	public static final String TYPE = "folder-archive";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		Path folder = Path.of(context.slotValueOf("source"));
		FolderSource source = new FolderSource(folder, Tools.system());
		return SourceBackup.run(context, source, folder.toString(), source::preflight);
	}
}
