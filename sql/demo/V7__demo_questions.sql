-- Demo of Vraag en Antwoord's question desk: an adviser (password Ingrado-demo-2026, as every demo account)
-- who follows every theme, and a few of Lotte's questions: new, overdue, in progress, answered; plus one
-- from the vragenuur. Loaded only in demo mode.
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
VALUES ('adviseur@demo.ingrado.nl', 'Anouk Adviseur', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO account_role (account_id, role) SELECT id, 'ADVISER' FROM account WHERE email = 'adviseur@demo.ingrado.nl';
INSERT INTO question_adviser (account_id, notify) SELECT id, 'IMMEDIATE' FROM account WHERE email = 'adviseur@demo.ingrado.nl';
INSERT INTO question_adviser_theme (account_id, theme_code)
SELECT a.id, t.code FROM account a CROSS JOIN question_theme t WHERE a.email = 'adviseur@demo.ingrado.nl';

-- Lotte's questions (lid@demo.ingrado.nl has premium access through Amsterdam)
INSERT INTO question (theme_code, title, body, source, status, asker_account_id, asker_name, asked_at, due_on, notified_at)
SELECT 'vrijstellingen', 'Vrijstelling 5 onder a bij een leerling die naar het buitenland verhuist',
       'Een leerling van 14 jaar verhuist in de loop van het schooljaar met het gezin naar Duitsland. De ouders vragen of hij vanaf nu vrijgesteld kan worden, omdat hij daar al is aangemeld op een school. Welke vrijstelling past hier, en welke stukken moeten de ouders overleggen?',
       'SITE', 'NEW', id, display_name, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, CURDATE() + INTERVAL 4 DAY, UTC_TIMESTAMP(6)
FROM account WHERE email = 'lid@demo.ingrado.nl';
INSERT INTO question (theme_code, title, body, source, status, asker_account_id, asker_name, asked_at, due_on, notified_at)
SELECT 'verzuim-verlof', 'Extra verlof voor een bruiloft in het buitenland: hoeveel dagen?',
       'Ouders vragen voor hun dochter (groep 6) twaalf schooldagen extra verlof aan voor de bruiloft van een oom in Marokko. De directeur twijfelt of dit onder artikel 11 onder g valt en stuurt de aanvraag door naar ons, omdat het meer dan tien dagen is. Hoe beoordelen jullie dit?',
       'SITE', 'NEW', id, display_name, UTC_TIMESTAMP(6) - INTERVAL 12 DAY, CURDATE() - INTERVAL 3 DAY, UTC_TIMESTAMP(6)
FROM account WHERE email = 'lid@demo.ingrado.nl';
INSERT INTO question (theme_code, title, body, source, status, asker_account_id, asker_name, adviser_account_id, asked_at, due_on, notified_at)
SELECT 'avg', 'Mogen we verzuimgegevens delen met het wijkteam?',
       'Het wijkteam vraagt om een overzicht van de verzuimmeldingen van een gezin waarmee zij werken. Mogen wij die gegevens zonder toestemming van de ouders delen, en zo ja, op welke grondslag?',
       'SITE', 'IN_PROGRESS', l.id, l.display_name, a.id, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, CURDATE() + INTERVAL 2 DAY, UTC_TIMESTAMP(6)
FROM account l CROSS JOIN account a WHERE l.email = 'lid@demo.ingrado.nl' AND a.email = 'adviseur@demo.ingrado.nl';
INSERT INTO question_message (question_id, kind, author_account_id, author_name, body, created_at)
SELECT q.id, 'NOTE', a.id, a.display_name, 'Navragen of er al een convenant met het wijkteam is; zie ook het model van de handreiking gegevensdeling.', UTC_TIMESTAMP(6) - INTERVAL 2 DAY
FROM question q CROSS JOIN account a WHERE q.title = 'Mogen we verzuimgegevens delen met het wijkteam?' AND a.email = 'adviseur@demo.ingrado.nl';
INSERT INTO question (theme_code, title, body, source, status, asker_account_id, asker_name, adviser_account_id, asked_at, due_on, answered_at, notified_at)
SELECT 'in-uitschrijvingen', 'Termijn voor uitschrijving na een verhuizing binnen Nederland',
       'Een school schrijft een leerling pas uit als de nieuwe school de inschrijving heeft bevestigd. Dat duurt soms weken. Welke termijn geldt er voor de uitschrijving, en wat doen we als de leerling in de tussentijd nergens is ingeschreven?',
       'SITE', 'ANSWERED', l.id, l.display_name, a.id, UTC_TIMESTAMP(6) - INTERVAL 9 DAY, CURDATE() - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6)
FROM account l CROSS JOIN account a WHERE l.email = 'lid@demo.ingrado.nl' AND a.email = 'adviseur@demo.ingrado.nl';
INSERT INTO question_message (question_id, kind, author_account_id, author_name, body, created_at)
SELECT q.id, 'ANSWER', a.id, a.display_name, CONCAT('Goede vraag. In het kort:\n\n',
       '- Een school schrijft een leerling **pas uit** als de nieuwe school de inschrijving heeft gemeld (artikel 18 Leerplichtwet 1969).\n',
       '- Meldt de nieuwe school niets binnen **7 dagen**, neem dan contact op met de leerplichtambtenaar van de nieuwe woongemeente.\n',
       '- Zolang er geen nieuwe inschrijving is, blijft de leerling ingeschreven op de oude school.\n\n',
       'Zie ook de [Leerplichtwet](https://wetten.overheid.nl/BWBR0002628/).'), UTC_TIMESTAMP(6) - INTERVAL 5 DAY
FROM question q CROSS JOIN account a WHERE q.title = 'Termijn voor uitschrijving na een verhuizing binnen Nederland' AND a.email = 'adviseur@demo.ingrado.nl';

-- A question from the vragenuur: only the caller's organisation (Utrecht) is kept
INSERT INTO question (theme_code, title, body, source, status, organisation_id, adviser_account_id, registered_by, asked_at, due_on, notified_at)
SELECT 'andere-locatie', 'Onderwijs op een andere locatie tijdens een opname',
       'Een leerling wordt enkele weken opgenomen in een kliniek buiten de regio. Telt het onderwijs daar als onderwijs op een andere locatie, en wie registreert het verzuim?',
       'PHONE', 'IN_PROGRESS', o.id, a.id, a.email, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, CURDATE() + INTERVAL 3 DAY, UTC_TIMESTAMP(6)
FROM organisation o CROSS JOIN account a WHERE o.cbs_code = 'GM0344' AND a.email = 'adviseur@demo.ingrado.nl';
