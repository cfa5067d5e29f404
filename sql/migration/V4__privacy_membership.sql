-- Erasure requests (AVG art. 17): asked by the person, carried out after staff confirm. No foreign
-- key on account_id: MariaDB allows no generated column over a SET NULL key, and carrying out the
-- request clears account_id itself before the account goes.
CREATE TABLE erasure_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NULL,
    person_label VARCHAR(300) NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    decided_by   VARCHAR(254) NULL,
    decided_at   DATETIME(6)  NULL,
    -- one open request per account
    open_key     BIGINT AS (IF(status = 'REQUESTED', account_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_erasure_request_open UNIQUE (open_key),
    CONSTRAINT ck_erasure_request_status CHECK (status IN ('REQUESTED', 'DONE', 'REJECTED')),
    CONSTRAINT ck_erasure_request_decided CHECK (status = 'REQUESTED' OR decided_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contact person of a rayon gets this scoped role; what they may manage is limited to their rayon.
ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role
    CHECK (role IN ('MEMBER', 'AUDITOR', 'STAFF', 'ADMIN', 'RAYON_CONTACT'));
