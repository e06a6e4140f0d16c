package id.cadang.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import id.cadang.catalog.BackupStart;
import id.cadang.catalog.GoodBackup;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.model.NamingRule;
import id.cadang.storage.BackupNames;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.StreamSource;
import id.cadang.storage.Targets;
import id.cadang.storage.WrittenBackup;

/**
 * Takes one backup of a source to the step's target and records it: a RUNNING catalog row first, GOOD
 * only once the file is durable, FAILED with the reason otherwise. Shared by the backup actions.
 */
public final class SourceBackup {

	/** Checks a source before anything is written: it exists, the login works. */
	@FunctionalInterface
	public interface Preflight {
		void check() throws IOException;
	}

	private SourceBackup() {
	}

	/**
	 * @param context     the step
	 * @param source      the source, not yet opened
	 * @param description the bound source as shown to people (a URL without password, a folder)
	 * @param preflight   checks to run before the target is touched
	 */
	public static StepResult run(StepContext context, StreamSource source, String description, Preflight preflight)
			throws StepConfigurationException {
		String slot = context.slotOf("source");
		BackupTarget target = target(context.slotValueOf("target"), context.home());
		ZoneId zone = zone(context.sop().getTimeZone());
		String relative = relativePath(context, slot, source.extension(), ZonedDateTime.now(zone));
		BackupRequest request = new BackupRequest(context.sop().getId(), context.binding(), slot, relative);
		long id = context.catalog().startBackup(new BackupStart(context.runId(), context.sop().getId(),
				context.binding(), slot, source.kind(), description, target.locationOf(relative),
				Instant.now()));
		try {
			preflight.check();
			target.check();
			WrittenBackup written = target.write(request, source,
					(read, stored) -> context.listener().stepProgress(context.step(), read, relative));
			context.catalog().markGood(id, new GoodBackup(written.size(), written.sourceSize(), written.sha256(),
					written.manifestLocation(), written.finished()));
			return StepResult.succeeded("backup #" + id + " " + written.location() + " (" + written.size() + " bytes, sha256 "
					+ written.sha256() + ")");
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			source.abort();
			context.catalog().markFailed(id, Instant.now(), reason);
			return StepResult.failed(reason);
		}
	}

	/** The SOP's own naming rule when it has one (Trenggalek step 3), else Cadang's. */
	private static String relativePath(StepContext context, String slot, String extension, ZonedDateTime time)
			throws StepConfigurationException {
		NamingRule rule = context.sop().getNamingRule();
		if (rule == null || rule.getPattern() == null || rule.getPattern().isBlank()) {
			return BackupNames.relativePath(context.sop().getId(), context.binding(), slot, extension, time);
		}
		try {
			return BackupNames.render(rule.getPattern(), context.sop().getId(), context.binding(), slot, extension, time);
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException("SOP '" + context.sop().getId() + "': " + e.getMessage());
		}
	}

	/** A local folder, or {@code sftp://user@host[:port]/abs/path} with the key and known_hosts of $CADANG_HOME/ssh. */
	private static BackupTarget target(String value, Path home) throws StepConfigurationException {
		try {
			return Targets.forBinding(value, home);
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage());
		}
	}

	private static ZoneId zone(String id) {
		try {
			return id == null || id.isBlank() ? ZoneId.of("Asia/Jakarta") : ZoneId.of(id);
		} catch (RuntimeException e) {
			return ZoneId.of("Asia/Jakarta");
		}
	}
}
