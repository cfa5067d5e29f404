#!/usr/bin/env bash
# The portal's main pages under load, each against a static file in the same run, printed as figures.
#  1. starts the portal with demo data (own ports 18680, 13917, 13135, IMAP 13143 and data folder bench/target/pages-data)
#     and adds through SQL coming events until the agenda holds BENCH_EVENTS (90), with workshops,
#     registrations of others, and registrations of the demo member for a tenth of them
#  2. counts the SQL statements of each page: MariaDB's global Com_* counters (select, insert, update,
#     delete, commit, rollback, begin, set_option, xa_*) over BENCH_SAMPLES (20) single requests, divided
#  3. measures each page with wrk at 16 connections (req/s, p50, p95, ratio to /robots.txt measured in
#     the same run) and at 200
#     connections (errors, throughput compared with 16); cpu_ms, the portal's CPU time (its JVMs and its
#     MariaDB) per request, and cpu_ratio, the static file's cpu_ms divided by the page's: the page's cost
#     as a ratio that the load of a shared machine hardly moves
# Anonymous pages also say whether the response set a session cookie (it should not).
# BENCH_HOLD=600 keeps the portal running with its data and sessions, unmeasured, for profiling a page.
# Needs wrk (Debian package "wrk"); installs it when missing.
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

BENCH_DURATION=${BENCH_DURATION:-10s}
portal_settings pages 18680 13917 13135
EVENTS=${BENCH_EVENTS:-90}
SAMPLES=${BENCH_SAMPLES:-20}
start_portal PORTAL_IMAP_PORT=${BENCH_IMAP_PORT:-13143}

sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_1000;
SET @coming = (SELECT COUNT(*) FROM event WHERE starts_at > NOW() AND status = 'PUBLISHED');
SET @rayons = (SELECT COUNT(*) FROM rayon);
INSERT INTO event (kind, title, description, rayon_id, venue, starts_at, ends_at, registration_opens_at,
                   registration_closes_at, cancellation_deadline, capacity, audience, created_at)
SELECT ELT(1 + i % 4, 'RAYONDAG', 'WEBINAR', 'TRAINING', 'CONGRESS'), CONCAT('Benchmark bijeenkomst ', i),
       'Een bijeenkomst om de agenda te vullen.', IF(i % 3 = 0, NULL, (SELECT id FROM rayon ORDER BY id LIMIT 1 OFFSET 0)),
       'Utrecht', TIMESTAMP(CURRENT_DATE + INTERVAL 2 + i * 4 DAY, '10:00'),
       TIMESTAMP(CURRENT_DATE + INTERVAL 2 + i * 4 DAY, '16:00'), NOW() - INTERVAL 1 DAY,
       TIMESTAMP(CURRENT_DATE + INTERVAL 1 + i * 4 DAY, '23:59'), TIMESTAMP(CURRENT_DATE + INTERVAL 1 + i * 4 DAY, '23:59'),
       20 + i % 50, IF(i % 2 = 0, 'MEMBERS', 'EVERYONE'), UTC_TIMESTAMP(6)
  FROM bench_n WHERE i <= $EVENTS - @coming;
-- every fifth with two workshops in one round
INSERT INTO workshop_round (event_id, name, position)
SELECT id, 'Ronde 1', 1 FROM event WHERE title LIKE 'Benchmark bijeenkomst %' AND id % 5 = 0;
INSERT INTO workshop (round_id, title, description, room, speaker, capacity)
SELECT r.id, CONCAT('Workshop ', n.i), NULL, CONCAT('Zaal ', n.i), 'Spreker', 10
  FROM workshop_round r JOIN event e ON e.id = r.event_id JOIN bench_n n ON n.i <= 2
 WHERE e.title LIKE 'Benchmark bijeenkomst %';
-- the ids first: the seat counter triggers (V17) update event and workshop, which an INSERT … SELECT
-- that reads those tables may not
CREATE TEMPORARY TABLE bench_event (id BIGINT PRIMARY KEY)
SELECT id FROM event WHERE title LIKE 'Benchmark bijeenkomst %';
CREATE TEMPORARY TABLE bench_workshop (event_id BIGINT, round_id BIGINT, workshop_id BIGINT)
SELECT wr.event_id, w.round_id, MIN(w.id) AS workshop_id
  FROM workshop_round wr JOIN workshop w ON w.round_id = wr.id GROUP BY wr.event_id, w.round_id;
-- five guests on every benchmark event
INSERT INTO registration (event_id, account_id, name, email, language, member, status, registered_at,
                          confirmed_at, checkin_code)
SELECT e.id, NULL, CONCAT('Gast ', n.i), CONCAT('gast', n.i, '-', e.id, '@example.nl'), 'nl', FALSE, 'CONFIRMED',
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), LEFT(SHA2(CONCAT('bench', e.id, '-', n.i), 256), 22)
  FROM bench_event e JOIN bench_n n ON n.i <= 5;
-- the demo member on every tenth
INSERT INTO registration (event_id, account_id, name, email, language, member, status, registered_at,
                          confirmed_at, checkin_code)
SELECT e.id, a.id, a.display_name, a.email, 'nl', TRUE, 'CONFIRMED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
       LEFT(SHA2(CONCAT('bench-lid', e.id), 256), 22)
  FROM bench_event e JOIN account a ON a.email = 'lid@demo.ingrado.nl'
 WHERE e.id % 10 = 0;
-- and a workshop chosen in every round of those
INSERT INTO registration_choice (registration_id, round_id, workshop_id, status, chosen_at)
SELECT r.id, w.round_id, w.workshop_id, 'CONFIRMED', UTC_TIMESTAMP(6)
  FROM registration r JOIN account a ON a.id = r.account_id AND a.email = 'lid@demo.ingrado.nl'
  JOIN bench_workshop w ON w.event_id = r.event_id
 WHERE r.status = 'CONFIRMED';
ANALYZE TABLE event, registration, workshop, workshop_round;
SQL
coming=$(sql -N -e "SELECT COUNT(*) FROM event WHERE starts_at > NOW() AND status = 'PUBLISHED'")
mine=$(sql -N -e "SELECT COUNT(*) FROM registration r JOIN account a ON a.id = r.account_id WHERE a.email = 'lid@demo.ingrado.nl'")
event=$(sql -N -e "SELECT MIN(e.id) FROM event e JOIN workshop_round r ON r.event_id = e.id WHERE e.starts_at > NOW() AND e.audience = 'EVERYONE'")
echo "BENCH data coming_events=$coming member_registrations=$mine event_page_id=$event"

log_in lid@demo.ingrado.nl /member/index.xhtml; member=$session
log_in auditor@demo.ingrado.nl /auditor/registrants.xhtml; auditor=$session
log_in bureau@demo.ingrado.nl /staff/persons.xhtml; staff=$session

if [ -n "${BENCH_HOLD:-}" ]; then
  # for profiling a page by hand (jcmd PID JFR.start ...): the portal with its data and sessions, no load
  echo "portal on $BASE (pid $pid), database on port $DB_PORT; sessions member=$member auditor=$auditor" \
    "staff=$staff; event page id $event; holding for $BENCH_HOLD s" >&2
  sleep "$BENCH_HOLD"
  exit 0
fi

# name path session (empty: anonymous)
pages=(
  "public_home / "
  "login /login.xhtml "
  "agenda /events/index.xhtml "
  "event_page /events/view.xhtml?id=$event "
  "member_home /member/index.xhtml $member"
  "krsd_dashboard /member/krsd/index.xhtml $member"
  "my_registrations /member/registrations.xhtml $member"
  "auditor_overview /auditor/registrants.xhtml $auditor"
  "staff_persons /staff/persons.xhtml $staff"
  "api_events /api/events "
)

counters() {
  sql -N -e "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
    ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE', 'COM_REPLACE', 'COM_INSERT_SELECT', 'COM_UPDATE_MULTI',
     'COM_DELETE_MULTI', 'COM_COMMIT', 'COM_ROLLBACK', 'COM_BEGIN', 'COM_SET_OPTION', 'COM_XA_START', 'COM_XA_END',
     'COM_XA_PREPARE', 'COM_XA_COMMIT', 'COM_XA_ROLLBACK')"
}
# statements PATH SESSION: SQL statements per request (the counter query itself is a Com_select: subtracted)
statements() {
  local before after cookie=()
  [ -n "$2" ] && cookie=(-b "JSESSIONID=$2")
  before=$(counters)
  for _ in $(seq "$SAMPLES"); do curl -s -o /dev/null "${cookie[@]}" "$BASE$1"; done
  after=$(counters)
  awk -v a="$before" -v b="$after" -v n="$SAMPLES" 'BEGIN { printf "%.1f", (b - a - 1) / n }'
}

# warm-up: every page a few seconds, so the JIT and the pools are where a running portal has them
wrk -t2 -c16 -d5s "$BASE/robots.txt" >/dev/null
for entry in "${pages[@]}"; do
  read -r name path session <<<"$entry"
  header=(); [ -n "$session" ] && header=(-H "Cookie: JSESSIONID=$session")
  wrk -t2 -c16 -d3s "${header[@]}" "$BASE$path" >/dev/null
done

before=$(cpu_ticks)
static=$(measure static_file_c16 16 /robots.txt)
static_cpu=$(cpu_ms "$before" "$(cpu_ticks)" "$static")
echo "$static cpu_ms=$static_cpu"
static_rps=$(echo "$static" | field 'req/s')
for entry in "${pages[@]}"; do
  read -r name path session <<<"$entry"
  header=(); [ -n "$session" ] && header=(-H "Cookie: JSESSIONID=$session")
  count=$(statements "$path" "$session")
  extra=""
  if [ -z "$session" ]; then
    if curl -s -D - -o /dev/null "$BASE$path" | grep -qi '^set-cookie: JSESSIONID'; then
      extra=" session_cookie=yes"
    else
      extra=" session_cookie=no"
    fi
  fi
  before=$(cpu_ticks)
  line=$(measure "${name}_c16" 16 "$path" --timeout 10s "${header[@]}")
  cpu=$(cpu_ms "$before" "$(cpu_ticks)" "$line")
  rps=$(echo "$line" | field 'req/s')
  echo "$line statements=$count ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.3f", a / b }')" \
    "cpu_ms=$cpu" \
    "cpu_ratio=$(awk -v a="$static_cpu" -v b="$cpu" 'BEGIN { printf "%.3f", a / b }')$extra"
  eval "rps16_$name=$rps"
done
for entry in "${pages[@]}"; do
  read -r name path session <<<"$entry"
  header=(); [ -n "$session" ] && header=(-H "Cookie: JSESSIONID=$session")
  line=$(measure "${name}_c200" 200 "$path" --timeout 10s "${header[@]}")
  rps=$(echo "$line" | field 'req/s')
  ref="rps16_$name"
  echo "$line vs_c16=$(awk -v a="$rps" -v b="${!ref}" 'BEGIN { printf "%.2f", a / b }')"
done
measure static_file_c200 200 /robots.txt --timeout 10s
echo "BENCH load_average $(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)"
