package id.cadang.notify.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What happened, for the people holding {@code roles} of {@code sop} in {@code binding}.
 *
 * @param kind         TASK_OPENED, STEP_FAILED, RUN_FAILED, DEVIATION, ALERT or TEST
 * @param roles        the role ids whose holders are told
 * @param roleNames    the roles as the SOP names them
 * @param due          when the task is due by its time standard
 * @param standard     the time standard as the SOP writes it, e.g. "15 Menit"
 * @param detail       the error, deviation or alert text
 * @param answer       what completing the task needs besides --as, e.g. " --answer ya|tidak"
 * @param returnReason why the task was sent back to this step
 */
record Notice(Kind kind, Long runId, Long taskId, String sop, String sopNumber, String binding, String stepNumber,
		String activity, List<String> roles, String roleNames, Optional<Instant> due, Optional<String> standard,
		ZoneId zone, Optional<String> detail, String answer, Optional<String> returnReason) {

	enum Kind {
		TASK_OPENED, STEP_FAILED, RUN_FAILED, DEVIATION, ALERT, TEST
	}

	Notice {
		roles = List.copyOf(roles);
	}
}
