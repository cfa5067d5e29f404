-- A guest (no account) asks to register for an event open to everyone; the emailed link (single
-- use, 48 hours) confirms the address, and only then is the registration made. Only the hash of
-- the link's secret is stored.
CREATE TABLE guest_request (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    BIGINT        NOT NULL,
    token_hash  CHAR(64)      NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    language    CHAR(2)       NOT NULL,
    choices     VARCHAR(1000) NULL,
    remarks     VARCHAR(500)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    used_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_guest_request_token UNIQUE (token_hash),
    CONSTRAINT fk_guest_request_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    INDEX ix_guest_request_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
