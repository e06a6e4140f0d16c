package id.cadang.retention;

import java.util.Objects;

/**
 * A disagreement between the catalog and a target.
 *
 * @param kind     what disagrees
 * @param target   the target's location, or {@value RetentionPlanner#UNKNOWN_PLACE}
 * @param location the file's or row's location, as the catalog writes it
 * @param backupId the catalog row, when there is one
 * @param detail   more, in a sentence, or empty
 */
public record Finding(Kind kind, String target, String location, Long backupId, String detail) {

	public Finding {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(detail, "detail");
	}

	/** What disagrees. */
	public enum Kind {
		/** A GOOD row whose file is not on its target. */
		ROW_WITHOUT_FILE,
		/** A GOOD row whose location is on none of the binding's targets. */
		ROW_ON_NO_TARGET,
		/** A backup file no GOOD row names. */
		FILE_WITHOUT_ROW,
		/** A backup file without the manifest beside it. */
		FILE_WITHOUT_MANIFEST,
		/** A manifest without its backup file. */
		MANIFEST_WITHOUT_FILE,
		/** A {@code .part} file no running backup writes: left by a write that was cut off. */
		PARTIAL_FILE,
		/** A target that could not be listed. */
		TARGET_UNREACHABLE,
		/** A file without a row that {@code --rebuild} could not catalogue, with the reason. */
		NOT_REBUILT
	}
}
