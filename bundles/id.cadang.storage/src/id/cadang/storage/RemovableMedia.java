package id.cadang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Finds where a removable medium is mounted, by filesystem label or UUID. With udev, the medium's
 * {@code /dev/disk/by-label} or {@code by-uuid} link names its device, and {@code /proc/self/mountinfo}
 * where that device is mounted (by device path or major:minor). Without udev (no {@code /dev/disk}, as in
 * containers), {@code findmnt -J -l -o TARGET,SOURCE,LABEL,UUID} answers. Not plugged in and not mounted
 * are both "not present", with the reason.
 */
public final class RemovableMedia {
	private final Path devDisk;
	private final Path mountinfo;

	/**
	 * @param devDisk   {@code /dev/disk}, with {@code by-label} and {@code by-uuid}
	 * @param mountinfo {@code /proc/self/mountinfo}
	 */
	public RemovableMedia(Path devDisk, Path mountinfo) {
		this.devDisk = devDisk;
		this.mountinfo = mountinfo;
	}

	/** This computer's. */
	public static RemovableMedia system() {
		return new RemovableMedia(Path.of("/dev/disk"), Path.of("/proc/self/mountinfo"));
	}

	/**
	 * The folder the location names on the mounted medium.
	 *
	 * @throws MediaNotPresentException when the medium is not plugged in or not mounted, saying which
	 * @throws TargetException          when the system cannot be asked (no mountinfo, no findmnt)
	 */
	public Path folder(MediaLocation location) throws TargetException {
		Path mountPoint = mountPoint(location);
		return location.folder().isEmpty() ? mountPoint : mountPoint.resolve(location.folder());
	}

	/** Where the medium is mounted; see {@link #folder}. */
	public Path mountPoint(MediaLocation location) throws TargetException {
		Path links = devDisk.resolve(location.byUuid() ? "by-uuid" : "by-label");
		if (Files.isDirectory(links)) {
			return throughUdev(location, links);
		}
		return throughFindmnt(location);
	}

	private Path throughUdev(MediaLocation location, Path links) throws TargetException {
		Path link = links.resolve(location.byUuid() ? location.id() : udevEscape(location.id()));
		if (!Files.exists(link)) {
			throw notPlugged(location);
		}
		try {
			Path device = link.toRealPath();
			String majorMinor = majorMinor(device).orElse("");
			for (String line : Files.readAllLines(mountinfo, StandardCharsets.UTF_8)) {
				String[] f = line.split(" ");
				int dash = List.of(f).indexOf("-");
				if (f.length < 5 || dash < 0 || dash + 2 >= f.length) {
					continue;
				}
				if (f[2].equals(majorMinor) || unescape(f[dash + 2]).equals(device.toString())) {
					return Path.of(unescape(f[4]));
				}
			}
		} catch (IOException e) {
			throw new TargetException("cannot read " + mountinfo + " to find where " + location.describe() + " is mounted: "
					+ e.getMessage(), e);
		}
		throw notMounted(location, link);
	}

	private Path throughFindmnt(MediaLocation location) throws TargetException {
		String json = findmnt();
		boolean seen = false;
		for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("filesystems")) {
			JsonObject fs = element.getAsJsonObject();
			String value = text(fs, location.byUuid() ? "uuid" : "label");
			if (location.byUuid() ? location.id().equalsIgnoreCase(value) : location.id().equals(value)) {
				seen = true;
				String target = text(fs, "target");
				if (!target.isEmpty()) {
					return Path.of(target);
				}
			}
		}
		throw seen ? notMounted(location, Path.of("findmnt")) : new MediaNotPresentException("the storage medium with "
				+ location.describe() + " is not mounted on this computer (findmnt lists none): plug it in and mount it, or"
				+ " check its name with: findmnt -o TARGET,LABEL,UUID");
	}

	private static String findmnt() throws TargetException {
		List<String> command = List.of("findmnt", "-J", "-l", "-o", "TARGET,SOURCE,LABEL,UUID");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
					.start();
			byte[] out;
			try (InputStream in = process.getInputStream()) {
				out = in.readAllBytes();
			}
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new TargetException("findmnt did not answer within 30 s");
			}
			String text = new String(out, StandardCharsets.UTF_8);
			if (process.exitValue() != 0 && !text.strip().startsWith("{")) {
				throw new TargetException("findmnt failed (exit " + process.exitValue() + "): " + text.strip());
			}
			return text.isBlank() ? "{\"filesystems\": []}" : text;
		} catch (IOException e) {
			throw new TargetException("there is no /dev/disk and findmnt cannot run (" + e.getMessage()
					+ "): install util-linux to find storage media by label or UUID", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TargetException("interrupted while asking findmnt for storage media");
		}
	}

	private static String text(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e == null || e.isJsonNull() ? "" : e.getAsString();
	}

	private static Optional<String> majorMinor(Path device) {
		try {
			long rdev = ((Number) Files.getAttribute(device, "unix:rdev")).longValue();
			long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
			long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
			return Optional.of(major + ":" + minor);
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			return Optional.empty();
		}
	}

	/** udev's name for a label in by-label: bytes outside {@code [A-Za-z0-9#+-.:=@_]} as {@code \xHH}. */
	static String udevEscape(String label) {
		StringBuilder b = new StringBuilder();
		for (byte x : label.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (x & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "#+-.:=@_".indexOf(c) >= 0
					|| (x & 0x80) != 0) {
				b.append((char) (x & 0xff));
			} else {
				b.append(String.format("\\x%02x", x & 0xff));
			}
		}
		return new String(b.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	/** mountinfo's octal escapes ({@code \040} for a space). */
	private static String unescape(String field) {
		if (field.indexOf('\\') < 0) {
			return field;
		}
		List<Byte> bytes = new ArrayList<>();
		byte[] raw = field.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == '\\' && i + 3 < raw.length) {
				try {
					bytes.add((byte) Integer.parseInt(new String(raw, i + 1, 3, StandardCharsets.US_ASCII), 8));
					i += 3;
					continue;
				} catch (NumberFormatException | IndexOutOfBoundsException e) {
					// not an escape: keep the backslash
				}
			}
			bytes.add(raw[i]);
		}
		byte[] out = new byte[bytes.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = bytes.get(i);
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	private static MediaNotPresentException notPlugged(MediaLocation location) {
		return new MediaNotPresentException("the storage medium with " + location.describe()
				+ " is not plugged in: plug it in (and mount it), or check its name with: findmnt -o TARGET,LABEL,UUID");
	}

	private static MediaNotPresentException notMounted(MediaLocation location, Path device) {
		return new MediaNotPresentException("the storage medium with " + location.describe() + " is plugged in (" + device
				+ ") but not mounted: mount it (udisksctl mount -b <device>, or mount <device> /media/backup)");
	}
}
