package id.cadang.dump.actions;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.FolderSource;
import id.cadang.ssh.SshAddress;

/**
 * {@code folder-archive}: archives the application folder bound to the slot named by parameter
 * {@code source} (tar, keeping modes, owners and links) to the target bound to parameter {@code target}.
 * The folder is {@code /srv/simpeg} on this computer, or {@code ssh://root@10.0.0.5:22/srv/simpeg} on a
 * server over SSH, where tar runs and its archive streams back (SSH key and known_hosts as for
 * {@link DatabaseDumpAction}). Optional parameter {@code exclude}: comma-separated patterns relative to
 * the folder, such as {@code cache, storage/logs/*.log} (see {@link FolderSource}).
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + FolderArchiveAction.TYPE)
public final class FolderArchiveAction implements StepAction {

	public static final String TYPE = "folder-archive";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * An archive cut short leaves its backup FAILED and only a .part file; running it again writes a new file
	 * under a new name, so repeating it after a restart is safe.
	 */
	@Override
	public boolean repeatable() {
		return true;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		String value = context.slotValueOf("source").strip();
		List<String> excludes = context.parameter("exclude").map(p -> Arrays.stream(p.split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList()).orElse(List.of());
		if (!value.regionMatches(true, 0, "ssh://", 0, 6)) {
			Path folder = Path.of(value.startsWith("file://") ? value.substring("file://".length()) : value);
			return SourceHosts.backup(context, Optional.empty(), host -> new FolderSource(folder, host, excludes), folder.toString());
		}
		URI uri;
		try {
			uri = new URI(value);
		} catch (URISyntaxException e) {
			throw new StepConfigurationException("application folder '" + value + "' is not a valid ssh:// URL (" + e.getReason()
					+ "): write ssh://user@host:22/path/to/folder, with %20 for a space (slot '" + context.slotOf("source")
					+ "' of binding '" + context.binding() + "')");
		}
		if (uri.getPath() == null || !uri.getPath().startsWith("/") || uri.getQuery() != null || uri.getFragment() != null) {
			throw new StepConfigurationException("application folder '" + value + "' names no absolute folder: write"
					+ " ssh://user@host:22/path/to/folder (slot '" + context.slotOf("source") + "' of binding '" + context.binding() + "')");
		}
		SshAddress address;
		try {
			address = SshAddress.parse("ssh://" + uri.getRawAuthority());
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage() + " (slot '" + context.slotOf("source") + "' of binding '"
					+ context.binding() + "')");
		}
		Path folder = Path.of(uri.getPath());
		return SourceHosts.backup(context, Optional.of(address), host -> new FolderSource(folder, host, excludes),
				address + folder.toString());
	}
}
