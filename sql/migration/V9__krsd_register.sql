-- KRSD, the quality register: registrants collect accredited points over a registration period.
-- The rules are data (a register scheme), so a changed norm is a row, not a release.

-- External training providers request accreditation and upload attendance lists.
ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role
    CHECK (role IN ('MEMBER', 'AUDITOR', 'STAFF', 'ADMIN', 'RAYON_CONTACT', 'PROVIDER'));

CREATE TABLE register_scheme (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    code             VARCHAR(20)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    number_prefix    VARCHAR(10)   NOT NULL,
    period_years     INT           NOT NULL,
    norm_points      DECIMAL(6, 1) NOT NULL,
    points_per_hour  DECIMAL(4, 2) NOT NULL,
    -- NULL: each registrant's period starts on approval. A date: everyone shares periods that start
    -- there every period_years, and someone who joins mid-period gets a pro-rata norm if pro_rata.
    cohort_start     DATE          NULL,
    pro_rata         BOOLEAN       NOT NULL,
    annual_fee       DECIMAL(8, 2) NULL,
    code_of_conduct  TEXT          NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_register_scheme_code UNIQUE (code),
    CONSTRAINT ck_register_scheme_rules CHECK (period_years BETWEEN 1 AND 10 AND norm_points > 0
        AND points_per_hour > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Categories of points: a minimum that must be reached, a cap above which points do not count.
CREATE TABLE register_category (
    scheme_id   BIGINT        NOT NULL,
    code        VARCHAR(10)   NOT NULL,
    name_nl     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    min_points  DECIMAL(6, 1) NULL,
    cap_points  DECIMAL(6, 1) NULL,
    position    INT           NOT NULL,
    PRIMARY KEY (scheme_id, code),
    CONSTRAINT fk_register_category_scheme FOREIGN KEY (scheme_id) REFERENCES register_scheme (id),
    CONSTRAINT ck_register_category_points CHECK ((min_points IS NULL OR min_points >= 0)
        AND (cap_points IS NULL OR cap_points > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A professional in the register (from the application on). The number is given on approval.
CREATE TABLE registrant (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    scheme_id            BIGINT       NOT NULL,
    -- NULL once the person was erased (AVG): the register keeps the anonymised history
    account_id           BIGINT       NULL,
    registration_number  VARCHAR(20)  NULL,
    first_name           VARCHAR(100) NOT NULL,
    last_name            VARCHAR(150) NOT NULL,
    job                  VARCHAR(30)  NOT NULL,
    employer             VARCHAR(200) NOT NULL,
    organisation_id      BIGINT       NULL,
    status               VARCHAR(20)  NOT NULL,
    conduct_text         TEXT         NOT NULL,
    conduct_accepted_at  DATETIME(6)  NOT NULL,
    applied_at           DATETIME(6)  NOT NULL,
    decided_at           DATETIME(6)  NULL,
    decided_by           VARCHAR(254) NULL,
    decision_reason      TEXT         NULL,
    show_employer        BOOLEAN      NOT NULL DEFAULT FALSE,
    show_job             BOOLEAN      NOT NULL DEFAULT FALSE,
    certificate_code     CHAR(24)     NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_registrant_account UNIQUE (scheme_id, account_id),
    CONSTRAINT uq_registrant_number UNIQUE (registration_number),
    CONSTRAINT uq_registrant_certificate UNIQUE (certificate_code),
    CONSTRAINT fk_registrant_scheme FOREIGN KEY (scheme_id) REFERENCES register_scheme (id),
    CONSTRAINT fk_registrant_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_registrant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_registrant_status CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'EXPIRED',
        'STRUCK_OFF', 'REJECTED')),
    CONSTRAINT ck_registrant_number CHECK (status IN ('APPLIED', 'REJECTED') OR registration_number IS NOT NULL),
    INDEX ix_registrant_name (last_name, first_name),
    INDEX ix_registrant_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A registration period with its own norm (pro-rata applied when it was opened).
CREATE TABLE register_period (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    registrant_id     BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    original_ends_on  DATE          NOT NULL,
    -- share of the full period this registrant has (1 = full); norm, minimums and caps scale by it
    norm_factor       DECIMAL(5, 4) NOT NULL,
    norm_points       DECIMAL(6, 1) NOT NULL,
    outcome           VARCHAR(20)   NULL,
    decided_at        DATETIME(6)   NULL,
    decided_by        VARCHAR(254)  NULL,
    decision_reason   TEXT          NULL,
    reminder_6m_at    DATETIME(6)   NULL,
    reminder_1m_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_period_seq UNIQUE (registrant_id, seq),
    CONSTRAINT uq_period_registrant UNIQUE (id, registrant_id),
    CONSTRAINT fk_period_registrant FOREIGN KEY (registrant_id) REFERENCES registrant (id),
    CONSTRAINT ck_period_dates CHECK (ends_on > starts_on AND ends_on >= original_ends_on),
    CONSTRAINT ck_period_norm CHECK (norm_factor > 0 AND norm_factor <= 1 AND norm_points > 0),
    CONSTRAINT ck_period_outcome CHECK (outcome IS NULL OR outcome IN ('RENEWED', 'EXTENDED', 'SUSPENDED')),
    INDEX ix_period_ends (ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Objections (bezwaar) against a re-registration decision.
CREATE TABLE register_objection (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    period_id       BIGINT       NOT NULL,
    received_on     DATE         NOT NULL,
    text            TEXT         NOT NULL,
    recorded_by     VARCHAR(254) NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    outcome         VARCHAR(20)  NULL,
    outcome_reason  TEXT         NULL,
    decided_by      VARCHAR(254) NULL,
    decided_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_objection_period FOREIGN KEY (period_id) REFERENCES register_period (id),
    CONSTRAINT ck_objection_outcome CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'DISMISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded files (evidence, accreditation documents): in the database, never in the web root.
CREATE TABLE register_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    owner_account_id  BIGINT       NULL,
    filename          VARCHAR(200) NOT NULL,
    content_type      VARCHAR(50)  NOT NULL,
    size_bytes        INT          NOT NULL,
    content           MEDIUMBLOB   NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_register_file_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT ck_register_file_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalogue: accredited activities, and the requests that lead to them.
CREATE TABLE accredited_activity (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    scheme_id             BIGINT        NOT NULL,
    accreditation_number  VARCHAR(30)   NULL,
    title                 VARCHAR(300)  NOT NULL,
    provider_name         VARCHAR(200)  NOT NULL,
    provider_account_id   BIGINT        NULL,
    event_id              BIGINT        NULL,
    description           TEXT          NULL,
    programme             TEXT          NULL,
    hours                 DECIMAL(5, 1) NULL,
    trainers              VARCHAR(500)  NULL,
    category              VARCHAR(10)   NULL,
    points                DECIMAL(5, 1) NULL,
    valid_from            DATE          NULL,
    valid_to              DATE          NULL,
    status                VARCHAR(20)   NOT NULL,
    requested_at          DATETIME(6)   NOT NULL,
    requested_by          VARCHAR(254)  NOT NULL,
    decided_at            DATETIME(6)   NULL,
    decided_by            VARCHAR(254)  NULL,
    decision_reason       TEXT          NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_activity_number UNIQUE (accreditation_number),
    CONSTRAINT uq_activity_event UNIQUE (event_id),
    CONSTRAINT fk_activity_scheme FOREIGN KEY (scheme_id) REFERENCES register_scheme (id),
    CONSTRAINT fk_activity_provider FOREIGN KEY (provider_account_id) REFERENCES account (id),
    CONSTRAINT fk_activity_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_activity_category FOREIGN KEY (scheme_id, category) REFERENCES register_category (scheme_id, code),
    CONSTRAINT ck_activity_status CHECK (status IN ('REQUESTED', 'MORE_INFO', 'ACCREDITED', 'REJECTED')),
    CONSTRAINT ck_activity_accredited CHECK (status <> 'ACCREDITED' OR (accreditation_number IS NOT NULL
        AND category IS NOT NULL AND points > 0 AND valid_from IS NOT NULL AND valid_to >= valid_from)),
    CONSTRAINT ck_activity_reason CHECK (status NOT IN ('REJECTED', 'MORE_INFO') OR decision_reason IS NOT NULL),
    INDEX ix_activity_status (status, requested_at),
    INDEX ix_activity_provider (provider_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE accreditation_document (
    activity_id  BIGINT       NOT NULL,
    file_id      BIGINT       NOT NULL,
    PRIMARY KEY (activity_id, file_id),
    CONSTRAINT fk_accreditation_document_activity FOREIGN KEY (activity_id) REFERENCES accredited_activity (id),
    CONSTRAINT fk_accreditation_document_file FOREIGN KEY (file_id) REFERENCES register_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One execution of an accredited activity, with the attendance list a provider uploaded.
CREATE TABLE activity_execution (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id  BIGINT       NOT NULL,
    held_on      DATE         NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    booked       INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_execution_activity FOREIGN KEY (activity_id) REFERENCES accredited_activity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger. A record is never deleted, and once approved never changed: a correction is a new
-- record (source CORRECTION, may be negative) that names the record it corrects and why.
CREATE TABLE point_record (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    registrant_id       BIGINT        NOT NULL,
    period_id           BIGINT        NOT NULL,
    activity_date       DATE          NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    provider            VARCHAR(200)  NULL,
    accreditation_claim VARCHAR(200)  NULL,
    description         TEXT          NULL,
    category            VARCHAR(10)   NOT NULL,
    hours               DECIMAL(5, 1) NULL,
    points              DECIMAL(6, 1) NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    activity_id         BIGINT        NULL,
    event_id            BIGINT        NULL,
    execution_id        BIGINT        NULL,
    corrects_id         BIGINT        NULL,
    evidence_file_id    BIGINT        NULL,
    submitted_at        DATETIME(6)   NOT NULL,
    submitted_by        VARCHAR(254)  NOT NULL,
    reviewed_at         DATETIME(6)   NULL,
    reviewed_by         VARCHAR(254)  NULL,
    reason              TEXT          NULL,
    scheme_id           BIGINT        NOT NULL,
    -- the same accredited activity (or Ingrado event) counts once per period
    once_key            VARCHAR(60) AS (CASE
        WHEN status = 'REJECTED' OR corrects_id IS NOT NULL THEN NULL
        WHEN activity_id IS NOT NULL THEN CONCAT(period_id, '/a', activity_id)
        WHEN event_id IS NOT NULL THEN CONCAT(period_id, '/e', event_id) END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_point_record_once UNIQUE (once_key),
    CONSTRAINT fk_point_record_period FOREIGN KEY (period_id, registrant_id)
        REFERENCES register_period (id, registrant_id),
    CONSTRAINT fk_point_record_category FOREIGN KEY (scheme_id, category) REFERENCES register_category (scheme_id, code),
    CONSTRAINT fk_point_record_activity FOREIGN KEY (activity_id) REFERENCES accredited_activity (id),
    CONSTRAINT fk_point_record_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_point_record_execution FOREIGN KEY (execution_id) REFERENCES activity_execution (id),
    CONSTRAINT fk_point_record_corrects FOREIGN KEY (corrects_id) REFERENCES point_record (id),
    CONSTRAINT fk_point_record_evidence FOREIGN KEY (evidence_file_id) REFERENCES register_file (id),
    CONSTRAINT ck_point_record_source CHECK (source IN ('ATTENDANCE', 'SUBMISSION', 'PROVIDER_LIST',
        'CORRECTION', 'MANUAL')),
    CONSTRAINT ck_point_record_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'MORE_INFO')),
    CONSTRAINT ck_point_record_points CHECK (points >= 0 OR source = 'CORRECTION'),
    CONSTRAINT ck_point_record_correction CHECK ((source = 'CORRECTION') = (corrects_id IS NOT NULL)
        AND (source NOT IN ('CORRECTION', 'MANUAL') OR reason IS NOT NULL)),
    CONSTRAINT ck_point_record_reason CHECK (status NOT IN ('REJECTED', 'MORE_INFO') OR reason IS NOT NULL),
    INDEX ix_point_record_registrant (registrant_id, activity_date),
    INDEX ix_point_record_queue (status, submitted_at),
    INDEX ix_point_record_totals (period_id, status, category, points)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Approved points per period and category, kept by the triggers below in the same transaction
-- as the record, so it always equals the sum of the approved records (the auditor overview reads
-- 3,000 rows here instead of adding up 100,000 records).
CREATE TABLE register_period_total (
    period_id  BIGINT        NOT NULL,
    category   VARCHAR(10)   NOT NULL,
    points     DECIMAL(8, 1) NOT NULL,
    PRIMARY KEY (period_id, category),
    CONSTRAINT fk_period_total_period FOREIGN KEY (period_id) REFERENCES register_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE TRIGGER tr_point_record_approved_insert AFTER INSERT ON point_record FOR EACH ROW
BEGIN
    IF NEW.status = 'APPROVED' THEN
        INSERT INTO register_period_total (period_id, category, points)
        VALUES (NEW.period_id, NEW.category, NEW.points)
        ON DUPLICATE KEY UPDATE points = points + NEW.points;
    END IF;
END$$

-- AFTER, not BEFORE: MariaDB 11.4 with a BEFORE UPDATE trigger and a stored generated column fails
-- multi-row INSERT ... SELECT ("cannot be null"); an error in an AFTER trigger still undoes the statement.
CREATE TRIGGER tr_point_record_update AFTER UPDATE ON point_record FOR EACH ROW
BEGIN
    IF OLD.status = 'APPROVED' AND (NEW.status <> 'APPROVED' OR NEW.points <> OLD.points
            OR NEW.category <> OLD.category OR NEW.period_id <> OLD.period_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An approved point record is never changed; add a correction';
    END IF;
    IF NEW.status = 'APPROVED' AND OLD.status <> 'APPROVED' THEN
        INSERT INTO register_period_total (period_id, category, points)
        VALUES (NEW.period_id, NEW.category, NEW.points)
        ON DUPLICATE KEY UPDATE points = points + NEW.points;
    END IF;
END$$

CREATE TRIGGER tr_point_record_delete BEFORE DELETE ON point_record FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A point record is never deleted; add a correction';
END$$

DELIMITER ;

-- Sample audits (steekproef): a reproducible draw (the seed is kept) and a finding per registrant.
CREATE TABLE sample_audit (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    scheme_id    BIGINT        NOT NULL,
    seed         BIGINT        NOT NULL,
    percentage   DECIMAL(5, 2) NOT NULL,
    window_from  DATE          NOT NULL,
    window_to    DATE          NOT NULL,
    population   INT           NOT NULL,
    drawn_at     DATETIME(6)   NOT NULL,
    drawn_by     VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sample_audit_scheme FOREIGN KEY (scheme_id) REFERENCES register_scheme (id),
    CONSTRAINT ck_sample_audit CHECK (percentage > 0 AND percentage <= 100 AND window_to >= window_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sample_audit_member (
    sample_audit_id  BIGINT       NOT NULL,
    registrant_id    BIGINT       NOT NULL,
    outcome          VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
    finding          TEXT         NULL,
    recorded_by      VARCHAR(254) NULL,
    recorded_at      DATETIME(6)  NULL,
    PRIMARY KEY (sample_audit_id, registrant_id),
    CONSTRAINT fk_sample_member_audit FOREIGN KEY (sample_audit_id) REFERENCES sample_audit (id),
    CONSTRAINT fk_sample_member_registrant FOREIGN KEY (registrant_id) REFERENCES registrant (id),
    CONSTRAINT ck_sample_member_outcome CHECK (outcome IN ('OPEN', 'IN_ORDER', 'DEFICIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Portfolio shares: a time-limited link the registrant gives (e.g. to a new employer) and can revoke.
CREATE TABLE portfolio_share (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    registrant_id  BIGINT       NOT NULL,
    token_hash     CHAR(64)     NOT NULL,
    label          VARCHAR(200) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_portfolio_share_token UNIQUE (token_hash),
    CONSTRAINT fk_portfolio_share_registrant FOREIGN KEY (registrant_id) REFERENCES registrant (id),
    CONSTRAINT ck_portfolio_share_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The weekly digest to auditors is claimed once per week, also with several nodes.
CREATE TABLE register_digest (
    week_start  DATE        NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (week_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default scheme (DOMAIN.md): 160 points in 5 years, at least 40 in A1, A2 counted up to 80.
INSERT INTO register_scheme (code, name, number_prefix, period_years, norm_points, points_per_hour,
    cohort_start, pro_rata, annual_fee, code_of_conduct)
VALUES ('KRSD', 'Kwaliteitsregister Leerplicht en Doorstroom', 'KRSD', 5, 160.0, 1.00, NULL, TRUE, 95.00,
    'Ik houd mij aan de beroepscode voor leerplichtambtenaren en doorstroomcoaches van Ingrado: ik handel integer, respecteer de privacy van jongeren en ouders, houd mijn vakkennis bij en verantwoord mijn bij- en nascholing in dit register.');
INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, position)
SELECT id, 'A1', 'Geaccrediteerde bij- en nascholing', 'Accredited continuing education', 40.0, NULL, 1
FROM register_scheme WHERE code = 'KRSD';
INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, position)
SELECT id, 'A2', 'Overige professionalisering', 'Other professional development', NULL, 80.0, 2
FROM register_scheme WHERE code = 'KRSD';
