-- Demo invoices, the SQL half: last year's fee bands and memberships of the seven organisations the
-- demo invoices (billing data, the invoices of last year and this year, their PDF and UBL files and the
-- payments are made in Java at startup, by invoice/boundary/InvoiceDemo, as only Java can write them).
UPDATE organisation SET inhabitants = 374238 WHERE cbs_code = 'GM0344';
UPDATE organisation SET inhabitants = 132411 WHERE cbs_code = 'GM0193';

-- this year's fees of the two whose inhabitants were unknown when V2 set them
UPDATE membership m JOIN organisation o ON o.id = m.organisation_id
   SET m.fee = (SELECT b.amount FROM fee_band b WHERE b.fee_year = m.member_year
                   AND b.min_inhabitants <= o.inhabitants ORDER BY b.min_inhabitants DESC LIMIT 1)
 WHERE o.cbs_code IN ('GM0344', 'GM0193') AND m.member_year = YEAR(CURRENT_DATE) AND m.status = 'INVOICED';

-- IGNORE: a demo database made last year has these already
INSERT IGNORE INTO fee_band (fee_year, min_inhabitants, amount)
VALUES (YEAR(CURRENT_DATE) - 1, 0, 340.00), (YEAR(CURRENT_DATE) - 1, 25000, 725.00),
       (YEAR(CURRENT_DATE) - 1, 100000, 1450.00), (YEAR(CURRENT_DATE) - 1, 250000, 2900.00);

-- invoiced in January last year; the payments of last year's statement make them PAID
INSERT IGNORE INTO membership (organisation_id, member_year, fee, status, invoiced_at)
SELECT o.id, YEAR(CURRENT_DATE) - 1,
       (SELECT b.amount FROM fee_band b WHERE b.fee_year = YEAR(CURRENT_DATE) - 1
           AND b.min_inhabitants <= COALESCE(o.inhabitants, 0) ORDER BY b.min_inhabitants DESC LIMIT 1),
       'INVOICED', TIMESTAMP(MAKEDATE(YEAR(CURRENT_DATE) - 1, 15), '09:00:00')
  FROM organisation o
 WHERE o.status = 'ACTIVE'
   AND (o.cbs_code IN ('GM0363', 'GM0599', 'GM0014', 'GM0344', 'GM0096', 'GM0193')
        OR (o.kind = 'REGION' AND o.name = 'Doorstroompunt IJssel-vecht'));
