package id.cadang.catalog;

/**
 * Which backups to list; null fields do not filter.
 *
 * @param sop    SOP id
 * @param source a binding name or a slot name
 * @param status a status
 */
public record BackupQuery(String sop, String source, BackupStatus status) {
	public static BackupQuery all() {
		return new BackupQuery(null, null, null);
	}
}
