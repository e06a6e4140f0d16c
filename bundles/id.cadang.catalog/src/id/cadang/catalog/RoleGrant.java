package id.cadang.catalog;

import java.util.Objects;

/**
 * A user holds a role of an SOP, for one binding or for all of them.
 *
 * @param binding a binding name, or the empty string for every binding of the SOP
 * @param role    the role's id in the SOP model, e.g. {@code kepala-ptid}
 */
public record RoleGrant(String user, String sop, String binding, String role) {
	public RoleGrant {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(sop, "sop");
		Objects.requireNonNull(role, "role");
		binding = binding == null ? "" : binding;
	}

	/** Whether this grant covers {@code role} of {@code sop} in {@code binding}. */
	public boolean covers(String sop, String binding, String role) {
		return this.sop.equals(sop) && this.role.equals(role) && (this.binding.isEmpty() || this.binding.equals(binding));
	}
}
