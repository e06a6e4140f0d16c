package id.cadang.catalog;

import java.util.Optional;

/**
 * How a binding's service is stopped, started and checked around a restore (Trenggalek step 2 and 4).
 *
 * @param binding the binding
 * @param stop    the command that stops the service ({@code systemctl stop simpeg}), run by {@code sh -c}, or null
 * @param start   the command that starts it again, or null
 * @param health  an {@code http://} or {@code https://} URL that answers 2xx or 3xx once the service is up, or a
 *                command that exits 0 then; or null
 * @param ssh     {@code user@host:port} where the commands run, or null for this computer
 */
public record ServiceControl(String binding, String stop, String start, String health, String ssh) {

	public Optional<String> stopCommand() {
		return Optional.ofNullable(stop).filter(s -> !s.isBlank());
	}

	public Optional<String> startCommand() {
		return Optional.ofNullable(start).filter(s -> !s.isBlank());
	}

	public Optional<String> healthCheck() {
		return Optional.ofNullable(health).filter(s -> !s.isBlank());
	}

	public Optional<String> sshAddress() {
		return Optional.ofNullable(ssh).filter(s -> !s.isBlank());
	}
}
