-- Newsletter demo: Lotte (lid@) and Rik (rayon@) subscribed from their profile, a few public subscribers
-- (subscribed, unsubscribed, bouncing, waiting for confirmation), two sent editions in the archive and a
-- draft. Nothing SCHEDULED or SENDING: every node that starts would send it.
SET @now = UTC_TIMESTAMP(6);
SET @everyone = (SELECT id FROM nl_segment WHERE kind = 'EVERYONE');
SET @profileNl = 'Ja, stuur mij de Ingrado Nieuwsbrief elke twee weken op het e-mailadres van mijn account. Ik kan me altijd weer uitschrijven.';
SET @formNl = 'Ja, ik wil de Ingrado Nieuwsbrief elke twee weken per e-mail ontvangen. Ik kan me altijd weer uitschrijven via de link in elke nieuwsbrief.';

-- members, from their profile: logged in, so no confirmation mail
INSERT INTO nl_subscriber (email, name, language, account_id, status, created_at, confirmed_at)
SELECT email, display_name, preferred_language, id, 'SUBSCRIBED', @now - INTERVAL 200 DAY, @now - INTERVAL 200 DAY
FROM account WHERE email IN ('lid@demo.ingrado.nl', 'rayon@demo.ingrado.nl');
INSERT INTO nl_consent (subscriber_id, action, source, consent_text, actor, at)
SELECT id, 'SUBSCRIBED', 'PROFILE', @profileNl, email, created_at FROM nl_subscriber
WHERE email IN ('lid@demo.ingrado.nl', 'rayon@demo.ingrado.nl');

-- the public form, confirmed through the mailed link (double opt-in)
INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at) VALUES
    ('anouk.jansen@example.org', 'Anouk Jansen', 'nl', 'SUBSCRIBED', @now - INTERVAL 120 DAY, @now - INTERVAL 120 DAY + INTERVAL 14 MINUTE),
    ('m.bakker@example.org', 'Mehmet Bakker', 'nl', 'SUBSCRIBED', @now - INTERVAL 90 DAY, @now - INTERVAL 90 DAY + INTERVAL 2 HOUR),
    ('j.dewit@example.org', NULL, 'en', 'SUBSCRIBED', @now - INTERVAL 60 DAY, @now - INTERVAL 60 DAY + INTERVAL 5 MINUTE);
INSERT INTO nl_consent (subscriber_id, action, source, source_detail, consent_text, at)
SELECT id, 'REQUESTED', 'PUBLIC_FORM', '192.0.2.10', IF(language = 'en',
        'Yes, I want to receive the Ingrado Newsletter by email every two weeks. I can unsubscribe at any time through the link in every newsletter.',
        @formNl), created_at
FROM nl_subscriber WHERE email IN ('anouk.jansen@example.org', 'm.bakker@example.org', 'j.dewit@example.org');
INSERT INTO nl_consent (subscriber_id, action, source, source_detail, consent_text, at)
SELECT id, 'CONFIRMED', 'PUBLIC_FORM', '192.0.2.10', IF(language = 'en',
        'Yes, I want to receive the Ingrado Newsletter by email every two weeks. I can unsubscribe at any time through the link in every newsletter.',
        @formNl), confirmed_at
FROM nl_subscriber WHERE email IN ('anouk.jansen@example.org', 'm.bakker@example.org', 'j.dewit@example.org');

-- unsubscribed through the link in the first edition (below); bouncing; waiting for the link
INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at, unsubscribed_at) VALUES
    ('s.visser@example.org', 'Sanne Visser', 'nl', 'UNSUBSCRIBED', @now - INTERVAL 100 DAY, @now - INTERVAL 100 DAY + INTERVAL 1 HOUR, @now - INTERVAL 15 DAY);
SET @sanne = LAST_INSERT_ID();
INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at, bounced_at, bounce_reason, soft_bounces) VALUES
    ('t.smit@example.org', 'Tom Smit', 'nl', 'BOUNCING', @now - INTERVAL 80 DAY, @now - INTERVAL 80 DAY + INTERVAL 30 MINUTE, @now - INTERVAL 2 DAY,
     '550 5.1.1 <t.smit@example.org>: Recipient address rejected: User unknown in virtual mailbox table', 0);
SET @tom = LAST_INSERT_ID();
INSERT INTO nl_subscriber (email, name, language, status, created_at) VALUES
    ('p.degroot@example.org', 'Pieter de Groot', 'nl', 'PENDING', @now - INTERVAL 3 HOUR);
SET @pieter = LAST_INSERT_ID();
INSERT INTO nl_consent (subscriber_id, action, source, source_detail, consent_text, at) VALUES
    (@sanne, 'REQUESTED', 'PUBLIC_FORM', '198.51.100.7', @formNl, @now - INTERVAL 100 DAY),
    (@sanne, 'CONFIRMED', 'PUBLIC_FORM', '198.51.100.7', @formNl, @now - INTERVAL 100 DAY + INTERVAL 1 HOUR),
    (@tom, 'REQUESTED', 'PUBLIC_FORM', '203.0.113.20', @formNl, @now - INTERVAL 80 DAY),
    (@tom, 'CONFIRMED', 'PUBLIC_FORM', '203.0.113.20', @formNl, @now - INTERVAL 80 DAY + INTERVAL 30 MINUTE),
    (@pieter, 'REQUESTED', 'PUBLIC_FORM', '192.0.2.44', @formNl, @now - INTERVAL 3 HOUR);
-- the link Pieter got is not known to anyone (only its hash is kept), so it cannot be used in the demo
INSERT INTO nl_confirmation (subscriber_id, token_hash, consent_text, created_at, expires_at)
VALUES (@pieter, SHA2(CONCAT('demo-', UUID()), 256), @formNl, @now - INTERVAL 3 HOUR, @now + INTERVAL 45 HOUR);

-- two sent editions (the archive) and a draft
INSERT INTO nl_edition (subject, intro, segment_id, status, scheduled_at, queued_at, finished_at, recipients, created_at, created_by)
VALUES ('Nieuwsbrief: het nieuwe verzuimprotocol en de rayondagen in het voorjaar',
        'In deze editie: wat het vernieuwde verzuimprotocol voor je werk betekent, de rayondagen van dit voorjaar en een terugblik op de werkconferentie.',
        @everyone, 'SENT', @now - INTERVAL 16 DAY, @now - INTERVAL 16 DAY, @now - INTERVAL 16 DAY + INTERVAL 3 MINUTE, 7,
        @now - INTERVAL 20 DAY, 'bureau@demo.ingrado.nl');
SET @first = LAST_INSERT_ID();
INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url) VALUES
    (@first, 1, 'Vernieuwd verzuimprotocol: minder papier, eerder in gesprek',
     '<p>Het vernieuwde verzuimprotocol voor het voortgezet onderwijs legt de nadruk op <strong>vroeg signaleren</strong>. Scholen melden ongeoorloofd verzuim eerder, en de leerplichtambtenaar gaat sneller in gesprek met jongere en ouders.</p><ul><li>melding na 16 uur verzuim in 4 weken blijft de norm</li><li>nieuw: een vast overleg tussen school en leerplicht per kwartaal</li></ul>',
     'https://www.ingrado.nl/'),
    (@first, 2, 'Rayondagen voorjaar: schrijf je in',
     '<p>Dit voorjaar zijn er weer rayondagen in alle zes rayons, met workshops over <em>thuiszitters</em>, de samenwerking met het Doorstroompunt en het nieuwe verzuimprotocol. De rayondagen zijn gratis voor leden.</p>',
     NULL),
    (@first, 3, 'Terugblik op de werkconferentie',
     '<p>Ruim 400 collega''s waren erbij. De presentaties en de verslagen van de workshops staan voor leden in het portaal.</p>',
     NULL);
INSERT INTO nl_edition (subject, intro, segment_id, status, scheduled_at, queued_at, finished_at, recipients, created_at, created_by)
VALUES ('Nieuwsbrief: thuiszitterspact, KRSD-punten en het Doorstroompunt',
        'Deze keer: de stand van het thuiszitterspact, hoe je KRSD-punten haalt met intervisie, en nieuws van het Doorstroompunt.',
        @everyone, 'SENT', @now - INTERVAL 2 DAY, @now - INTERVAL 2 DAY, @now - INTERVAL 2 DAY + INTERVAL 2 MINUTE, 6,
        @now - INTERVAL 5 DAY, 'bureau@demo.ingrado.nl');
SET @second = LAST_INSERT_ID();
INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url) VALUES
    (@second, 1, 'Thuiszitterspact: zo staan we ervoor',
     '<p>Het aantal jongeren dat langer dan drie maanden thuiszit zonder passend onderwijs daalt nog niet genoeg. Ingrado pleit voor een <strong>doorzettingsmacht</strong> in elke regio en deelt voorbeelden die werken.</p>',
     'https://www.ingrado.nl/'),
    (@second, 2, 'KRSD: punten voor intervisie',
     '<p>Intervisie telt mee in het kwaliteitsregister (categorie A2). Leg je bijeenkomsten vast in <em>Mijn punten</em> en voeg het verslag toe als bewijs.</p>',
     NULL);
INSERT INTO nl_edition (subject, intro, segment_id, status, created_at, created_by)
VALUES ('Nieuwsbrief: de Algemene Vergadering en nieuwe trainingen (concept)',
        'Concept voor de volgende editie.', @everyone, 'DRAFT', @now - INTERVAL 1 DAY, 'bureau@demo.ingrado.nl');
INSERT INTO nl_edition_item (edition_id, position, title, body_html) VALUES
    (LAST_INSERT_ID(), 1, 'Algemene Vergadering in het najaar',
     '<p>Op de agenda: het jaarplan en de begroting. De stukken staan vanaf vier weken vooraf in het portaal.</p>');

-- who received what: everyone subscribed at the time; Sanne left through the first edition's link
INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts, sent_at)
SELECT @first, id, 'SENT', 1, @now - INTERVAL 16 DAY + INTERVAL 1 MINUTE FROM nl_subscriber
WHERE status IN ('SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCING');
INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts, sent_at)
SELECT @second, id, 'SENT', 1, @now - INTERVAL 2 DAY + INTERVAL 1 MINUTE FROM nl_subscriber
WHERE status IN ('SUBSCRIBED', 'BOUNCING');
UPDATE nl_delivery SET status = 'BOUNCED' WHERE edition_id = @second AND subscriber_id = @tom;
INSERT INTO nl_bounce (subscriber_id, edition_id, email, hard, status_code, diagnostic, mailbox_id, received_at)
VALUES (@tom, @second, 't.smit@example.org', TRUE, '5.1.1',
        '550 5.1.1 <t.smit@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
        'demo-bounce-1', @now - INTERVAL 2 DAY);
INSERT INTO nl_consent (subscriber_id, action, source, source_detail, edition_id, at)
VALUES (@sanne, 'UNSUBSCRIBED', 'LINK', '198.51.100.7', @first, @now - INTERVAL 15 DAY);
