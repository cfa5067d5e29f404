-- KRSD demo: a training provider, Lotte (lid@) in the register with points, Rik (rayon@) applying,
-- fourteen rayon contacts in the register at different stages, and a small catalogue.
SET @today = CURRENT_DATE;
SET @hash = 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==';
SET @scheme = (SELECT id FROM register_scheme WHERE code = 'KRSD');

INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
VALUES ('aanbieder@demo.ingrado.nl', 'Petra van Opleidingen Jeugdrecht', @hash, 'nl', 'ACTIVE', UTC_TIMESTAMP(6),
        UTC_TIMESTAMP(6));
INSERT INTO account_role (account_id, role) SELECT id, 'PROVIDER' FROM account WHERE email = 'aanbieder@demo.ingrado.nl';
SET @provider = (SELECT id FROM account WHERE email = 'aanbieder@demo.ingrado.nl');

-- Lotte: in the register for three years, on track
INSERT INTO registrant (scheme_id, account_id, first_name, last_name, job, employer, organisation_id, status,
    conduct_text, conduct_accepted_at, applied_at, decided_at, decided_by, show_employer, show_job, certificate_code)
SELECT @scheme, a.id, 'Lotte', 'de Leerplicht', 'LEERPLICHTAMBTENAAR', 'Gemeente Amsterdam',
       (SELECT id FROM organisation WHERE cbs_code = 'GM0363'), 'APPLIED', s.code_of_conduct,
       TIMESTAMP(@today - INTERVAL 3 YEAR), TIMESTAMP(@today - INTERVAL 3 YEAR), TIMESTAMP(@today - INTERVAL 3 YEAR),
       'auditor@demo.ingrado.nl', TRUE, TRUE, 'demoCertificateLotte0001'
FROM account a, register_scheme s WHERE a.email = 'lid@demo.ingrado.nl' AND s.id = @scheme;
SET @lotte = LAST_INSERT_ID();
UPDATE registrant SET registration_number = CONCAT('KRSD-', LPAD(id, 6, '0')), status = 'ACTIVE' WHERE id = @lotte;
INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, norm_factor, norm_points)
VALUES (@lotte, 1, @today - INTERVAL 3 YEAR, @today + INTERVAL 2 YEAR - INTERVAL 1 DAY,
        @today + INTERVAL 2 YEAR - INTERVAL 1 DAY, 1, 160);
SET @lottePeriod = LAST_INSERT_ID();

-- the catalogue: one accredited training of the provider, one request waiting for the committee
INSERT INTO accredited_activity (scheme_id, accreditation_number, title, provider_name, provider_account_id,
    description, programme, hours, trainers, category, points, valid_from, valid_to, status, requested_at,
    requested_by, decided_at, decided_by)
VALUES (@scheme, 'KRSD-A-2026-001', 'Motiverende gespreksvoering met jongeren en ouders', 'Opleidingen Jeugdrecht',
        @provider, 'Gesprekstechnieken voor het verzuimgesprek.', 'Dag 1: basis. Dag 2: oefenen met acteurs.', 12,
        'P. van Dijk, M. Yilmaz', 'A1', 12, @today - INTERVAL 1 YEAR, @today + INTERVAL 2 YEAR, 'ACCREDITED',
        UTC_TIMESTAMP(6) - INTERVAL 1 YEAR, 'aanbieder@demo.ingrado.nl', UTC_TIMESTAMP(6) - INTERVAL 1 YEAR,
        'auditor@demo.ingrado.nl');
SET @mgv = LAST_INSERT_ID();
INSERT INTO accredited_activity (scheme_id, title, provider_name, provider_account_id, description, programme,
    hours, trainers, status, requested_at, requested_by)
VALUES (@scheme, 'Jeugdrecht verdieping: de leerplichtwet in de rechtszaal', 'Opleidingen Jeugdrecht', @provider,
        'Procesverbaal, zitting en de rol van de leerplichtambtenaar.', 'Ochtend: theorie. Middag: pleitoefening.', 6,
        'mr. A. de Vries', 'REQUESTED', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'aanbieder@demo.ingrado.nl');
INSERT INTO accredited_activity (scheme_id, accreditation_number, title, provider_name, description, hours,
    category, points, valid_from, valid_to, status, requested_at, requested_by, decided_at, decided_by)
VALUES (@scheme, 'KRSD-A-2025-014', 'Intervisie volgens de incidentmethode (begeleid)', 'Ingrado',
        'Vijf bijeenkomsten intervisie onder begeleiding.', 10, 'A2', 10, @today - INTERVAL 2 YEAR,
        @today + INTERVAL 1 YEAR, 'ACCREDITED', UTC_TIMESTAMP(6) - INTERVAL 2 YEAR, 'bureau@demo.ingrado.nl',
        UTC_TIMESTAMP(6) - INTERVAL 2 YEAR, 'auditor@demo.ingrado.nl');

INSERT INTO register_file (owner_account_id, filename, content_type, size_bytes, content, uploaded_at)
SELECT id, 'certificaat-congres.pdf', 'application/pdf', 193, UNHEX('255044462d312e340a312030206f626a3c3c2f547970652f436174616c6f672f50616765732032203020523e3e656e646f626a0a322030206f626a3c3c2f547970652f50616765732f4b6964735b33203020525d2f436f756e7420313e3e656e646f626a0a332030206f626a3c3c2f547970652f506167652f506172656e742032203020522f4d65646961426f785b30203020333030203134345d3e3e656e646f626a0a747261696c65723c3c2f526f6f742031203020523e3e0a2525454f460a'), UTC_TIMESTAMP(6)
FROM account WHERE email = 'lid@demo.ingrado.nl';
SET @evidence = LAST_INSERT_ID();

INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, provider, category, hours, points,
    source, status, activity_id, event_id, evidence_file_id, submitted_at, submitted_by, reviewed_at, reviewed_by,
    reason, accreditation_claim)
VALUES (@lotte, @lottePeriod, @scheme, @today - INTERVAL 30 MONTH, 'Motiverende gespreksvoering met jongeren en ouders',
        'Opleidingen Jeugdrecht', 'A1', 12, 12, 'PROVIDER_LIST', 'APPROVED', @mgv, NULL, NULL,
        UTC_TIMESTAMP(6) - INTERVAL 30 MONTH, 'aanbieder@demo.ingrado.nl', UTC_TIMESTAMP(6) - INTERVAL 30 MONTH,
        'aanbieder@demo.ingrado.nl', NULL, NULL),
       (@lotte, @lottePeriod, @scheme, @today - INTERVAL 26 MONTH, 'Werkconferentie voorjaar', 'Ingrado', 'A1', 6, 6,
        'MANUAL', 'APPROVED', NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 26 MONTH, 'auditor@demo.ingrado.nl',
        UTC_TIMESTAMP(6) - INTERVAL 26 MONTH, 'auditor@demo.ingrado.nl', 'Overgenomen uit het oude register (LKLR).',
        NULL),
       (@lotte, @lottePeriod, @scheme, @today - INTERVAL 20 MONTH, 'Intervisiegroep Amsterdam-Noord (10 bijeenkomsten)',
        'Eigen organisatie', 'A2', 20, 20, 'SUBMISSION', 'APPROVED', NULL, NULL, NULL,
        UTC_TIMESTAMP(6) - INTERVAL 20 MONTH, 'lid@demo.ingrado.nl', UTC_TIMESTAMP(6) - INTERVAL 19 MONTH,
        'auditor@demo.ingrado.nl', NULL, NULL),
       (@lotte, @lottePeriod, @scheme, @today - INTERVAL 14 MONTH, 'Landelijk congres Thuiszitters', 'Stichting Congres',
        'A1', 5, 5, 'SUBMISSION', 'REJECTED', NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 14 MONTH,
        'lid@demo.ingrado.nl', UTC_TIMESTAMP(6) - INTERVAL 13 MONTH, 'auditor@demo.ingrado.nl',
        'Geen bewijs van deelname; dien opnieuw in met het certificaat.', NULL),
       (@lotte, @lottePeriod, @scheme, @today - INTERVAL 2 MONTH, 'Landelijk congres Thuiszitters (met certificaat)',
        'Stichting Congres', 'A1', 5, 5, 'SUBMISSION', 'PENDING', NULL, NULL, @evidence,
        UTC_TIMESTAMP(6) - INTERVAL 3 DAY, 'lid@demo.ingrado.nl', NULL, NULL, NULL, 'Erkend door NVO, nr. 2026-118');
-- the past training Lotte attended (demo events) is accredited: its points were booked at check-in
INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, provider, category, points, source,
    status, event_id, submitted_at, submitted_by, reviewed_at, reviewed_by)
SELECT @lotte, @lottePeriod, @scheme, DATE(e.starts_at), e.title, 'Ingrado', e.accreditation_category,
       e.accreditation_points, 'ATTENDANCE', 'APPROVED', e.id, UTC_TIMESTAMP(6), 'attendance', UTC_TIMESTAMP(6),
       'attendance'
FROM event e JOIN registration r ON r.event_id = e.id
WHERE r.checkin_code = 'demoPastTraining000001' AND e.accreditation_points IS NOT NULL;

-- Rik (rayon@) has applied: the first thing in the auditor's queue
INSERT INTO registrant (scheme_id, account_id, first_name, last_name, job, employer, status, conduct_text,
    conduct_accepted_at, applied_at)
SELECT @scheme, a.id, 'Rik', 'van het Rayon', 'LEERPLICHTAMBTENAAR', 'Gemeente Utrecht', 'APPLIED', s.code_of_conduct,
       UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY
FROM account a, register_scheme s WHERE a.email = 'rayon@demo.ingrado.nl' AND s.id = @scheme;

-- fourteen rayon contacts get an account and a registration, their periods ending between now and
-- five years from now, with points from none to well over the norm
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
SELECT p.email, CONCAT(p.first_name, ' ', p.last_name), @hash, 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM person p WHERE p.account_id IS NULL AND p.email LIKE '%@rayon-%' ORDER BY p.id LIMIT 14;
UPDATE person p JOIN account a ON a.email = p.email SET p.account_id = a.id WHERE p.account_id IS NULL;
INSERT INTO account_role (account_id, role)
SELECT a.id, 'MEMBER' FROM account a JOIN person p ON p.account_id = a.id
WHERE p.email LIKE '%@rayon-%' AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id);

INSERT INTO registrant (scheme_id, account_id, first_name, last_name, job, employer, status, conduct_text,
    conduct_accepted_at, applied_at, decided_at, decided_by, certificate_code)
SELECT @scheme, p.account_id, p.first_name, p.last_name,
       IF(MOD(p.id, 3) = 0, 'DOORSTROOMCOACH', 'LEERPLICHTAMBTENAAR'),
       COALESCE((SELECT o.name FROM employment e JOIN organisation o ON o.id = e.organisation_id
                 WHERE e.person_id = p.id ORDER BY e.id LIMIT 1), 'Gemeente'),
       'APPLIED', (SELECT code_of_conduct FROM register_scheme WHERE id = @scheme), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6), 'auditor@demo.ingrado.nl', LEFT(SHA2(CONCAT('demo', p.id), 256), 24)
FROM person p WHERE p.email LIKE '%@rayon-%' AND p.account_id IS NOT NULL ORDER BY p.id LIMIT 14;
UPDATE registrant SET registration_number = CONCAT('KRSD-', LPAD(id, 6, '0')), status = 'ACTIVE'
WHERE registration_number IS NULL AND status = 'APPLIED' AND decided_at IS NOT NULL;

-- the n-th of them started 4n months before the period would end in (n - 1) * 4 months
INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, norm_factor, norm_points)
SELECT x.id, 1, @today - INTERVAL 60 MONTH + INTERVAL (x.n - 1) * 4 MONTH + INTERVAL 10 DAY,
       @today + INTERVAL (x.n - 1) * 4 MONTH + INTERVAL 9 DAY, @today + INTERVAL (x.n - 1) * 4 MONTH + INTERVAL 9 DAY,
       1, 160
FROM (SELECT r.id, ROW_NUMBER() OVER (ORDER BY r.id) AS n FROM registrant r
      WHERE r.status = 'ACTIVE' AND r.id <> @lotte) x;

INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, provider, category, hours, points,
    source, status, submitted_at, submitted_by, reviewed_at, reviewed_by)
SELECT p.registrant_id, p.id, @scheme, p.starts_on + INTERVAL 20 DAY, 'Bij- en nascholing (demo)', 'Diverse aanbieders',
       'A1', MOD(p.registrant_id * 37, 120), MOD(p.registrant_id * 37, 120), 'SUBMISSION', 'APPROVED',
       UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'auditor@demo.ingrado.nl'
FROM register_period p WHERE p.registrant_id <> @lotte AND MOD(p.registrant_id * 37, 120) > 0;
INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, provider, category, hours, points,
    source, status, submitted_at, submitted_by, reviewed_at, reviewed_by)
SELECT p.registrant_id, p.id, @scheme, p.starts_on + INTERVAL 40 DAY, 'Intervisie en supervisie (demo)',
       'Eigen organisatie', 'A2', MOD(p.registrant_id * 53, 100), MOD(p.registrant_id * 53, 100), 'SUBMISSION',
       'APPROVED', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'auditor@demo.ingrado.nl'
FROM register_period p WHERE p.registrant_id <> @lotte AND MOD(p.registrant_id * 53, 100) > 0;
