-- Attendance and evaluation: when a registrant was invited to evaluate the event, so the hourly
-- invitation run mails each attendee once, whichever node runs it.
ALTER TABLE registration ADD COLUMN evaluation_invited_at DATETIME(6) NULL;
