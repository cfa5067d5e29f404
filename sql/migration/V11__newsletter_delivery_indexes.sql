-- The sending engine commits every delivery on its own: one UPDATE per message, QUEUED → SENT. Every
-- secondary index holding the status costs that UPDATE a delete and an insert in the index (measured:
-- the database's share of the work per message), so nl_delivery keeps only what its queries need. The
-- feeder walks the primary key (edition_id, subscriber_id) from a cursor and counts per edition by its
-- prefix; unsubscribing finds a subscriber's deliveries by subscriber_id (also the foreign key's index).
ALTER TABLE nl_delivery
    ADD INDEX ix_nl_delivery_recipient (subscriber_id),
    DROP INDEX ix_nl_delivery_queue,
    DROP INDEX ix_nl_delivery_subscriber;
