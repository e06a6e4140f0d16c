package id.cadang.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who does human steps.
 *
 * @param name     the login-like name given with {@code --as}, e.g. {@code budi}
 * @param fullName the full name as on the minutes, or null
 * @param nip      the civil servant number (NIP), or null
 * @param contact  an e-mail address or phone number, or null
 */
public record User(String name, String fullName, String nip, String contact, Instant created) {
	public User {
		Objects.requireNonNull(name, "a user needs a name");
		Objects.requireNonNull(created, "user " + name + " needs its creation time");
	}
}
