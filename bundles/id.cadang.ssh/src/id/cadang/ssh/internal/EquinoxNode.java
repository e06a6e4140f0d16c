package id.cadang.ssh.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The one place that touches Equinox secure storage, so that a runtime without it fails only when a secret
 * is really needed, with a clear message, never while classes load. Names are URL-encoded into keys
 * (a secure-preferences key may not hold '/').
 */
public final class EquinoxNode {
	private final ISecurePreferences node;

	private EquinoxNode(ISecurePreferences node) {
		this.node = node;
	}

	/** Opens {@code storage} with {@code password} (the default password: no prompt, no keyring) at {@code nodePath}. */
	public static EquinoxNode open(Path storage, char[] password, String nodePath) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences root = SecurePreferencesFactory.open(storage.toUri().toURL(), options);
		if (root == null) {
			throw new IOException("Equinox secure storage did not open " + storage);
		}
		return new EquinoxNode(root.node(nodePath));
	}

	public Optional<String> get(String name) throws IOException {
		try {
			return Optional.ofNullable(node.get(encode(name), null));
		} catch (StorageException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Stores encrypted and saves the file. */
	public void put(String name, String value) throws IOException {
		try {
			node.put(encode(name), value, true);
		} catch (StorageException e) {
			throw new IOException(e.getMessage(), e);
		}
		node.flush();
	}

	public List<String> names() {
		return Arrays.stream(node.keys()).map(k -> URLDecoder.decode(k, StandardCharsets.UTF_8)).sorted().toList();
	}

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}
}
