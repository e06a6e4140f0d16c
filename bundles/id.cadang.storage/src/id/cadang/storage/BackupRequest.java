package id.cadang.storage;

/**
 * Which backup is being written: the names that go into the manifest and the file name.
 *
 * @param sop          the SOP id ({@code buleleng})
 * @param binding      the binding name ({@code simpeg})
 * @param slot         the slot of the binding ({@code db}, {@code app})
 * @param relativePath the path of the final file under the target root, including its extension,
 *                     for example {@code buleleng/simpeg/db/buleleng-simpeg-db-20261121-020000.dump.zst},
 *                     as {@link BackupNames#relativePath} makes it
 */
public record BackupRequest(String sop, String binding, String slot, String relativePath) {
}
