-- Cadang catalog, schema version 7: retention. A backup that retention (or an admin) deleted stays in the
-- catalog as DELETED, with when, by whom and the status it had before, so the history an auditor reads keeps
-- every backup ever taken. retention_overrides holds a site's own policy for a binding (slot '*': every slot),
-- which wins over the retention rules of the binding's SOP.

ALTER TABLE backups ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE backups ADD COLUMN deleted_by VARCHAR(100);
ALTER TABLE backups ADD COLUMN status_before_delete VARCHAR(20);

CREATE TABLE retention_overrides (
	binding VARCHAR(200) NOT NULL,
	slot VARCHAR(200) NOT NULL,
	kind VARCHAR(40) NOT NULL,
	keep_last INTEGER NOT NULL,
	daily INTEGER NOT NULL,
	weekly INTEGER NOT NULL,
	monthly INTEGER NOT NULL,
	yearly INTEGER NOT NULL,
	set_at TIMESTAMP WITH TIME ZONE NOT NULL,
	set_by VARCHAR(100) NOT NULL,
	PRIMARY KEY (binding, slot)
);
