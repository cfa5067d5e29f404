-- How many mails to typed addresses (sign-up, password reset, guest registration, newsletter form)
-- one recipient address or one client address asked for in one hour. Kept in the database so that
-- every node counts against the same limit; the key is a SHA-256 of the address, never the address
-- itself, and rows older than a day are removed.
CREATE TABLE mail_limit (
    scope        VARCHAR(10) NOT NULL,
    subject_hash CHAR(64)    NOT NULL,
    window_start DATETIME    NOT NULL,
    used         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, subject_hash, window_start),
    INDEX ix_mail_limit_window (window_start),
    CONSTRAINT ck_mail_limit_scope CHECK (scope IN ('RECIPIENT', 'CLIENT')),
    CONSTRAINT ck_mail_limit_used CHECK (used >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
