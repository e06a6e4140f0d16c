package id.cadang.dump.actions;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.cadang.catalog.BackupRecord;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.EncryptionKeys;
import id.cadang.storage.StoredBackups;
import id.cadang.storage.Targets;
import id.cadang.storage.VerifyResult;

/**
 * {@code verify-integrity}: re-reads every good backup this run took (in a folder or on an SFTP server,
 * through that target's own reader), checks its SHA-256 against the
 * catalog, decrypts an encrypted one (keys from secure storage) and decodes every zstd frame (Trenggalek
 * step 2, "make sure the backup succeeded"). FAILED names each DAMAGED or UNREADABLE (key missing) file
 * and what is wrong with it.
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + VerifyIntegrityAction.TYPE)
public final class VerifyIntegrityAction implements StepAction {

	public static final String TYPE = "verify-integrity";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * It only re-reads the backups and the catalog: safe to repeat.
	 */
	@Override
	public boolean repeatable() {
		return true;
	}

	@Override
	public StepResult execute(StepContext context) {
		List<BackupRecord> backups = RunBackups.good(context);
		if (backups.isEmpty()) {
			return StepResult.failed("this run has no good backup to verify: the backup steps before this one must succeed first");
		}
		List<String> damaged = new ArrayList<>();
		long bytes = 0;
		EncryptionKeys keys = Targets.keys(context.home());
		for (BackupRecord backup : backups) {
			VerifyResult result = BackupVerifier.verify(StoredBackups.at(backup.path(), context.home()), backup.sha256(),
					keys::find);
			if (result.ok()) {
				bytes += result.sourceSize();
				context.listener().stepProgress(context.step(), bytes, backup.path());
			} else {
				damaged.add("#" + backup.id() + " " + result.state() + ": " + result.problem());
			}
		}
		if (!damaged.isEmpty()) {
			return StepResult.failed(String.join("; ", damaged));
		}
		return StepResult.succeeded(backups.size() + " backup(s) intact: checksum and every zstd frame");
	}
}
