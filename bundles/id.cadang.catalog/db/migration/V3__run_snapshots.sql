-- Cadang catalog, schema version 3: the SOP model each run started with, so that a run keeps (and an auditor
-- can read) the SOP version it followed even after a newer plug-in replaced it.

CREATE TABLE run_snapshots (
	run_id BIGINT NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
	sop_version VARCHAR(200) NOT NULL,
	xmi BLOB NOT NULL
);
