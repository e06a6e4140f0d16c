-- Cadang catalog, schema version 4: the audit trail becomes a hash chain. Each entry carries the hash of
-- the one before and its own; audit_head holds the newest hash, so a changed, removed or appended-behind-
-- our-back entry shows when the chain is checked. Entries written before version 4 are sealed by the
-- catalog on open, in id order.

ALTER TABLE audit ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit ADD COLUMN hash VARCHAR(64);
CREATE TABLE audit_head (
	id INT PRIMARY KEY,
	last_id BIGINT NOT NULL,
	hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_id, hash) VALUES (1, 0, '');
