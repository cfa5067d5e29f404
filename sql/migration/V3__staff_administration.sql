-- Staff administration of persons and organisations: the database refuses what the forms, the
-- API and the CSV import refuse, and has the indexes the staff lists filter and sort on.

-- A person has a name; an email address has the shape the portal stores (lower case, checked in V2).
ALTER TABLE person
    ADD CONSTRAINT ck_person_first_name CHECK (CHAR_LENGTH(TRIM(first_name)) > 0),
    ADD CONSTRAINT ck_person_email_shape CHECK (email IS NULL OR email LIKE '%_@_%._%'),
    ADD CONSTRAINT ck_person_phone CHECK (phone IS NULL OR phone REGEXP '^[+0-9][0-9 ()-]{5,29}$'),
    ADD INDEX ix_person_status (status, last_name, first_name),
    ADD INDEX ix_person_email_prefix (email(40));

-- An organisation has a name; Dutch postal codes as 1234 AB; a merged organisation points elsewhere.
ALTER TABLE organisation
    ADD CONSTRAINT ck_organisation_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    ADD CONSTRAINT ck_organisation_postal_code CHECK (postal_code IS NULL OR postal_code REGEXP '^[1-9][0-9]{3} [A-Z]{2}$'),
    ADD INDEX ix_organisation_status_name (status, name);

-- Lists filter on a person's current work by job and organisation.
ALTER TABLE employment
    ADD INDEX ix_employment_job (job, end_date);

-- An audit entry always says who did what.
ALTER TABLE audit_entry
    ADD CONSTRAINT ck_audit_entry_actor CHECK (CHAR_LENGTH(TRIM(actor)) > 0),
    ADD CONSTRAINT ck_audit_entry_action CHECK (CHAR_LENGTH(TRIM(action)) > 0);
