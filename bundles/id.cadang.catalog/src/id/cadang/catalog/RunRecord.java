package id.cadang.catalog;

import java.time.Instant;

public record RunRecord(long id, String sop, String procedure, String binding, RunStatus status, Instant started,
		Instant finished, String error) {
}
