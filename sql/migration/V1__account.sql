-- Accounts, roles and the one-time tokens of the sign-up and password-reset flows.
CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(400) NOT NULL,
    preferred_language CHAR(2)      NOT NULL DEFAULT 'nl',
    status             VARCHAR(20)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    verified_at        DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_email CHECK (BINARY email = BINARY LOWER(email) AND email LIKE '%_@_%'),
    CONSTRAINT ck_account_status CHECK (status IN ('UNVERIFIED', 'ACTIVE', 'DEACTIVATED')),
    CONSTRAINT ck_account_language CHECK (preferred_language IN ('nl', 'en')),
    CONSTRAINT ck_account_verified CHECK (status = 'UNVERIFIED' OR verified_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('MEMBER', 'AUDITOR', 'STAFF', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use links sent by email. Only a SHA-256 of the token is stored.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    CONSTRAINT ck_account_token_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal API tokens: shown once, stored as SHA-256, revoked rather than deleted.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_token_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins, counted per account and per client address for throttling; shared by all nodes.
CREATE TABLE login_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    login_name     VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_login_failure_name (login_name, failed_at),
    INDEX ix_login_failure_address (client_address, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every email the portal sends. The body is kept only in demo mode.
CREATE TABLE mail_log (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    body       MEDIUMTEXT    NULL,
    status     VARCHAR(20)   NOT NULL,
    error      VARCHAR(1000) NULL,
    created_at DATETIME(6)   NOT NULL,
    sent_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_mail_log_created (created_at),
    INDEX ix_mail_log_recipient (recipient),
    CONSTRAINT ck_mail_log_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
