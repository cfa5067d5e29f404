-- The themes of Vraag en Antwoord: questions, knowledge-base articles and documents each carry one.
-- A list staff can extend (a new row) or retire (active = 0); the code never changes once used.
CREATE TABLE question_theme (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_nl  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_question_theme_code CHECK (code REGEXP '^[a-z][a-z0-9-]*$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO question_theme (code, name_nl, name_en, position) VALUES
    ('leerplicht', 'Leerplicht algemeen', 'Compulsory education in general', 1),
    ('vrijstellingen', 'Vrijstellingen', 'Exemptions', 2),
    ('in-uitschrijvingen', 'In- en uitschrijvingen', 'Enrolment and deregistration', 3),
    ('verzuim-verlof', 'Verzuim en verlof', 'Absence and leave', 4),
    ('andere-locatie', 'Onderwijs op een andere locatie', 'Education at another location', 5),
    ('doorstroompunt', 'Doorstroompunt/RMC', 'Doorstroompunt/RMC', 6),
    ('avg', 'AVG en gegevensdeling', 'GDPR and data sharing', 7);
