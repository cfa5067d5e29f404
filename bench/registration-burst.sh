#!/usr/bin/env bash
# Registration burst: BENCH_PEOPLE people (default 2,000, each with an API token) register for one
# event of BENCH_CAPACITY seats (default 1,000) through the REST API, BENCH_CLIENTS (default 64)
# at a time, all starting together. Prints confirmed registrations per second, p50/p95 latency and
# the final counts from the API's answers and from the database (they must be exact: confirmed =
# capacity, the rest waiting, nobody twice), the statements per registration counted by MariaDB, and
# the same burst as bare JDBC transactions against the same database (bench/RegistrationBare.java) with
# the ratio of the two.
# Starts its own portal like bench/staff-list.sh (ports 18280, 13517, 12735).
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

portal_settings burst 18280 13517 12735
PEOPLE=${BENCH_PEOPLE:-2000}
CAPACITY=${BENCH_CAPACITY:-1000}
CLIENTS=${BENCH_CLIENTS:-64}
start_portal

burst_people "$PEOPLE"
EVENT=$(burst_event "Benchmark congres" "$CAPACITY")
# warm up the JVM on another event so the burst measures a warm server
sql -e "INSERT INTO event (kind, title, venue, starts_at, ends_at, registration_opens_at, registration_closes_at,
  cancellation_deadline, capacity, audience, created_at) SELECT kind, 'Warm-up', venue, starts_at, ends_at,
  registration_opens_at, registration_closes_at, cancellation_deadline, 50, audience, created_at FROM event WHERE id = $EVENT"
WARM=$(sql -N -e "SELECT MAX(id) FROM event WHERE title = 'Warm-up'")
# (the warm-up people are those of the burst: their warm-up registrations are for another event)
java bench/RegistrationBurst.java "$BASE" "$WARM" "${BENCH_WARMUP:-300}" 16 >/dev/null

# the reference: the same people for a copy of the event, as bare JDBC transactions (lock, count, insert)
sql -e "INSERT INTO event (kind, title, venue, starts_at, ends_at, registration_opens_at, registration_closes_at,
  cancellation_deadline, capacity, audience, created_at) SELECT kind, 'Bare congres', venue, starts_at, ends_at,
  registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, created_at FROM event WHERE id = $EVENT"
BARE=$(sql -N -e "SELECT MAX(id) FROM event WHERE title = 'Bare congres'")
DRIVER=$(ls "$HOME"/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | sort -V | tail -1)

# statements the server executed (every command a client sent, the transaction's own included), and the
# data statements alone, from MariaDB's counters
statements() {
  sql -N -e "SELECT CONCAT(SUM(IF(VARIABLE_NAME = 'QUESTIONS', VARIABLE_VALUE, 0)), ' ',
    SUM(IF(VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE'), VARIABLE_VALUE, 0)), ' ',
    SUM(IF(VARIABLE_NAME LIKE 'COM_XA%', VARIABLE_VALUE, 0)))
    FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'QUESTIONS' OR VARIABLE_NAME LIKE 'COM_%'"
}

read -r q0 d0 x0 <<<"$(statements)"
c0=$(cpu_ticks)
# BENCH_JFR=FILE records the burst with Java Flight Recorder into FILE (to see where the time goes)
[ -n "${BENCH_JFR:-}" ] && jcmd "$(pgrep -P "$pid" java | head -1)" JFR.start name=burst settings=profile filename="$BENCH_JFR" >/dev/null
portal_line=$(java bench/RegistrationBurst.java "$BASE" "$EVENT" "$PEOPLE" "$CLIENTS")
c1=$(cpu_ticks)
[ -n "${BENCH_JFR:-}" ] && jcmd "$(pgrep -P "$pid" java | head -1)" JFR.stop name=burst >/dev/null
read -r q1 d1 x1 <<<"$(statements)"
echo "$portal_line"
# the mails of the burst leave after commit; wait for them so that their statements are counted too
for _ in $(seq 1 120); do
  [ "$(sql -N -e "SELECT COUNT(*) FROM mail_log WHERE status = 'QUEUED'")" = 0 ] && break
  sleep 0.5
done
read -r q2 d2 x2 <<<"$(statements)"
awk -v q0="$q0" -v q1="$q1" -v q2="$q2" -v d0="$d0" -v d1="$d1" -v d2="$d2" -v x0="$x0" -v x2="$x2" -v n="$PEOPLE" \
  'BEGIN { printf "BENCH registration_statements per_registration=%.1f data_statements=%.1f with_mail_after_commit=%.1f xa=%.1f\n",
    (q1 - q0 - 4) / n, (d1 - d0 - 4) / n, (q2 - q0 - 8) / n, (x2 - x0) / n }'
# the CPU the portal (its Payara Micro and its MariaDB) spent per registration during the burst: with the
# confirmed rate it tells how much of the two cores the burst used, and so whether it waited or computed
awk -v a="$c0" -v b="$c1" -v n="$PEOPLE" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" -v line="$portal_line" 'BEGIN {
  match(line, /seconds=[0-9.]+/); s = substr(line, RSTART + 8, RLENGTH - 8)
  printf "BENCH registration_cpu portal_cpu_ms_per_registration=%.2f cores_used=%.2f of=%d\n", (b - a) * 1000 / hz / n, (b - a) / hz / s, cores }'

c2=$(cpu_ticks)
bare_line=$(java -cp "$DRIVER" bench/RegistrationBare.java "jdbc:mariadb://127.0.0.1:$DB_PORT/portal" portal portal \
  "$BARE" "$PEOPLE" "$CLIENTS" "${BENCH_BARE_POOL:-16}")
echo "$bare_line"
# the same for the bare burst: here the portal's processes are only its MariaDB at work (the bare
# client's own JVM is not counted)
awk -v a="$c2" -v b="$(cpu_ticks)" -v n="$PEOPLE" -v hz="$(getconf CLK_TCK)" \
  'BEGIN { printf "BENCH registration_bare_cpu database_cpu_ms_per_registration=%.2f\n", (b - a) * 1000 / hz / n }'
awk -v a="$portal_line" -v b="$bare_line" 'BEGIN {
  match(a, /confirmed_per_s=[0-9.]+/); pa = substr(a, RSTART + 16, RLENGTH - 16)
  match(b, /confirmed_per_s=[0-9.]+/); pb = substr(b, RSTART + 16, RLENGTH - 16)
  printf "BENCH registration_ratio portal_confirmed_per_s=%s bare_confirmed_per_s=%s ratio=%.2f\n", pa, pb, pa / pb }'

sql -N -e "SELECT CONCAT('BENCH registration_burst_database confirmed=', SUM(status = 'CONFIRMED'), ' waiting=',
  SUM(status = 'WAITING'), ' distinct_people=', COUNT(DISTINCT account_id), ' capacity=', $CAPACITY,
  ' counters=', (SELECT CONCAT(seats_taken, '/', seats_waiting) FROM event WHERE id = $EVENT),
  ' counter_drift=', (SELECT COUNT(*) FROM seat_counter_drift))
  FROM registration WHERE event_id = $EVENT"

# The agenda under load: the public event list page and GET /api/events at 200 connections
# (QUALITY.md: p95 < 300 ms for the event list with 200 concurrent sessions), after a warm-up.
wrk -t2 -c16 -d5s "$BASE/events/index.xhtml" >/dev/null
measure event_list_page_c200 200 /events/index.xhtml --timeout 10s
measure api_events_c200 200 /api/events --timeout 10s
