package id.cadang.catalog;

/**
 * A backup is GOOD only once its file is durable and its checksum recorded. DELETED: retention or an admin removed
 * its file (the row stays, with the status it had before).
 */
public enum BackupStatus {
	RUNNING, GOOD, FAILED, DELETED
}
