-- The question desk of Vraag en Antwoord: premium members' (and phoned-in) questions, the advisers who
-- answer them, and the messages between them. Advisers are a new role.
ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role
    CHECK (role IN ('MEMBER', 'AUDITOR', 'STAFF', 'ADMIN', 'RAYON_CONTACT', 'PROVIDER', 'ADVISER'));

-- One question. The asker's account and name go on erasure (the question stays for the figures);
-- the text goes a configurable time after closing (text_removed_at says when), the title stays.
CREATE TABLE question (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_code         VARCHAR(40)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    body               TEXT         NULL,
    source             VARCHAR(10)  NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    asker_account_id   BIGINT       NULL,
    asker_name         VARCHAR(200) NULL,
    organisation_id    BIGINT       NULL,
    adviser_account_id BIGINT       NULL,
    registered_by      VARCHAR(254) NULL,
    asked_at           DATETIME(6)  NOT NULL,
    due_on             DATE         NOT NULL,
    answered_at        DATETIME(6)  NULL,
    closed_at          DATETIME(6)  NULL,
    text_removed_at    DATETIME(6)  NULL,
    notified_at        DATETIME(6)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_theme FOREIGN KEY (theme_code) REFERENCES question_theme (code),
    CONSTRAINT fk_question_asker FOREIGN KEY (asker_account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_question_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_question_adviser FOREIGN KEY (adviser_account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_question_source CHECK (source IN ('SITE', 'PHONE')),
    CONSTRAINT ck_question_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    CONSTRAINT ck_question_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CONSTRAINT ck_question_answered CHECK (status NOT IN ('ANSWERED') OR answered_at IS NOT NULL),
    CONSTRAINT ck_question_text CHECK (body IS NOT NULL OR text_removed_at IS NOT NULL),
    -- a phone question names the caller's organisation (never the caller: the entity sets no asker, and
    -- MariaDB allows no CHECK on a column whose foreign key sets it to NULL)
    CONSTRAINT ck_question_phone CHECK (source = 'SITE' OR organisation_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_question_queue ON question (status, due_on);
CREATE INDEX ix_question_closed ON question (closed_at);

-- The conversation: the member's follow-ups, the advisers' answers and their internal notes (NOTE is
-- never shown to the member). An answer is rated at most once, by the asker.
CREATE TABLE question_message (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id       BIGINT       NOT NULL,
    kind              VARCHAR(10)  NOT NULL,
    author_account_id BIGINT       NULL,
    author_name       VARCHAR(200) NOT NULL,
    body              TEXT         NULL,
    created_at        DATETIME(6)  NOT NULL,
    rating            VARCHAR(12)  NULL,
    rated_at          DATETIME(6)  NULL,
    CONSTRAINT fk_question_message_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_message_author FOREIGN KEY (author_account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_question_message_kind CHECK (kind IN ('FOLLOW_UP', 'ANSWER', 'NOTE')),
    CONSTRAINT ck_question_message_rating CHECK (rating IS NULL OR (kind = 'ANSWER' AND rating IN ('USEFUL', 'NOT_USEFUL') AND rated_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_question_message_question ON question_message (question_id, created_at);

-- An adviser's notification preference and themes: mailed at once for a new question in one of their
-- themes, or once a day in a digest.
CREATE TABLE question_adviser (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    notify     VARCHAR(10) NOT NULL DEFAULT 'IMMEDIATE',
    CONSTRAINT fk_question_adviser_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_question_adviser_notify CHECK (notify IN ('IMMEDIATE', 'DAILY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_adviser_theme (
    account_id BIGINT      NOT NULL,
    theme_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, theme_code),
    CONSTRAINT fk_question_adviser_theme_adviser FOREIGN KEY (account_id) REFERENCES question_adviser (account_id) ON DELETE CASCADE,
    CONSTRAINT fk_question_adviser_theme_theme FOREIGN KEY (theme_code) REFERENCES question_theme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per day whose digest went out: the node that inserts it sends, the others find it there.
CREATE TABLE question_digest (
    digest_date DATE        NOT NULL PRIMARY KEY,
    sent_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
