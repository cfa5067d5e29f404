-- Documents of the general assembly (annual report, accounts, plan, budget) that go with a
-- werkconferentie or Algemene Vergadering: PDF files, readable by members.
CREATE TABLE assembly_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    filename    VARCHAR(200) NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    size_bytes  INT          NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assembly_document_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_assembly_document_size CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    INDEX ix_assembly_document_event (event_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
