#!/usr/bin/env bash
# Registration burst: BENCH_PEOPLE people (default 2,000, each with an API token) register for one
# event of BENCH_CAPACITY seats (default 1,000) through the REST API, BENCH_CLIENTS (default 64)
# at a time, all starting together. Prints confirmed registrations per second, p50/p95 latency and
# the final counts from the API's answers and from the database (they must be exact: confirmed =
# capacity, the rest waiting, nobody twice).
# Starts its own portal like bench/staff-list.sh (ports 18280, 13517, 12735).
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

portal_settings burst 18280 13517 12735
PEOPLE=${BENCH_PEOPLE:-2000}
CAPACITY=${BENCH_CAPACITY:-1000}
CLIENTS=${BENCH_CLIENTS:-64}
start_portal

sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_10000;
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
SELECT CONCAT('burst', i, '@example.nl'), CONCAT('Deelnemer ', i), 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6) FROM bench_n WHERE i <= $PEOPLE;
INSERT INTO account_role (account_id, role)
SELECT id, 'MEMBER' FROM account WHERE email LIKE 'burst%@example.nl';
INSERT INTO api_token (account_id, name, token_hash, created_at)
SELECT a.id, 'burst', SHA2(CONCAT('ing_bench_', n.i), 256), UTC_TIMESTAMP(6)
  FROM bench_n n JOIN account a ON a.email = CONCAT('burst', n.i, '@example.nl') WHERE n.i <= $PEOPLE;
INSERT INTO event (kind, title, venue, starts_at, ends_at, registration_opens_at, registration_closes_at,
                   cancellation_deadline, capacity, audience, created_at)
VALUES ('CONGRESS', 'Benchmark congres', 'Utrecht', NOW() + INTERVAL 30 DAY, NOW() + INTERVAL 30 DAY + INTERVAL 8 HOUR,
        NOW() - INTERVAL 1 DAY, NOW() + INTERVAL 20 DAY, NOW() + INTERVAL 20 DAY, $CAPACITY, 'EVERYONE',
        UTC_TIMESTAMP(6));
SQL
EVENT=$(sql -N -e "SELECT MAX(id) FROM event WHERE title = 'Benchmark congres'")
# warm up the JVM on another event so the burst measures a warm server
sql -e "INSERT INTO event (kind, title, venue, starts_at, ends_at, registration_opens_at, registration_closes_at,
  cancellation_deadline, capacity, audience, created_at) SELECT kind, 'Warm-up', venue, starts_at, ends_at,
  registration_opens_at, registration_closes_at, cancellation_deadline, 50, audience, created_at FROM event WHERE id = $EVENT"
WARM=$(sql -N -e "SELECT MAX(id) FROM event WHERE title = 'Warm-up'")
java bench/RegistrationBurst.java "$BASE" "$WARM" 300 16 >/dev/null

java bench/RegistrationBurst.java "$BASE" "$EVENT" "$PEOPLE" "$CLIENTS"
sql -N -e "SELECT CONCAT('BENCH registration_burst_database confirmed=', SUM(status = 'CONFIRMED'), ' waiting=',
  SUM(status = 'WAITING'), ' distinct_people=', COUNT(DISTINCT account_id), ' capacity=', $CAPACITY)
  FROM registration WHERE event_id = $EVENT"

# The agenda under load: the public event list page and GET /api/events at 200 connections
# (QUALITY.md: p95 < 300 ms for the event list with 200 concurrent sessions), after a warm-up.
wrk -t2 -c16 -d5s "$BASE/events/index.xhtml" >/dev/null
measure event_list_page_c200 200 /events/index.xhtml --timeout 10s
measure api_events_c200 200 /api/events --timeout 10s
