package id.cadang.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A restore request (the SOP's restore request form) and what became of it.
 *
 * @param id             catalog id; 0 before it is filed
 * @param binding        the binding whose data is to be restored
 * @param slot           the slot of that binding (a database or a folder)
 * @param application    the application, as the requester names it
 * @param data           which data is damaged
 * @param damage         what is damaged, in the requester's words
 * @param pointInTime    the wanted point in time ({@code 2026-03-02} or {@code 2026-03-02T08:00}), or null for the latest
 * @param requester      who filed it
 * @param status         where it stands
 * @param approver       who approved or returned it, or null
 * @param reason         why it was returned, or null
 * @param backupId       the backup restored, once chosen
 * @param destination    where to restore when not the original place (another database or folder), or null
 * @param safetyBackupId the backup of the state before the restore, once taken
 * @param outcome        what happened, in sentences, or null
 * @param confirmedBy    who confirmed the restored data, or null
 * @param created        when it was filed
 * @param updated        when it last changed
 */
public record RestoreRequest(long id, String binding, String slot, String application, String data, String damage,
		String pointInTime, String requester, RestoreStatus status, String approver, String reason, Long backupId,
		String destination, Long safetyBackupId, String outcome, String confirmedBy, Instant created, Instant updated) {

	public RestoreRequest {
		Objects.requireNonNull(binding, "binding");
		Objects.requireNonNull(slot, "slot");
		Objects.requireNonNull(requester, "requester");
		Objects.requireNonNull(status, "status");
	}

	/** A new request, REQUESTED now. */
	public static RestoreRequest file(String binding, String slot, String application, String data, String damage,
			String pointInTime, String destination, String requester, Instant now) {
		return new RestoreRequest(0, binding, slot, application, data, damage, pointInTime, requester,
				RestoreStatus.REQUESTED, null, null, null, destination, null, null, null, now, now);
	}

	public Optional<String> destinationIfOther() {
		return Optional.ofNullable(destination).filter(d -> !d.isBlank());
	}

	public RestoreRequest withStatus(RestoreStatus next, Instant now) {
		return new RestoreRequest(id, binding, slot, application, data, damage, pointInTime, requester, next, approver,
				reason, backupId, destination, safetyBackupId, outcome, confirmedBy, created, now);
	}

	public RestoreRequest decided(RestoreStatus next, String by, String why, Instant now) {
		return new RestoreRequest(id, binding, slot, application, data, damage, pointInTime, requester, next, by, why,
				backupId, destination, safetyBackupId, outcome, confirmedBy, created, now);
	}

	public RestoreRequest withBackups(Long backup, Long safety, Instant now) {
		return new RestoreRequest(id, binding, slot, application, data, damage, pointInTime, requester, status, approver,
				reason, backup, destination, safety, outcome, confirmedBy, created, now);
	}

	public RestoreRequest ended(RestoreStatus next, String what, Instant now) {
		return new RestoreRequest(id, binding, slot, application, data, damage, pointInTime, requester, next, approver,
				reason, backupId, destination, safetyBackupId, what, confirmedBy, created, now);
	}

	public RestoreRequest confirmed(String by, Instant now) {
		return new RestoreRequest(id, binding, slot, application, data, damage, pointInTime, requester,
				RestoreStatus.CONFIRMED, approver, reason, backupId, destination, safetyBackupId, outcome, by, created, now);
	}
}
