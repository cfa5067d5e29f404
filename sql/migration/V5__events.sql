-- Events: rayondagen, werkconferenties (with the general assembly), webinars, trainings, congresses.
-- Times are local Dutch wall-clock times (Europe/Amsterdam), as the programme says them.
CREATE TABLE event (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    kind                    VARCHAR(30)   NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    description             TEXT          NULL,
    rayon_id                BIGINT        NULL,
    venue                   VARCHAR(300)  NULL,
    online_url              VARCHAR(500)  NULL,
    starts_at               DATETIME      NOT NULL,
    ends_at                 DATETIME      NOT NULL,
    registration_opens_at   DATETIME      NOT NULL,
    registration_closes_at  DATETIME      NOT NULL,
    cancellation_deadline   DATETIME      NOT NULL,
    capacity                INT           NOT NULL,
    audience                VARCHAR(20)   NOT NULL,
    fee_non_members         DECIMAL(8, 2) NULL,
    accreditation_points    DECIMAL(5, 1) NULL,
    accreditation_category  VARCHAR(10)   NULL,
    assembly_agenda         TEXT          NULL,
    auto_promote            BOOLEAN       NOT NULL DEFAULT TRUE,
    reminder_days           INT           NOT NULL DEFAULT 3,
    reminder_sent_at        DATETIME(6)   NULL,
    status                  VARCHAR(20)   NOT NULL DEFAULT 'PUBLISHED',
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_rayon FOREIGN KEY (rayon_id) REFERENCES rayon (id),
    CONSTRAINT ck_event_kind CHECK (kind IN ('RAYONDAG', 'WERKCONFERENTIE', 'ALGEMENE_VERGADERING', 'WEBINAR',
        'TRAINING', 'CONGRESS')),
    CONSTRAINT ck_event_times CHECK (ends_at > starts_at AND registration_closes_at > registration_opens_at
        AND registration_closes_at <= ends_at AND cancellation_deadline <= ends_at),
    CONSTRAINT ck_event_capacity CHECK (capacity > 0),
    CONSTRAINT ck_event_audience CHECK (audience IN ('MEMBERS', 'EVERYONE')),
    CONSTRAINT ck_event_points CHECK ((accreditation_points IS NULL) = (accreditation_category IS NULL)
        AND (accreditation_points IS NULL OR accreditation_points > 0)),
    CONSTRAINT ck_event_status CHECK (status IN ('PUBLISHED', 'CANCELLED')),
    CONSTRAINT ck_event_reminder CHECK (reminder_days >= 0),
    INDEX ix_event_start (starts_at),
    INDEX ix_event_rayon (rayon_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A workshop round: in each round a registrant picks one workshop.
CREATE TABLE workshop_round (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    event_id  BIGINT       NOT NULL,
    name      VARCHAR(200) NOT NULL,
    position  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_round_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT uq_round_position UNIQUE (event_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    round_id    BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    room        VARCHAR(100) NULL,
    speaker     VARCHAR(200) NULL,
    capacity    INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_workshop_round FOREIGN KEY (round_id) REFERENCES workshop_round (id) ON DELETE CASCADE,
    CONSTRAINT ck_workshop_capacity CHECK (capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registration of one person for one event. Confirmed or waiting; a cancelled one stays as
-- history. At most one live (confirmed or waiting) registration per address per event: the
-- database says so through a generated column that is NULL for cancelled rows.
CREATE TABLE registration (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    event_id       BIGINT       NOT NULL,
    account_id     BIGINT       NULL,
    name           VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    language       CHAR(2)      NOT NULL DEFAULT 'nl',
    member         BOOLEAN      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    registered_at  DATETIME(6)  NOT NULL,
    confirmed_at   DATETIME(6)  NULL,
    cancelled_at   DATETIME(6)  NULL,
    remarks        VARCHAR(500) NULL,
    -- case matters in a code: compared byte for byte
    checkin_code   CHAR(22)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attended_at    DATETIME(6)  NULL,
    no_show        BOOLEAN      NOT NULL DEFAULT FALSE,
    ics_sequence   INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    live_email     VARCHAR(254) AS (IF(status IN ('CONFIRMED', 'WAITING'), email, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_registration_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_registration_live UNIQUE (event_id, live_email),
    CONSTRAINT uq_registration_checkin UNIQUE (checkin_code),
    CONSTRAINT ck_registration_status CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    CONSTRAINT ck_registration_attended CHECK (attended_at IS NULL OR (status = 'CONFIRMED' AND NOT no_show)),
    INDEX ix_registration_queue (event_id, status, id),
    INDEX ix_registration_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The workshop a registration picked in a round: confirmed, or waiting for a seat in it.
CREATE TABLE registration_choice (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    registration_id BIGINT      NOT NULL,
    round_id        BIGINT      NOT NULL,
    workshop_id     BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    chosen_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_choice_round UNIQUE (registration_id, round_id),
    CONSTRAINT fk_choice_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_choice_round FOREIGN KEY (round_id) REFERENCES workshop_round (id),
    CONSTRAINT fk_choice_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT ck_choice_status CHECK (status IN ('CONFIRMED', 'WAITING')),
    INDEX ix_choice_workshop (workshop_id, status, chosen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evaluation after the event: one per registration, scores 1-10, per event and per workshop.
CREATE TABLE evaluation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    registration_id BIGINT        NOT NULL,
    score           INT           NOT NULL,
    comments        VARCHAR(2000) NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_evaluation UNIQUE (registration_id),
    CONSTRAINT fk_evaluation_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_score CHECK (score BETWEEN 1 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_evaluation (
    evaluation_id BIGINT        NOT NULL,
    workshop_id   BIGINT        NOT NULL,
    score         INT           NOT NULL,
    comments      VARCHAR(2000) NULL,
    PRIMARY KEY (evaluation_id, workshop_id),
    CONSTRAINT fk_wseval_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE,
    CONSTRAINT fk_wseval_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT ck_wseval_score CHECK (score BETWEEN 1 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secret address of a person's own calendar feed (their registrations as iCalendar).
CREATE TABLE calendar_feed (
    account_id BIGINT   NOT NULL,
    token      CHAR(43) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
