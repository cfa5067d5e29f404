-- Demo events, relative to the day the demo database is made, so they are always upcoming:
-- a rayondag with two workshop rounds, a werkconferentie with the general assembly, a webinar,
-- an accredited training that is nearly full, and a training that took place last week (attended).
SET @today = CURRENT_DATE();

INSERT INTO event (kind, title, description, rayon_id, venue, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, accreditation_points,
                   accreditation_category, created_at)
SELECT 'RAYONDAG', 'Rayondag Midden: schoolverzuim samen aanpakken',
       'Een dag voor leerplichtambtenaren en doorstroomcoaches uit rayon Midden: plenaire opening en twee workshoprondes.',
       id, 'Nieuwegein, Business Center', TIMESTAMP(@today + INTERVAL 21 DAY, '09:30'),
       TIMESTAMP(@today + INTERVAL 21 DAY, '16:00'), TIMESTAMP(@today - INTERVAL 7 DAY, '09:00'),
       TIMESTAMP(@today + INTERVAL 18 DAY, '23:59'), TIMESTAMP(@today + INTERVAL 18 DAY, '23:59'), 80, 'MEMBERS',
       5, 'A1', UTC_TIMESTAMP(6)
  FROM rayon WHERE code = 'midden';

SET @rayondag = LAST_INSERT_ID();
INSERT INTO workshop_round (event_id, name, position) VALUES (@rayondag, 'Ronde 1 (11:00)', 1);
SET @round1 = LAST_INSERT_ID();
INSERT INTO workshop_round (event_id, name, position) VALUES (@rayondag, 'Ronde 2 (14:00)', 2);
SET @round2 = LAST_INSERT_ID();
INSERT INTO workshop (round_id, title, description, room, speaker, capacity) VALUES
    (@round1, 'Thuiszitters in beeld', 'Werken met de thuiszittersrapportage.', 'Zaal 1', 'Marieke de Vries', 25),
    (@round1, 'Gesprekstechnieken', 'Motiverende gespreksvoering met jongeren en ouders.', 'Zaal 2', 'Hasan Yilmaz', 2),
    (@round2, 'Nieuwe wetgeving', 'Wat verandert er in de Leerplichtwet?', 'Zaal 1', 'mr. Joost Bakker', 40),
    (@round2, 'Samenwerken met het onderwijs', NULL, 'Zaal 2', 'Sandra Kok', 30);

INSERT INTO event (kind, title, description, venue, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, assembly_agenda, created_at)
VALUES ('WERKCONFERENTIE', 'Werkconferentie en Algemene Vergadering',
        'De halfjaarlijkse werkconferentie met aansluitend de Algemene Vergadering.', 'Zwolle, Van der Valk',
        TIMESTAMP(@today + INTERVAL 45 DAY, '10:00'), TIMESTAMP(@today + INTERVAL 45 DAY, '17:00'),
        TIMESTAMP(@today - INTERVAL 3 DAY, '09:00'), TIMESTAMP(@today + INTERVAL 40 DAY, '23:59'),
        TIMESTAMP(@today + INTERVAL 40 DAY, '23:59'), 300, 'MEMBERS',
        '1. Opening\n2. Jaarplan en begroting\n3. Verkiezing bestuursleden\n4. Rondvraag', UTC_TIMESTAMP(6));

INSERT INTO event (kind, title, description, online_url, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, created_at)
VALUES ('WEBINAR', 'Webinar: verzuim melden via DUO', 'Een uur over het verzuimregister, met vragen.',
        'https://webinar.ingrado.nl/verzuim', TIMESTAMP(@today + INTERVAL 10 DAY, '15:00'),
        TIMESTAMP(@today + INTERVAL 10 DAY, '16:00'), TIMESTAMP(@today - INTERVAL 10 DAY, '09:00'),
        TIMESTAMP(@today + INTERVAL 10 DAY, '14:00'), TIMESTAMP(@today + INTERVAL 10 DAY, '12:00'), 500,
        'EVERYONE', UTC_TIMESTAMP(6));

INSERT INTO event (kind, title, description, venue, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, fee_non_members,
                   accreditation_points, accreditation_category, created_at)
VALUES ('TRAINING', 'Training Verzuimaanpak voor gevorderden', 'Twee dagdelen, met huiswerk.', 'Utrecht, Jaarbeurs',
        TIMESTAMP(@today + INTERVAL 30 DAY, '13:00'), TIMESTAMP(@today + INTERVAL 30 DAY, '17:00'),
        TIMESTAMP(@today - INTERVAL 14 DAY, '09:00'), TIMESTAMP(@today + INTERVAL 25 DAY, '23:59'),
        TIMESTAMP(@today + INTERVAL 25 DAY, '23:59'), 1, 'EVERYONE', 195.00, 4, 'A1', UTC_TIMESTAMP(6));
SET @full = LAST_INSERT_ID();

INSERT INTO event (kind, title, description, venue, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, accreditation_points,
                   accreditation_category, created_at)
VALUES ('TRAINING', 'Training Jeugdrecht in de praktijk', 'Afgelopen training, met bewijs van deelname.',
        'Amersfoort', TIMESTAMP(@today - INTERVAL 7 DAY, '09:00'), TIMESTAMP(@today - INTERVAL 7 DAY, '16:00'),
        TIMESTAMP(@today - INTERVAL 40 DAY, '09:00'), TIMESTAMP(@today - INTERVAL 8 DAY, '23:59'),
        TIMESTAMP(@today - INTERVAL 8 DAY, '23:59'), 30, 'MEMBERS', 6, 'A1', UTC_TIMESTAMP(6));
SET @past = LAST_INSERT_ID();

-- the nearly full training has its one seat taken by a rayon contact
INSERT INTO registration (event_id, account_id, name, email, member, status, registered_at, confirmed_at, checkin_code)
SELECT @full, NULL, 'Anna Bakker', 'a.bakker@rayon-noord.demo.ingrado.nl', TRUE, 'CONFIRMED', UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6), 'demoFullTraining000001';

-- the demo member attended last week's training: certificate and evaluation are ready
INSERT INTO registration (event_id, account_id, name, email, member, status, registered_at, confirmed_at, checkin_code,
                          attended_at)
SELECT @past, id, display_name, email, TRUE, 'CONFIRMED', UTC_TIMESTAMP(6) - INTERVAL 20 DAY,
       UTC_TIMESTAMP(6) - INTERVAL 20 DAY, 'demoPastTraining000001', UTC_TIMESTAMP(6) - INTERVAL 7 DAY
  FROM account WHERE email = 'lid@demo.ingrado.nl';
