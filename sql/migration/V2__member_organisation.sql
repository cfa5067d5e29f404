-- Who is who: rayons, Doorstroompunt regions, organisations, persons and their employments,
-- memberships with their fee, and the audit trail of changes to personal and organisation data.

CREATE TABLE rayon (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(30)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description TEXT         NULL,
    provinces   VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_rayon_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An RMC / Doorstroompunt region; belongs to exactly one rayon.
CREATE TABLE region (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     INT          NOT NULL,
    name     VARCHAR(150) NOT NULL,
    rayon_id BIGINT       NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_region_code UNIQUE (code),
    CONSTRAINT fk_region_rayon FOREIGN KEY (rayon_id) REFERENCES rayon (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality (in one region, or none yet: a data-quality task for staff), a region's
-- Doorstroompunt, a partner, or Ingrado itself. A merged organisation stays, pointing at its successor.
CREATE TABLE organisation (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    cbs_code       CHAR(6)      NULL,
    province       VARCHAR(40)  NULL,
    region_id      BIGINT       NULL,
    inhabitants    INT          NULL,
    street         VARCHAR(200) NULL,
    postal_code    VARCHAR(10)  NULL,
    city           VARCHAR(100) NULL,
    status         VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    merged_into_id BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    -- one Doorstroompunt organisation per region
    region_key     BIGINT AS (IF(kind = 'REGION', region_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_cbs UNIQUE (cbs_code),
    CONSTRAINT uq_organisation_region_key UNIQUE (region_key),
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_organisation_merged FOREIGN KEY (merged_into_id) REFERENCES organisation (id),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('MUNICIPALITY', 'REGION', 'PARTNER', 'INGRADO')),
    CONSTRAINT ck_organisation_status CHECK (status IN ('ACTIVE', 'MERGED')),
    CONSTRAINT ck_organisation_merge CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    CONSTRAINT ck_organisation_cbs CHECK ((kind = 'MUNICIPALITY') = (cbs_code IS NOT NULL)),
    CONSTRAINT ck_organisation_region CHECK (kind <> 'REGION' OR region_id IS NOT NULL),
    CONSTRAINT ck_organisation_inhabitants CHECK (inhabitants IS NULL OR inhabitants >= 0),
    INDEX ix_organisation_name (name),
    INDEX ix_organisation_kind (kind, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Email domains that prove employment (a professional with such an address gets premium at once).
CREATE TABLE organisation_domain (
    domain          VARCHAR(190) NOT NULL,
    organisation_id BIGINT       NOT NULL,
    PRIMARY KEY (domain),
    CONSTRAINT fk_organisation_domain_org FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_organisation_domain CHECK (domain = LOWER(domain) AND domain LIKE '%_._%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A professional. Linked to the account they log in with, if any.
CREATE TABLE person (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NULL,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(150) NOT NULL,
    email       VARCHAR(254) NULL,
    phone       VARCHAR(30)  NULL,
    status      VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_account UNIQUE (account_id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_person_status CHECK (status IN ('ACTIVE', 'DEACTIVATED', 'ERASED')),
    CONSTRAINT ck_person_email CHECK (email IS NULL OR BINARY email = BINARY LOWER(email)),
    CONSTRAINT ck_person_erased CHECK (status <> 'ERASED' OR email IS NULL),
    INDEX ix_person_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employment (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    person_id       BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    job             VARCHAR(30) NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE        NULL,
    confirmation    VARCHAR(20) NOT NULL,
    confirmed_by    VARCHAR(254) NULL,
    confirmed_at    DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_employment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_employment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_employment_job CHECK (job IN ('LEERPLICHTAMBTENAAR', 'DOORSTROOMCOACH', 'BELEIDSMEDEWERKER',
        'MANAGER', 'ONDERSTEUNER', 'OTHER')),
    CONSTRAINT ck_employment_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_employment_confirmation CHECK (confirmation IN ('BY_DOMAIN', 'PENDING', 'CONFIRMED', 'REJECTED')),
    INDEX ix_employment_organisation (organisation_id, end_date),
    INDEX ix_employment_person (person_id, end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rayoncontactpersonen: professionals who speak for (and manage things of) their rayon.
CREATE TABLE rayon_contact (
    rayon_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    since     DATE   NOT NULL,
    PRIMARY KEY (rayon_id, person_id),
    CONSTRAINT fk_rayon_contact_rayon FOREIGN KEY (rayon_id) REFERENCES rayon (id),
    CONSTRAINT fk_rayon_contact_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Fee bands by number of inhabitants, per year (configurable data, not constants).
CREATE TABLE fee_band (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    fee_year        INT           NOT NULL,
    min_inhabitants INT           NOT NULL,
    amount          DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_fee_band UNIQUE (fee_year, min_inhabitants),
    CONSTRAINT ck_fee_band CHECK (min_inhabitants >= 0 AND amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    member_year     INT           NOT NULL,
    fee             DECIMAL(10,2) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    invoiced_at     DATETIME(6)   NULL,
    paid_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    -- one active membership per organisation per year; cancelled ones stay as history
    active_key      BIGINT AS (IF(status <> 'CANCELLED', organisation_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_membership_active UNIQUE (active_key, member_year),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_membership_status CHECK (status IN ('INVOICED', 'PAID', 'CANCELLED')),
    CONSTRAINT ck_membership_paid CHECK (status <> 'PAID' OR paid_at IS NOT NULL),
    CONSTRAINT ck_membership_fee CHECK (fee >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when: written in the same transaction as the change itself.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    at          DATETIME(6)  NOT NULL,
    changes     TEXT         NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entity (entity_type, entity_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
