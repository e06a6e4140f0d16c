package id.cadang.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A folder on a removable medium named by its filesystem label or UUID, as a binding writes it:
 * {@code media://label/BACKUP-PTIK/cadang} or {@code media://uuid/1b2c-3d4e/cadang} (a label with spaces
 * percent-encoded, {@code %20}). The folder may be empty: the medium's root.
 *
 * @param byUuid whether {@code id} is a UUID (else a label)
 * @param id     the label or UUID
 * @param folder the folder below the mount point, without leading or trailing '/'; "" for the root
 */
public record MediaLocation(boolean byUuid, String id, String folder) {
	public static final String SCHEME = "media://";

	public MediaLocation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(folder, "folder");
		if (id.isEmpty() || id.contains("/") || id.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("media " + (byUuid ? "UUID" : "label") + " '" + id + "' is not valid");
		}
		for (String part : folder.split("/", -1)) {
			if (!folder.isEmpty() && (part.isEmpty() || part.equals(".") || part.equals(".."))) {
				throw new IllegalArgumentException("folder '" + folder + "' on media " + id
						+ " is not a plain relative path: use media://label/LABEL/folder/below");
			}
		}
	}

	public static boolean isMedia(String value) {
		return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	/** @throws IllegalArgumentException naming the value and the form it must take */
	public static MediaLocation parse(String value) {
		String rest = value.strip().substring(SCHEME.length());
		String[] parts = rest.split("/", 3);
		if (parts.length < 2 || !(parts[0].equalsIgnoreCase("label") || parts[0].equalsIgnoreCase("uuid"))
				|| parts[1].isEmpty()) {
			throw new IllegalArgumentException("target '" + value + "' does not name a medium: bind "
					+ "target=media://label/LABEL/folder or target=media://uuid/UUID/folder (see: findmnt -o TARGET,LABEL,UUID)");
		}
		boolean uuid = parts[0].equalsIgnoreCase("uuid");
		String id = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
		String folder = parts.length == 3 ? parts[2].replaceAll("/+$", "") : "";
		return new MediaLocation(uuid, uuid ? id.toLowerCase(Locale.ROOT) : id, folder);
	}

	/** {@code label BACKUP-PTIK} or {@code UUID 1b2c-3d4e}, for messages. */
	public String describe() {
		return (byUuid ? "UUID " : "label ") + id;
	}

	@Override
	public String toString() {
		return SCHEME + (byUuid ? "uuid/" : "label/") + id.replace(" ", "%20") + (folder.isEmpty() ? "" : "/" + folder);
	}
}
