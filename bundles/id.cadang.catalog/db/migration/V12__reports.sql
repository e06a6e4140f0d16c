-- Cadang catalog, schema version 12: reports (weekly log, Berita Acara, forms, compliance) with their
-- revisions. A report sent back for correction keeps its revision and gets a new one; an accepted revision
-- is immutable: its bytes, SHA-256 and the place its archived copy was stored stay as they were.

CREATE TABLE reports (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(40) NOT NULL,
	subject VARCHAR(200) NOT NULL,
	revision INTEGER NOT NULL,
	run_id BIGINT REFERENCES runs (id) ON DELETE SET NULL,
	sop VARCHAR(200) NOT NULL,
	binding VARCHAR(200),
	status VARCHAR(20) NOT NULL,
	file_name VARCHAR(400) NOT NULL,
	content BLOB NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by VARCHAR(200) NOT NULL,
	decided_at TIMESTAMP WITH TIME ZONE,
	decided_by VARCHAR(200),
	note VARCHAR(4000),
	archived_at VARCHAR(4000),
	CONSTRAINT reports_revision UNIQUE (kind, subject, revision)
);

CREATE INDEX reports_subject ON reports (kind, subject);
