-- Demo members: fee bands and this year's memberships for all municipalities and regions (all of
-- them are members of Ingrado), a few email domains, the demo member's workplace and rayon contacts.
INSERT INTO fee_band (fee_year, min_inhabitants, amount)
VALUES (YEAR(CURRENT_DATE), 0, 350.00), (YEAR(CURRENT_DATE), 25000, 750.00),
       (YEAR(CURRENT_DATE), 100000, 1500.00), (YEAR(CURRENT_DATE), 250000, 3000.00);

UPDATE organisation SET inhabitants = 931298 WHERE cbs_code = 'GM0363';
UPDATE organisation SET inhabitants = 664311 WHERE cbs_code = 'GM0599';
UPDATE organisation SET inhabitants = 245159 WHERE cbs_code = 'GM0014';
UPDATE organisation SET inhabitants = 10321 WHERE cbs_code = 'GM0096';

INSERT INTO membership (organisation_id, member_year, fee, status, invoiced_at)
SELECT o.id, YEAR(CURRENT_DATE),
       (SELECT b.amount FROM fee_band b WHERE b.fee_year = YEAR(CURRENT_DATE)
           AND b.min_inhabitants <= COALESCE(o.inhabitants, 0) ORDER BY b.min_inhabitants DESC LIMIT 1),
       'INVOICED', UTC_TIMESTAMP(6)
  FROM organisation o WHERE o.kind IN ('MUNICIPALITY', 'REGION') AND o.status = 'ACTIVE';

INSERT INTO organisation_domain (domain, organisation_id)
SELECT 'amsterdam.nl', id FROM organisation WHERE cbs_code = 'GM0363'
UNION ALL SELECT 'rotterdam.nl', id FROM organisation WHERE cbs_code = 'GM0599'
UNION ALL SELECT 'groningen.nl', id FROM organisation WHERE cbs_code = 'GM0014';

INSERT INTO person (account_id, first_name, last_name, email, status, created_at)
SELECT id, 'Lotte', 'de Leerplicht', email, 'ACTIVE', UTC_TIMESTAMP(6) FROM account WHERE email = 'lid@demo.ingrado.nl';

INSERT INTO employment (person_id, organisation_id, job, start_date, confirmation, confirmed_by, confirmed_at)
SELECT p.id, o.id, 'LEERPLICHTAMBTENAAR', '2019-09-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6)
  FROM person p, organisation o WHERE p.email = 'lid@demo.ingrado.nl' AND o.cbs_code = 'GM0363';

INSERT INTO person (first_name, last_name, email, status, created_at) VALUES
    ('Gerrit', 'Groen', 'g.groen@groningen.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Fatima', 'El Amrani', 'f.elamrani@rotterdam.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Anouk', 'Jansen', 'a.jansen@amsterdam.nl', 'ACTIVE', UTC_TIMESTAMP(6));

INSERT INTO employment (person_id, organisation_id, job, start_date, confirmation)
SELECT p.id, o.id, 'DOORSTROOMCOACH', '2021-03-01', 'BY_DOMAIN' FROM person p, organisation o
 WHERE (p.email, o.cbs_code) IN (('g.groen@groningen.nl', 'GM0014'), ('f.elamrani@rotterdam.nl', 'GM0599'),
                                 ('a.jansen@amsterdam.nl', 'GM0363'));

INSERT INTO rayon_contact (rayon_id, person_id, since)
SELECT r.id, p.id, '2022-01-01' FROM rayon r, person p
 WHERE (r.code, p.email) IN (('noord', 'g.groen@groningen.nl'), ('zuid-holland', 'f.elamrani@rotterdam.nl'),
                             ('noord-holland', 'a.jansen@amsterdam.nl'));
