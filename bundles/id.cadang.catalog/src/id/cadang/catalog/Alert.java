package id.cadang.catalog;

import java.time.Instant;

/**
 * Something an admin must look at, open until {@code closed}.
 *
 * @param kind    e.g. {@code schedule.missed}, {@code slot.stale}
 * @param subject what it is about, e.g. {@code binding/simpeg/db}
 */
public record Alert(long id, String kind, String subject, String message, Instant raised, Instant closed) {

	public boolean open() {
		return closed == null;
	}
}
