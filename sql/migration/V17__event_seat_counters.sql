-- Seat counters: the seats taken and waiting of each event and workshop, kept by the database itself.
-- A registration then decides its seat from one row read under the event's lock instead of counting
-- rows. The triggers below keep the counters right for every path that changes registrations (the
-- portal's services, staff actions, imports, fixtures in SQL); seat_counter_drift lists any counter
-- that differs from its rows, and must stay empty (EventCountersIT checks it after a random mix of every path).
--   event.seats_taken      registrations CONFIRMED
--   event.seats_waiting    registrations WAITING
--   workshop.seats_taken   choices CONFIRMED of registrations CONFIRMED
--   workshop.seats_waiting choices WAITING of registrations CONFIRMED
-- (A choice of someone still on the event's waiting list holds no workshop seat and is in no queue yet.)

ALTER TABLE event
    ADD COLUMN seats_taken   INT NOT NULL DEFAULT 0,
    ADD COLUMN seats_waiting INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_event_seat_counters CHECK (seats_taken >= 0 AND seats_waiting >= 0);

ALTER TABLE workshop
    ADD COLUMN seats_taken   INT NOT NULL DEFAULT 0,
    ADD COLUMN seats_waiting INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_workshop_seat_counters CHECK (seats_taken >= 0 AND seats_waiting >= 0);

UPDATE event e
   SET e.seats_taken = (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED'),
       e.seats_waiting = (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'WAITING');

UPDATE workshop w
   SET w.seats_taken = (SELECT COUNT(*) FROM registration_choice c JOIN registration r ON r.id = c.registration_id
                         WHERE c.workshop_id = w.id AND c.status = 'CONFIRMED' AND r.status = 'CONFIRMED'),
       w.seats_waiting = (SELECT COUNT(*) FROM registration_choice c JOIN registration r ON r.id = c.registration_id
                           WHERE c.workshop_id = w.id AND c.status = 'WAITING' AND r.status = 'CONFIRMED');

DELIMITER $$

CREATE TRIGGER tr_registration_seats_insert AFTER INSERT ON registration FOR EACH ROW
BEGIN
    IF NEW.status <> 'CANCELLED' THEN
        UPDATE event SET seats_taken = seats_taken + (NEW.status = 'CONFIRMED'),
                         seats_waiting = seats_waiting + (NEW.status = 'WAITING')
         WHERE id = NEW.event_id;
    END IF;
END$$

CREATE TRIGGER tr_registration_seats_update AFTER UPDATE ON registration FOR EACH ROW
BEGIN
    IF NEW.event_id <> OLD.event_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A registration never moves to another event';
    END IF;
    IF NEW.status <> OLD.status THEN
        UPDATE event SET seats_taken = seats_taken + (NEW.status = 'CONFIRMED') - (OLD.status = 'CONFIRMED'),
                         seats_waiting = seats_waiting + (NEW.status = 'WAITING') - (OLD.status = 'WAITING')
         WHERE id = NEW.event_id;
        -- the workshop seats of its choices count only while the registration is confirmed
        IF (NEW.status = 'CONFIRMED') <> (OLD.status = 'CONFIRMED') THEN
            UPDATE workshop w
              JOIN (SELECT workshop_id, SUM(status = 'CONFIRMED') AS taken, SUM(status = 'WAITING') AS waiting
                      FROM registration_choice WHERE registration_id = NEW.id GROUP BY workshop_id) c
                ON c.workshop_id = w.id
               SET w.seats_taken = w.seats_taken + IF(NEW.status = 'CONFIRMED', c.taken, -c.taken),
                   w.seats_waiting = w.seats_waiting + IF(NEW.status = 'CONFIRMED', c.waiting, -c.waiting);
        END IF;
    END IF;
END$$

-- BEFORE: the choices that the delete cascades to (which fire no trigger) are still there to count
CREATE TRIGGER tr_registration_seats_delete BEFORE DELETE ON registration FOR EACH ROW
BEGIN
    UPDATE event SET seats_taken = seats_taken - (OLD.status = 'CONFIRMED'),
                     seats_waiting = seats_waiting - (OLD.status = 'WAITING')
     WHERE id = OLD.event_id;
    IF OLD.status = 'CONFIRMED' THEN
        UPDATE workshop w
          JOIN (SELECT workshop_id, SUM(status = 'CONFIRMED') AS taken, SUM(status = 'WAITING') AS waiting
                  FROM registration_choice WHERE registration_id = OLD.id GROUP BY workshop_id) c
            ON c.workshop_id = w.id
           SET w.seats_taken = w.seats_taken - c.taken, w.seats_waiting = w.seats_waiting - c.waiting;
    END IF;
END$$

CREATE TRIGGER tr_choice_seats_insert AFTER INSERT ON registration_choice FOR EACH ROW
BEGIN
    IF (SELECT status FROM registration WHERE id = NEW.registration_id) = 'CONFIRMED' THEN
        UPDATE workshop SET seats_taken = seats_taken + (NEW.status = 'CONFIRMED'),
                            seats_waiting = seats_waiting + (NEW.status = 'WAITING')
         WHERE id = NEW.workshop_id;
    END IF;
END$$

CREATE TRIGGER tr_choice_seats_update AFTER UPDATE ON registration_choice FOR EACH ROW
BEGIN
    IF NEW.registration_id <> OLD.registration_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A workshop choice never moves to another registration';
    END IF;
    IF (NEW.status <> OLD.status OR NEW.workshop_id <> OLD.workshop_id)
            AND (SELECT status FROM registration WHERE id = NEW.registration_id) = 'CONFIRMED' THEN
        UPDATE workshop SET seats_taken = seats_taken - (OLD.status = 'CONFIRMED'),
                            seats_waiting = seats_waiting - (OLD.status = 'WAITING')
         WHERE id = OLD.workshop_id;
        UPDATE workshop SET seats_taken = seats_taken + (NEW.status = 'CONFIRMED'),
                            seats_waiting = seats_waiting + (NEW.status = 'WAITING')
         WHERE id = NEW.workshop_id;
    END IF;
END$$

CREATE TRIGGER tr_choice_seats_delete AFTER DELETE ON registration_choice FOR EACH ROW
BEGIN
    IF (SELECT status FROM registration WHERE id = OLD.registration_id) = 'CONFIRMED' THEN
        UPDATE workshop SET seats_taken = seats_taken - (OLD.status = 'CONFIRMED'),
                            seats_waiting = seats_waiting - (OLD.status = 'WAITING')
         WHERE id = OLD.workshop_id;
    END IF;
END$$

DELIMITER ;

-- Every counter that differs from the rows it counts: empty, always.
CREATE VIEW seat_counter_drift AS
SELECT 'event' AS kind, e.id AS id, e.seats_taken AS seats_taken, e.seats_waiting AS seats_waiting,
       COALESCE(SUM(r.status = 'CONFIRMED'), 0) AS rows_taken, COALESCE(SUM(r.status = 'WAITING'), 0) AS rows_waiting
  FROM event e LEFT JOIN registration r ON r.event_id = e.id
 GROUP BY e.id, e.seats_taken, e.seats_waiting
HAVING e.seats_taken <> COALESCE(SUM(r.status = 'CONFIRMED'), 0)
    OR e.seats_waiting <> COALESCE(SUM(r.status = 'WAITING'), 0)
UNION ALL
SELECT 'workshop', w.id, w.seats_taken, w.seats_waiting,
       COALESCE(SUM(c.status = 'CONFIRMED' AND r.status = 'CONFIRMED'), 0),
       COALESCE(SUM(c.status = 'WAITING' AND r.status = 'CONFIRMED'), 0)
  FROM workshop w LEFT JOIN registration_choice c ON c.workshop_id = w.id
       LEFT JOIN registration r ON r.id = c.registration_id
 GROUP BY w.id, w.seats_taken, w.seats_waiting
HAVING w.seats_taken <> COALESCE(SUM(c.status = 'CONFIRMED' AND r.status = 'CONFIRMED'), 0)
    OR w.seats_waiting <> COALESCE(SUM(c.status = 'WAITING' AND r.status = 'CONFIRMED'), 0);
