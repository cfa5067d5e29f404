-- About fifty rayon contact persons (rayoncontactpersonen), eight or so per rayon, each working at
-- a municipality of their rayon. Demo data: the addresses are under demo.ingrado.nl.
-- rayon@demo.ingrado.nl logs in as one of them (rayon Midden), to manage that rayon's rayondagen.
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
VALUES ('rayon@demo.ingrado.nl', 'Rik van het Rayon', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role) SELECT id, 'MEMBER' FROM account WHERE email = 'rayon@demo.ingrado.nl';

INSERT INTO person (account_id, first_name, last_name, email, status, created_at)
SELECT id, 'Rik', 'van het Rayon', email, 'ACTIVE', UTC_TIMESTAMP(6) FROM account WHERE email = 'rayon@demo.ingrado.nl';

INSERT INTO person (first_name, last_name, email, status, created_at) VALUES
    ('Anna', 'Bakker', 'a.bakker@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Bas', 'Visser', 'b.visser@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Carla', 'Smit', 'c.smit@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Daan', 'Meijer', 'd.meijer@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Eva', 'de Boer', 'e.deboer@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Freek', 'Mulder', 'f.mulder@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Gwen', 'de Groot', 'g.degroot@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Hamza', 'Bos', 'h.bos@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Iris', 'Vos', 'i.vos@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Joris', 'Peters', 'j.peters@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Kim', 'Hendriks', 'k.hendriks@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Lars', 'van Leeuwen', 'l.vanleeuwen@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Maaike', 'Dekker', 'm.dekker@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Niels', 'Brouwer', 'n.brouwer@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Olga', 'de Wit', 'o.dewit@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Pieter', 'Dijkstra', 'p.dijkstra@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Quinten', 'Smits', 'q.smits@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Roos', 'de Graaf', 'r.degraaf@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Sven', 'van der Meer', 's.vandermeer@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Tessa', 'van der Linden', 't.vanderlinden@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Umut', 'Kok', 'u.kok@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Vera', 'Jacobs', 'v.jacobs@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Wouter', 'de Haan', 'w.dehaan@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Xandra', 'Vermeulen', 'x.vermeulen@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Yusuf', 'van den Berg', 'y.vandenberg@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Zoë', 'van der Heijden', 'z.vanderheijden@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Bram', 'van der Veen', 'b.vanderveen@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Nadia', 'van den Broek', 'n.vandenbroek@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Thijs', 'de Bruijn', 't.debruijn@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Sanne', 'de Jong', 's.dejong@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Mohamed', 'Schouten', 'm.schouten@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Esther', 'van Beek', 'e.vanbeek@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Jeroen', 'Willems', 'j.willems@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Fleur', 'van Vliet', 'f.vanvliet@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Kees', 'van de Ven', 'k.vandeven@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Lieke', 'Hoekstra', 'l.hoekstra@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Rachid', 'Maas', 'r.maas@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Marloes', 'Verhoeven', 'm.verhoeven@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Gijs', 'Koster', 'g.koster@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Ilse', 'van Dam', 'i.vandam@rayon-noord-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Oscar', 'van der Wal', 'o.vanderwal@rayon-zuid-holland.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Hanneke', 'Prins', 'h.prins@rayon-zuid.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Mehmet', 'Blom', 'm.blom@rayon-noord.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Janneke', 'Huisman', 'j.huisman@rayon-oost.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6)),
    ('Ruben', 'Peeters', 'r.peeters@rayon-midden.demo.ingrado.nl', 'ACTIVE', UTC_TIMESTAMP(6));

-- the k-th municipality (by name) of the contact's rayon
INSERT INTO employment (person_id, organisation_id, job, start_date, confirmation, confirmed_by, confirmed_at)
SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'a.bakker@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'b.visser@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'c.smit@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'd.meijer@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'e.deboer@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 0),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'f.mulder@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'g.degroot@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'h.bos@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'i.vos@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'j.peters@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'k.hendriks@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 3),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'l.vanleeuwen@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'm.dekker@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'n.brouwer@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'o.dewit@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'p.dijkstra@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'q.smits@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 6),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'r.degraaf@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 's.vandermeer@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 't.vanderlinden@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'u.kok@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'v.jacobs@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'w.dehaan@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 9),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'x.vermeulen@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'y.vandenberg@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'z.vanderheijden@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'b.vanderveen@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'n.vandenbroek@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 't.debruijn@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 12),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 's.dejong@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'm.schouten@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'e.vanbeek@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'j.willems@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'f.vanvliet@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'k.vandeven@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 15),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'l.hoekstra@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'r.maas@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'm.verhoeven@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'g.koster@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'i.vandam@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid-holland' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'o.vanderwal@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'zuid' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 18),
       'DOORSTROOMCOACH', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'h.prins@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'noord' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 21),
       'BELEIDSMEDEWERKER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'm.blom@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'oost' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 21),
       'MANAGER', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'j.huisman@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 21),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'r.peeters@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT p.id, (SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id
         WHERE y.code = 'midden' AND o.kind = 'MUNICIPALITY' ORDER BY o.name LIMIT 1 OFFSET 27),
       'LEERPLICHTAMBTENAAR', '2020-01-01', 'CONFIRMED', 'bureau@demo.ingrado.nl', UTC_TIMESTAMP(6) FROM person p WHERE p.email = 'rayon@demo.ingrado.nl';

INSERT INTO rayon_contact (rayon_id, person_id, since)
SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'a.bakker@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'b.visser@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'c.smit@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'd.meijer@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'e.deboer@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'f.mulder@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'g.degroot@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'h.bos@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'i.vos@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'j.peters@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'k.hendriks@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'l.vanleeuwen@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'm.dekker@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'n.brouwer@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'o.dewit@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'p.dijkstra@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'q.smits@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'r.degraaf@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 's.vandermeer@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 't.vanderlinden@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'u.kok@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'v.jacobs@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'w.dehaan@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'x.vermeulen@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'y.vandenberg@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'z.vanderheijden@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'b.vanderveen@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'n.vandenbroek@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 't.debruijn@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 's.dejong@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'm.schouten@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'e.vanbeek@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'j.willems@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'f.vanvliet@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'k.vandeven@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'l.hoekstra@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'r.maas@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'm.verhoeven@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'g.koster@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord-holland' AND p.email = 'i.vandam@rayon-noord-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid-holland' AND p.email = 'o.vanderwal@rayon-zuid-holland.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'zuid' AND p.email = 'h.prins@rayon-zuid.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'noord' AND p.email = 'm.blom@rayon-noord.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'oost' AND p.email = 'j.huisman@rayon-oost.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'r.peeters@rayon-midden.demo.ingrado.nl'
UNION ALL SELECT y.id, p.id, '2023-01-01' FROM rayon y, person p WHERE y.code = 'midden' AND p.email = 'rayon@demo.ingrado.nl';
