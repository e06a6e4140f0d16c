package id.cadang.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.BackupVerifier;
import id.cadang.storage.MediaLocation;
import id.cadang.storage.MediaNotPresentException;
import id.cadang.storage.MediaTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.RemovableMedia;
import id.cadang.storage.Targets;
import id.cadang.storage.WrittenBackup;

/**
 * IAIN Pontianak's removable medium, for real: an ext4 filesystem with a label in an image file, mounted
 * through a loop device (needs root and loop devices), found by label and by UUID, written to, then
 * unmounted: "not present" with the reason.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RemovableMediaTest {
	@TempDir
	Path temp;

	@Test
	void aMountedMediumIsFoundByLabelAndUuidTakesABackupAndIsNotPresentOnceUnmounted() throws Exception {
		Assumptions.assumeTrue(Commands.isRoot(), "mounting a loop device needs root");
		String label = "CDG-" + Long.toHexString(System.nanoTime() & 0xffffff).toUpperCase();
		Path image = temp.resolve("usb.img");
		Path mountPoint = Files.createDirectories(temp.resolve("media usb"));
		Commands.run("truncate", "-s", "16M", image.toString());
		Commands.run("mkfs.ext4", "-q", "-L", label, image.toString());
		String uuid = Commands.run("blkid", "-s", "UUID", "-o", "value", image.toString()).strip();
		Process mount = new ProcessBuilder("mount", "-o", "loop", image.toString(), mountPoint.toString())
				.redirectErrorStream(true).start();
		String mountOutput = new String(mount.getInputStream().readAllBytes());
		Assumptions.assumeTrue(mount.waitFor() == 0, "this machine cannot mount a loop device: " + mountOutput);
		boolean mounted = true;
		try {
			String device = Commands.run("findmnt", "-n", "-o", "SOURCE", mountPoint.toString()).strip();
			Files.createDirectories(mountPoint.resolve("cadang"));

			// without udev: findmnt answers
			RemovableMedia noUdev = new RemovableMedia(temp.resolve("no-dev-disk"), Path.of("/proc/self/mountinfo"));
			assertEquals(mountPoint, noUdev.mountPoint(MediaLocation.parse("media://label/" + label)));
			assertEquals(mountPoint.resolve("cadang"), noUdev.folder(MediaLocation.parse("media://uuid/" + uuid.toUpperCase() + "/cadang")));

			// with udev's links: the device they name, found in mountinfo (the mount point has a space: \040 there)
			Path devDisk = temp.resolve("dev-disk");
			Files.createDirectories(devDisk.resolve("by-label"));
			Files.createDirectories(devDisk.resolve("by-uuid"));
			Files.createSymbolicLink(devDisk.resolve("by-label").resolve(label), Path.of(device));
			Files.createSymbolicLink(devDisk.resolve("by-uuid").resolve(uuid), Path.of(device));
			RemovableMedia udev = new RemovableMedia(devDisk, Path.of("/proc/self/mountinfo"));
			assertEquals(mountPoint, udev.mountPoint(MediaLocation.parse("media://label/" + label)));
			assertEquals(mountPoint, udev.mountPoint(MediaLocation.parse("media://uuid/" + uuid)));
			MediaNotPresentException other = assertThrows(MediaNotPresentException.class,
					() -> udev.mountPoint(MediaLocation.parse("media://label/NOT-" + label)));
			assertTrue(other.getMessage().contains("is not plugged in"), other.getMessage());

			// a binding's target, as copy-to-target and the SOP use it
			BackupTarget target = Targets.forBinding("media://label/" + label + "/cadang", temp.resolve("home"));
			assertInstanceOf(MediaTarget.class, target);
			target.check();
			Path data = temp.resolve("data.txt");
			Files.writeString(data, "siakad ".repeat(10000));
			WrittenBackup written = target.write(new BackupRequest("iainptk", "siakad", "db", "siakad/siakad.sql.zst"),
					new ProcessSource("cat", data.toString()), ProgressListener.NONE);
			assertEquals(mountPoint.resolve("cadang/siakad/siakad.sql.zst"), written.file());
			assertTrue(BackupVerifier.verifyAgainstManifest(written.file()).ok());

			Commands.run("umount", mountPoint.toString());
			mounted = false;

			MediaNotPresentException gone = assertThrows(MediaNotPresentException.class, target::check);
			assertTrue(gone.getMessage().contains("label " + label), gone.getMessage());
			MediaNotPresentException pluggedNotMounted = assertThrows(MediaNotPresentException.class,
					() -> udev.mountPoint(MediaLocation.parse("media://label/" + label)));
			assertTrue(pluggedNotMounted.getMessage().contains("not mounted"), pluggedNotMounted.getMessage());
			assertThrows(MediaNotPresentException.class, () -> target.write(new BackupRequest("iainptk", "siakad", "db",
					"siakad/siakad-2.sql.zst"), new ProcessSource("cat", data.toString()), ProgressListener.NONE));
		} finally {
			if (mounted) {
				Commands.run("umount", mountPoint.toString());
			}
		}
	}

	@Test
	void aMediaTargetNeedsALabelOrUuid() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Targets.forBinding("media://serial/" + UUID.randomUUID(), temp));
		assertTrue(e.getMessage().contains("media://label/LABEL/folder"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> MediaLocation.parse("media://label/USB/../etc"));
		assertEquals("label BACKUP PTIK", MediaLocation.parse("media://label/BACKUP%20PTIK/x").describe());
	}
}
