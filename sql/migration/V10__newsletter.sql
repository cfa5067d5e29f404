-- The Ingrado Nieuwsbrief: subscribers with provable consent, segments, editions, and the per-recipient
-- sending log that makes sending exact after a crash.

-- Someone who receives (or asked to receive, or stopped receiving) the newsletter. A portal user is
-- linked by account; a public subscriber has only an address. The address is kept lower-case.
CREATE TABLE nl_subscriber (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    name            VARCHAR(200) NULL,
    language        CHAR(2)      NOT NULL DEFAULT 'nl',
    account_id      BIGINT       NULL,
    -- PENDING: waits for the double opt-in; SUBSCRIBED: receives; UNSUBSCRIBED; BOUNCING: mail stopped
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    confirmed_at    DATETIME(6)  NULL,
    unsubscribed_at DATETIME(6)  NULL,
    bounced_at      DATETIME(6)  NULL,
    bounce_reason   VARCHAR(500) NULL,
    soft_bounces    INT          NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_nl_subscriber_email UNIQUE (email),
    CONSTRAINT uq_nl_subscriber_account UNIQUE (account_id),
    CONSTRAINT fk_nl_subscriber_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_nl_subscriber_email CHECK (BINARY email = BINARY LOWER(email) AND email LIKE '%_@_%'),
    CONSTRAINT ck_nl_subscriber_status CHECK (status IN ('PENDING', 'SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCING')),
    CONSTRAINT ck_nl_subscriber_language CHECK (language IN ('nl', 'en')),
    CONSTRAINT ck_nl_subscriber_confirmed CHECK (status <> 'SUBSCRIBED' OR confirmed_at IS NOT NULL),
    CONSTRAINT ck_nl_subscriber_bounce CHECK (status <> 'BOUNCING' OR bounce_reason IS NOT NULL),
    CONSTRAINT ck_nl_subscriber_soft CHECK (soft_bounces >= 0),
    INDEX ix_nl_subscriber_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The proof of consent (Telecommunicatiewet 11.7): every subscribe, confirmation and withdrawal,
-- with time, source and the exact text agreed to. Append-only: rows are never changed.
CREATE TABLE nl_consent (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subscriber_id BIGINT       NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    -- PUBLIC_FORM, PROFILE, IMPORT, STAFF, LINK (footer / GET page), ONE_CLICK (RFC 8058), MAILTO, BOUNCE
    source        VARCHAR(20)  NOT NULL,
    -- e.g. the import's consent source ("aanmeldformulier werkconferentie 2026"), or the client address
    source_detail VARCHAR(300) NULL,
    consent_text  TEXT         NULL,
    actor         VARCHAR(254) NULL,
    -- the edition whose unsubscribe link or header was used, for the edition's statistics
    edition_id    BIGINT       NULL,
    at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_nl_consent_subscriber FOREIGN KEY (subscriber_id) REFERENCES nl_subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_nl_consent_action CHECK (action IN ('REQUESTED', 'CONFIRMED', 'SUBSCRIBED', 'UNSUBSCRIBED')),
    CONSTRAINT ck_nl_consent_source CHECK (source IN ('PUBLIC_FORM', 'PROFILE', 'IMPORT', 'STAFF', 'LINK',
        'ONE_CLICK', 'MAILTO', 'BOUNCE')),
    CONSTRAINT ck_nl_consent_text CHECK (action NOT IN ('CONFIRMED', 'SUBSCRIBED') OR consent_text IS NOT NULL),
    INDEX ix_nl_consent_subscriber (subscriber_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Double opt-in links: single use, expiring. Only a SHA-256 of the secret is stored.
CREATE TABLE nl_confirmation (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    subscriber_id BIGINT      NOT NULL,
    token_hash    CHAR(64)    NOT NULL,
    consent_text  TEXT        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    used_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_nl_confirmation_hash UNIQUE (token_hash),
    CONSTRAINT fk_nl_confirmation_subscriber FOREIGN KEY (subscriber_id) REFERENCES nl_subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_nl_confirmation_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who an edition goes to, built from portal data, always intersected with SUBSCRIBED subscribers.
-- EVERYONE; RAYON (value = rayon code); JOB (value = Job); KRSD (active registrants); ORGANISATION_KIND
-- (value = OrganisationKind). Rayon, job and organisation kind come from the person's current employment.
CREATE TABLE nl_segment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(150) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    value      VARCHAR(40)  NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(254) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_nl_segment_name UNIQUE (name),
    CONSTRAINT uq_nl_segment_rule UNIQUE (kind, value),
    CONSTRAINT ck_nl_segment_kind CHECK (kind IN ('EVERYONE', 'RAYON', 'JOB', 'KRSD', 'ORGANISATION_KIND')),
    CONSTRAINT ck_nl_segment_value CHECK ((kind IN ('EVERYONE', 'KRSD')) = (value IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO nl_segment (name, kind, value, created_at) VALUES
    ('Iedereen', 'EVERYONE', NULL, NOW(6)),
    ('KRSD-geregistreerden', 'KRSD', NULL, NOW(6));

-- An uploaded image for an edition item, served publicly once the edition is sent (or to staff).
CREATE TABLE nl_image (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    content_type VARCHAR(40)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_nl_image_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An edition. DRAFT → SCHEDULED → SENDING (⇄ PAUSED) → SENT. Only one node sends an edition at a time:
-- the node holding the lease (lease_owner until lease_until), taken and renewed by guarded UPDATEs.
CREATE TABLE nl_edition (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subject       VARCHAR(200) NOT NULL,
    intro         TEXT         NULL,
    segment_id    BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    scheduled_at  DATETIME(6)  NULL,
    queued_at     DATETIME(6)  NULL,
    finished_at   DATETIME(6)  NULL,
    recipients    INT          NULL,
    lease_owner   VARCHAR(100) NULL,
    lease_until   DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(254) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_nl_edition_segment FOREIGN KEY (segment_id) REFERENCES nl_segment (id),
    CONSTRAINT ck_nl_edition_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT')),
    CONSTRAINT ck_nl_edition_scheduled CHECK (status <> 'SCHEDULED' OR scheduled_at IS NOT NULL),
    CONSTRAINT ck_nl_edition_queued CHECK (status NOT IN ('SENDING', 'PAUSED', 'SENT') OR queued_at IS NOT NULL),
    CONSTRAINT ck_nl_edition_sent CHECK ((status = 'SENT') = (finished_at IS NOT NULL)),
    INDEX ix_nl_edition_status (status, scheduled_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An item of an edition: title, sanitised HTML (stored sanitised), optional link and image.
CREATE TABLE nl_edition_item (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    edition_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body_html  MEDIUMTEXT    NOT NULL,
    link_url   VARCHAR(1000) NULL,
    image_id   BIGINT        NULL,
    image_alt  VARCHAR(300)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_nl_edition_item_position UNIQUE (edition_id, position),
    CONSTRAINT fk_nl_edition_item_edition FOREIGN KEY (edition_id) REFERENCES nl_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_nl_edition_item_image FOREIGN KEY (image_id) REFERENCES nl_image (id),
    CONSTRAINT ck_nl_edition_item_link CHECK (link_url IS NULL OR link_url LIKE 'https://%' OR link_url LIKE 'http://%'),
    CONSTRAINT ck_nl_edition_item_alt CHECK (image_id IS NULL OR image_alt IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per recipient per edition, written when the edition is queued and updated (committed) after
-- every single message, so a crash loses nothing and resends at most the messages in flight.
-- QUEUED → SENT | FAILED (permanent, or retries used up) | SKIPPED (unsubscribed or bouncing after
-- queueing) ; SENT → BOUNCED (a bounce came back for this message).
CREATE TABLE nl_delivery (
    edition_id      BIGINT       NOT NULL,
    subscriber_id   BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    error           VARCHAR(500) NULL,
    PRIMARY KEY (edition_id, subscriber_id),
    CONSTRAINT fk_nl_delivery_edition FOREIGN KEY (edition_id) REFERENCES nl_edition (id),
    CONSTRAINT fk_nl_delivery_subscriber FOREIGN KEY (subscriber_id) REFERENCES nl_subscriber (id) ON DELETE CASCADE,
    CONSTRAINT ck_nl_delivery_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED', 'BOUNCED')),
    CONSTRAINT ck_nl_delivery_sent CHECK (status NOT IN ('SENT', 'BOUNCED') OR sent_at IS NOT NULL),
    CONSTRAINT ck_nl_delivery_failed CHECK (status <> 'FAILED' OR error IS NOT NULL),
    INDEX ix_nl_delivery_queue (edition_id, status, next_attempt_at),
    INDEX ix_nl_delivery_subscriber (subscriber_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every bounce read from the bounce mailbox, so staff can see why an address was stopped.
CREATE TABLE nl_bounce (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    subscriber_id BIGINT        NULL,
    edition_id    BIGINT        NULL,
    email         VARCHAR(254)  NULL,
    hard          BOOLEAN       NOT NULL,
    status_code   VARCHAR(20)   NULL,
    diagnostic    VARCHAR(1000) NULL,
    mailbox_id    VARCHAR(300)  NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- the same bounce message is processed once, even when two nodes poll the mailbox
    CONSTRAINT uq_nl_bounce_mailbox UNIQUE (mailbox_id),
    CONSTRAINT fk_nl_bounce_subscriber FOREIGN KEY (subscriber_id) REFERENCES nl_subscriber (id) ON DELETE CASCADE,
    CONSTRAINT fk_nl_bounce_edition FOREIGN KEY (edition_id) REFERENCES nl_edition (id),
    INDEX ix_nl_bounce_subscriber (subscriber_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs unsubscribe links (HMAC-SHA256). Made here, once, so every node signs alike.
CREATE TABLE nl_secret (
    id    INT         NOT NULL,
    value VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_nl_secret_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE nl_consent ADD CONSTRAINT fk_nl_consent_edition FOREIGN KEY (edition_id) REFERENCES nl_edition (id),
    ADD INDEX ix_nl_consent_edition (edition_id, action);

INSERT INTO nl_secret (id, value) VALUES (1, LOWER(HEX(RANDOM_BYTES(32))));
