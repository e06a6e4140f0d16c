package id.cadang.catalog;

/** A backup is GOOD only once its file is durable and its checksum recorded. */
public enum BackupStatus {
	RUNNING, GOOD, FAILED
}
