package id.cadang.catalog;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actor   who did it: a user name, or {@code cadang} for the program itself
 * @param action  what was done, e.g. {@code binding.save}
 * @param subject what it was done to, e.g. a binding name or {@code backup:42}
 * @param detail  free text, or null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
