-- Why the sender paused an edition by itself (e.g. the SMTP server refuses the sender), for staff;
-- cleared on resume.
ALTER TABLE nl_edition ADD COLUMN paused_reason VARCHAR(500) NULL;
