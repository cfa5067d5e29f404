-- Invoices: contributie, the KRSD annual fee and event fees as numbered, immutable documents, paid
-- from the bank statement. What must always hold is held here, not only in Java:
--   * numbers run 1, 2, 3 … per year without gaps or doubles, also when runs and nodes issue at once:
--     the issuer bumps invoice_counter in the invoice's own transaction (so a rollback returns the
--     number), and the insert trigger refuses any number that is not the counter's, or whose
--     predecessor is missing;
--   * an issued invoice, its lines and its documents never change; only what happens to it afterwards
--     (payments, credits, reminders) does;
--   * a bank transaction is booked once, whatever statement it arrives in (unique fingerprint).

CREATE TABLE billing_account (
    organisation_id BIGINT       NOT NULL,
    legal_name      VARCHAR(200) NOT NULL,
    street          VARCHAR(200) NOT NULL,
    postal_code     VARCHAR(10)  NOT NULL,
    city            VARCHAR(100) NOT NULL,
    country         CHAR(2)      NOT NULL DEFAULT 'NL',
    email           VARCHAR(254) NOT NULL,
    oin             CHAR(20)     NULL,
    kvk             CHAR(8)      NULL,
    peppol_id       VARCHAR(100) NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_billing_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_billing_account_oin CHECK (oin IS NULL OR oin REGEXP '^[0-9]{20}$'),
    CONSTRAINT ck_billing_account_kvk CHECK (kvk IS NULL OR kvk REGEXP '^[0-9]{8}$'),
    -- an e-invoice to a Dutch body names it by OIN or KvK number (SI-UBL rule BR-NL-10)
    CONSTRAINT ck_billing_account_identified CHECK (oin IS NOT NULL OR kvk IS NOT NULL)
) ENGINE = InnoDB;

-- The purchase order number (inkoopordernummer) an organisation gives for a year.
CREATE TABLE purchase_order (
    organisation_id BIGINT       NOT NULL,
    order_year      INT          NOT NULL,
    number          VARCHAR(100) NOT NULL,
    PRIMARY KEY (organisation_id, order_year),
    CONSTRAINT fk_purchase_order_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;

-- Who pays a registrant's KRSD annual fee: the registrant, or an organisation they work for.
CREATE TABLE fee_payer (
    person_id       BIGINT      NOT NULL,
    payer           VARCHAR(10) NOT NULL,
    organisation_id BIGINT      NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_fee_payer_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_fee_payer_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_fee_payer CHECK ((payer = 'SELF' AND organisation_id IS NULL)
                                   OR (payer = 'EMPLOYER' AND organisation_id IS NOT NULL))
) ENGINE = InnoDB;

CREATE TABLE invoice_counter (
    invoice_year INT NOT NULL,
    last_number  INT NOT NULL,
    PRIMARY KEY (invoice_year),
    CONSTRAINT ck_invoice_counter CHECK (last_number >= 0)
) ENGINE = InnoDB;

CREATE TABLE invoice (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_year      INT           NOT NULL,
    seq               INT           NOT NULL,
    number            VARCHAR(20)   NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    purpose           VARCHAR(12)   NOT NULL,
    -- what the invoice is for, e.g. MEMBERSHIP:2026:17; one invoice per source (a second run skips it)
    source_key        VARCHAR(80)   NULL,
    corrects_id       BIGINT        NULL,
    organisation_id   BIGINT        NULL,
    person_id         BIGINT        NULL,
    buyer_name        VARCHAR(200)  NOT NULL,
    buyer_street      VARCHAR(200)  NULL,
    buyer_postal_code VARCHAR(10)   NULL,
    buyer_city        VARCHAR(100)  NULL,
    buyer_country     CHAR(2)       NOT NULL DEFAULT 'NL',
    buyer_email       VARCHAR(254)  NULL,
    buyer_oin         CHAR(20)      NULL,
    buyer_kvk         CHAR(8)       NULL,
    buyer_peppol_id   VARCHAR(100)  NULL,
    buyer_reference   VARCHAR(100)  NULL,
    order_reference   VARCHAR(100)  NULL,
    language          CHAR(2)       NOT NULL DEFAULT 'nl',
    issue_date        DATE          NOT NULL,
    due_date          DATE          NOT NULL,
    payment_reference CHAR(16)      NOT NULL,
    net_total         DECIMAL(12,2) NOT NULL,
    vat_total         DECIMAL(12,2) NOT NULL,
    gross_total       DECIMAL(12,2) NOT NULL,
    issued_by         VARCHAR(254)  NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    -- what happens afterwards
    paid_amount       DECIMAL(12,2) NOT NULL DEFAULT 0,
    credited_amount   DECIMAL(12,2) NOT NULL DEFAULT 0,
    status            VARCHAR(12)   NOT NULL DEFAULT 'OPEN',
    reminders_sent    INT           NOT NULL DEFAULT 0,
    last_reminder_on  DATE          NULL,
    mailed_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_invoice_number UNIQUE (number),
    CONSTRAINT uq_invoice_seq UNIQUE (invoice_year, seq),
    CONSTRAINT uq_invoice_source UNIQUE (source_key),
    CONSTRAINT uq_invoice_payment_reference UNIQUE (payment_reference),
    CONSTRAINT fk_invoice_corrects FOREIGN KEY (corrects_id) REFERENCES invoice (id),
    CONSTRAINT fk_invoice_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invoice_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_invoice_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_invoice_purpose CHECK (purpose IN ('MEMBERSHIP', 'KRSD_FEE', 'EVENT_FEE', 'OTHER')),
    CONSTRAINT ck_invoice_credit_names CHECK ((kind = 'CREDIT_NOTE') = (corrects_id IS NOT NULL)),
    CONSTRAINT ck_invoice_status CHECK (status IN ('OPEN', 'PARTLY_PAID', 'PAID', 'CREDITED', 'SETTLED')),
    CONSTRAINT ck_invoice_seq CHECK (seq > 0),
    CONSTRAINT ck_invoice_totals CHECK (gross_total = net_total + vat_total AND net_total >= 0 AND vat_total >= 0),
    CONSTRAINT ck_invoice_credited CHECK (credited_amount >= 0 AND credited_amount <= gross_total),
    CONSTRAINT ck_invoice_reference CHECK (payment_reference REGEXP '^[0-9]{16}$'),
    INDEX ix_invoice_status_due (status, due_date),
    INDEX ix_invoice_year_status (invoice_year, status)
) ENGINE = InnoDB;

CREATE TABLE invoice_line (
    invoice_id       BIGINT        NOT NULL,
    line_no          INT           NOT NULL,
    description      VARCHAR(300)  NOT NULL,
    quantity         DECIMAL(10,2) NOT NULL,
    unit_price       DECIMAL(12,2) NOT NULL,
    amount           DECIMAL(12,2) NOT NULL,
    vat_category     CHAR(1)       NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    exemption_reason VARCHAR(200)  NULL,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_line_category CHECK (vat_category IN ('S', 'Z', 'E')),
    CONSTRAINT ck_invoice_line_exempt CHECK (vat_category <> 'E' OR (exemption_reason IS NOT NULL AND vat_rate = 0)),
    CONSTRAINT ck_invoice_line_amount CHECK (amount = ROUND(quantity * unit_price, 2) AND amount >= 0)
) ENGINE = InnoDB;

-- The PDF and the UBL file as issued: what was sent is what is downloaded later.
CREATE TABLE invoice_document (
    invoice_id BIGINT      NOT NULL,
    format     VARCHAR(4)  NOT NULL,
    content    MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (invoice_id, format),
    CONSTRAINT fk_invoice_document_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_document_format CHECK (format IN ('PDF', 'UBL'))
) ENGINE = InnoDB;

-- A link in a mail that lets the billing address download its invoice without logging in: only the
-- token's hash is kept, and it stops working on expires_on.
CREATE TABLE invoice_link (
    token_hash CHAR(64)    NOT NULL,
    invoice_id BIGINT      NOT NULL,
    expires_on DATE        NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_invoice_link_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB;

CREATE TABLE bank_statement (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    message_id   VARCHAR(140) NULL,
    statement_id VARCHAR(140) NULL,
    account_iban VARCHAR(34)  NULL,
    file_name    VARCHAR(200) NOT NULL,
    transactions INT          NOT NULL,
    new_ones     INT          NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE bank_transaction (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    statement_id       BIGINT        NOT NULL,
    fingerprint        VARCHAR(128)  NOT NULL,
    booking_date       DATE          NULL,
    amount             DECIMAL(12,2) NOT NULL,
    credit             BOOLEAN       NOT NULL,
    returned           BOOLEAN       NOT NULL DEFAULT FALSE,
    creditor_reference VARCHAR(140)  NULL,
    remittance         VARCHAR(500)  NULL,
    counterparty_name  VARCHAR(200)  NULL,
    counterparty_iban  VARCHAR(34)   NULL,
    end_to_end_id      VARCHAR(140)  NULL,
    status             VARCHAR(10)   NOT NULL,
    invoice_id         BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_bank_transaction_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_bank_transaction_statement FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT fk_bank_transaction_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_bank_transaction_status CHECK (status IN ('MATCHED', 'UNMATCHED', 'ASSIGNED', 'IGNORED')),
    CONSTRAINT ck_bank_transaction_amount CHECK (amount > 0),
    INDEX ix_bank_transaction_status (status)
) ENGINE = InnoDB;

-- Money booked on an invoice: positive when paid, negative when a payment came back.
CREATE TABLE invoice_payment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id     BIGINT        NOT NULL,
    transaction_id BIGINT        NULL,
    amount         DECIMAL(12,2) NOT NULL,
    booked_on      DATE          NOT NULL,
    booked_by      VARCHAR(254)  NOT NULL,
    booked_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- a bank transaction pays one invoice once
    CONSTRAINT uq_invoice_payment_transaction UNIQUE (transaction_id),
    CONSTRAINT fk_invoice_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT fk_invoice_payment_transaction FOREIGN KEY (transaction_id) REFERENCES bank_transaction (id),
    CONSTRAINT ck_invoice_payment_amount CHECK (amount <> 0)
) ENGINE = InnoDB;

DELIMITER $$

CREATE TRIGGER tr_invoice_number BEFORE INSERT ON invoice FOR EACH ROW
BEGIN
    DECLARE counted INT DEFAULT NULL;
    DECLARE before_it INT DEFAULT 0;
    -- locking reads: they see what other transactions committed, not this one's snapshot
    SELECT last_number INTO counted FROM invoice_counter WHERE invoice_year = NEW.invoice_year FOR UPDATE;
    IF counted IS NULL OR NEW.seq <> counted THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice number not taken from the counter';
    END IF;
    IF NEW.seq > 1 THEN
        SELECT COUNT(*) INTO before_it FROM invoice
         WHERE invoice_year = NEW.invoice_year AND seq = NEW.seq - 1 LOCK IN SHARE MODE;
        IF before_it = 0 THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invoice number would leave a gap';
        END IF;
    END IF;
END$$

CREATE TRIGGER tr_invoice_counter_step BEFORE UPDATE ON invoice_counter FOR EACH ROW
BEGIN
    IF NEW.last_number <> OLD.last_number + 1 OR NEW.invoice_year <> OLD.invoice_year THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the invoice counter only steps by one';
    END IF;
END$$

CREATE TRIGGER tr_invoice_counter_delete BEFORE DELETE ON invoice_counter FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the invoice counter is never removed';
END$$

CREATE TRIGGER tr_invoice_issued BEFORE UPDATE ON invoice FOR EACH ROW
BEGIN
    IF NOT (NEW.invoice_year <=> OLD.invoice_year AND NEW.seq <=> OLD.seq AND NEW.number <=> OLD.number
            AND NEW.kind <=> OLD.kind AND NEW.purpose <=> OLD.purpose AND NEW.source_key <=> OLD.source_key
            AND NEW.corrects_id <=> OLD.corrects_id AND NEW.organisation_id <=> OLD.organisation_id
            AND NEW.buyer_name <=> OLD.buyer_name AND NEW.buyer_street <=> OLD.buyer_street
            AND NEW.buyer_postal_code <=> OLD.buyer_postal_code AND NEW.buyer_city <=> OLD.buyer_city
            AND NEW.buyer_country <=> OLD.buyer_country AND NEW.buyer_oin <=> OLD.buyer_oin
            AND NEW.buyer_kvk <=> OLD.buyer_kvk AND NEW.buyer_peppol_id <=> OLD.buyer_peppol_id
            AND NEW.buyer_reference <=> OLD.buyer_reference AND NEW.order_reference <=> OLD.order_reference
            AND NEW.issue_date <=> OLD.issue_date AND NEW.due_date <=> OLD.due_date
            AND NEW.payment_reference <=> OLD.payment_reference AND NEW.net_total <=> OLD.net_total
            AND NEW.vat_total <=> OLD.vat_total AND NEW.gross_total <=> OLD.gross_total) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be changed';
    END IF;
END$$

CREATE TRIGGER tr_invoice_delete BEFORE DELETE ON invoice FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be removed';
END$$

CREATE TRIGGER tr_invoice_line_update BEFORE UPDATE ON invoice_line FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be changed';
END$$

CREATE TRIGGER tr_invoice_line_delete BEFORE DELETE ON invoice_line FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be changed';
END$$

CREATE TRIGGER tr_invoice_document_update BEFORE UPDATE ON invoice_document FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be changed';
END$$

CREATE TRIGGER tr_invoice_document_delete BEFORE DELETE ON invoice_document FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued invoice cannot be changed';
END$$

DELIMITER ;
