package id.cadang.storage.internal;

import java.util.Optional;

import id.cadang.storage.SourceResult;

/**
 * What one pass wrote: bytes read from the source, bytes stored, SHA-256 of the stored bytes, and the
 * source's report (empty for a copy of a stored file).
 */
public record Streamed(long sourceBytes, long storedBytes, String sha256, Optional<SourceResult> result) {
}
