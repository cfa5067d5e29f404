-- The knowledge base (kennisbank) and the document list (documentenlijst) of Vraag en Antwoord.
-- Articles are Markdown, public or for premium members, drafted and then published by advisers or
-- staff; an outdated article points to the one that replaces it, so its address keeps working.
CREATE TABLE knowledge_article (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    theme_code     VARCHAR(40)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    members_only   BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    checked_on     DATE         NULL,
    replaced_by_id BIGINT       NULL,
    outdated_at    DATETIME(6)  NULL,
    published_at   DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_knowledge_article_theme FOREIGN KEY (theme_code) REFERENCES question_theme (code),
    CONSTRAINT fk_knowledge_article_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES knowledge_article (id),
    CONSTRAINT ck_knowledge_article_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_knowledge_article_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_knowledge_article_body CHECK (CHAR_LENGTH(body) <= 60000),
    CONSTRAINT ck_knowledge_article_published CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
    -- only a published article is replaced (by another: the entity checks), always with the moment it was
    CONSTRAINT ck_knowledge_article_outdated CHECK ((replaced_by_id IS NULL) = (outdated_at IS NULL)),
    CONSTRAINT ck_knowledge_article_replaced CHECK (replaced_by_id IS NULL OR status = 'PUBLISHED'),
    INDEX ix_knowledge_article_list (status, theme_code, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Related articles an editor chose, shown on the article (one direction: A shows B).
CREATE TABLE knowledge_related (
    article_id BIGINT NOT NULL,
    related_id BIGINT NOT NULL,
    PRIMARY KEY (article_id, related_id),
    CONSTRAINT fk_knowledge_related_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id) ON DELETE CASCADE,
    CONSTRAINT fk_knowledge_related_related FOREIGN KEY (related_id) REFERENCES knowledge_article (id) ON DELETE CASCADE,
    CONSTRAINT ck_knowledge_related_self CHECK (article_id <> related_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The search index lives in memory on every node and is rebuilt from these tables. Each node asks
-- this one number every few seconds; triggers raise it on any change, also one made by hand in SQL,
-- so no node keeps searching an old copy.
CREATE TABLE knowledge_index_state (
    id      TINYINT NOT NULL,
    version BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_knowledge_index_state_one CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO knowledge_index_state (id, version) VALUES (1, 0);

CREATE TRIGGER tr_knowledge_article_insert AFTER INSERT ON knowledge_article FOR EACH ROW
    UPDATE knowledge_index_state SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_knowledge_article_update AFTER UPDATE ON knowledge_article FOR EACH ROW
    UPDATE knowledge_index_state SET version = version + 1 WHERE id = 1;
CREATE TRIGGER tr_knowledge_article_delete AFTER DELETE ON knowledge_article FOR EACH ROW
    UPDATE knowledge_index_state SET version = version + 1 WHERE id = 1;

-- Reads per article per month and searches that found nothing (normalised text, per month): the
-- staff figures of the annual report. Counters only, no reader and no time of day.
CREATE TABLE knowledge_read (
    article_id BIGINT NOT NULL,
    month_start DATE  NOT NULL,
    readings   INT    NOT NULL,
    PRIMARY KEY (article_id, month_start),
    CONSTRAINT fk_knowledge_read_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id) ON DELETE CASCADE,
    CONSTRAINT ck_knowledge_read_month CHECK (DAYOFMONTH(month_start) = 1),
    CONSTRAINT ck_knowledge_read_count CHECK (readings > 0)
) ENGINE = InnoDB;

CREATE TABLE knowledge_search_miss (
    query_text VARCHAR(200) NOT NULL,
    month_start DATE        NOT NULL,
    searches   INT          NOT NULL,
    PRIMARY KEY (month_start, query_text),
    CONSTRAINT ck_knowledge_search_miss_month CHECK (DAYOFMONTH(month_start) = 1),
    CONSTRAINT ck_knowledge_search_miss_count CHECK (searches > 0),
    CONSTRAINT ck_knowledge_search_miss_text CHECK (CHAR_LENGTH(query_text) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents (PDF, DOCX, XLSX, checked by content) with their versions: the newest is the default
-- download, older ones stay available.
CREATE TABLE knowledge_document (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    theme_code   VARCHAR(40)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NULL,
    members_only BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_knowledge_document_theme FOREIGN KEY (theme_code) REFERENCES question_theme (code),
    CONSTRAINT ck_knowledge_document_title CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE knowledge_document_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    document_id  BIGINT       NOT NULL,
    version_no   INT          NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_knowledge_document_version UNIQUE (document_id, version_no),
    CONSTRAINT fk_knowledge_document_version_document FOREIGN KEY (document_id) REFERENCES knowledge_document (id) ON DELETE CASCADE,
    CONSTRAINT ck_knowledge_document_version_no CHECK (version_no > 0),
    CONSTRAINT ck_knowledge_document_version_size CHECK (size_bytes > 0 AND size_bytes <= 10485760 AND size_bytes = LENGTH(content)),
    CONSTRAINT ck_knowledge_document_version_type CHECK (content_type IN ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
