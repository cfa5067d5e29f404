# Sourced by every benchmark script: goes to the repository root, builds the portal when needed, and
# starts, waits for and stops a portal of its own (own ports and data folder, so benchmarks can run
# side by side). Before calling start_portal call portal_settings (or set PORT, DB_PORT, SMTP_PORT, DATA
# and LOG); log_in and measure then drive the portal it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p bench/target

# need COMMAND PACKAGE: installs the Debian package when the command (a name or a path) is missing
need() {
  command -v "$1" >/dev/null || [ -x "$1" ] \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; }
}

# builds the run command and the WAR once; later runs reuse them
build_portal() {
  [ -f portal-dev/target/portal-dev.jar ] && [ -f portal-web/target/portal-web.war ] \
    || ./mvnw -B -q package -DskipTests
}

# portal_settings NAME PORT DB_PORT SMTP_PORT: the script's own ports (BENCH_PORT, BENCH_DB_PORT and
# BENCH_SMTP_PORT override them), BASE, DURATION (BENCH_DURATION, 20s), and an empty data folder
# bench/target/NAME-data with the log NAME-portal.log beside it (no NAME: data and portal.log)
portal_settings() {
  PORT=${BENCH_PORT:-$2}
  DB_PORT=${BENCH_DB_PORT:-$3}
  SMTP_PORT=${BENCH_SMTP_PORT:-$4}
  BASE="http://127.0.0.1:$PORT"
  DURATION="${BENCH_DURATION:-20s}"
  DATA="$PWD/bench/target/${1:+$1-}data"
  LOG="$PWD/bench/target/${1:+$1-}portal.log"
  rm -rf "$DATA"
}

pid=""
stop_portal() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; pid=""; }
# a script with more to stop sets its own trap that calls stop_portal too
trap stop_portal EXIT

# start_portal [NAME=value ...]: starts the run command with these extra settings and waits until it says
# "ready"; sets $pid and $elapsed (seconds until ready). No subshell around it: $pid must survive.
start_portal() {
  local t0 t1
  t0=$(date +%s.%N)
  # emptied first: the "ready" line of an earlier run must not count as this one's
  : >"$LOG"
  env PORTAL_DATA_DIR="$DATA" PORTAL_HTTP_PORT="$PORT" PORTAL_EMBEDDED_DB_PORT="$DB_PORT" \
    PORTAL_SMTP_PORT="$SMTP_PORT" "$@" java -jar portal-dev/target/portal-dev.jar >"$LOG" 2>&1 &
  pid=$!
  until grep -q "Ingrado portal ready" "$LOG"; do
    kill -0 "$pid" 2>/dev/null || { echo "portal did not start; see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}

# sql [mariadb options]: the portal's database, through the client of its embedded MariaDB
sql() { "$DATA/mariadb/base/bin/mariadb" --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u portal -pportal portal "$@"; }

# log_in EMAIL PAGE: logs in once through the form as a demo account and sets $session, the cookie that
# every later request reuses; ends the benchmark unless PAGE then answers 200 (a failed login would
# otherwise measure the login page)
log_in() {
  local jar page state code
  jar=$(mktemp)
  page=$(curl -s -c "$jar" "$BASE/login.xhtml")
  state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "form=form" --data-urlencode "form:email=$1" \
    --data-urlencode "form:password=Ingrado-demo-2026" --data-urlencode "form:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
  session=$(awk '$6=="JSESSIONID"{print $7}' "$jar" | tail -1)
  # every cookie as one Cookie header (behind the two-node balancer its node cookie too)
  cookies=$(awk 'NF >= 7 && $1 != "#" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
  rm -f "$jar"
  code=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookies" "$BASE$2")
  [ "$code" = 200 ] || { echo "logging in for the benchmark failed (HTTP $code)" >&2; exit 1; }
}

# measure NAME CONNECTIONS PATH [wrk options]: PATH under CONNECTIONS clients for DURATION, printed by
# bench/latency.lua as one BENCH line; one wrk thread for one connection, two (the cores) otherwise
measure() {
  local name=$1 connections=$2 path=$3
  shift 3
  BENCH_NAME="$name" wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" --latency \
    -s bench/latency.lua "$@" "$BASE$path" | grep '^BENCH'
}

# the CPU time (clock ticks) the portal has used: the run command, its Payara Micro and its MariaDB; per
# request this is what a page costs whatever else the machine is doing, where req/s depends on the load
cpu_ticks() {
  local total=0 p
  for p in $pid $(pgrep -P "$pid"); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# field NAME: the value of NAME= in the BENCH line on standard input
field() { sed -n "s|.* $1=\([^ ]*\).*|\1|p"; }
# cpu_ms BEFORE AFTER LINE: milliseconds of CPU per request of the BENCH line measured between the two
cpu_ms() {
  awk -v a="$1" -v b="$2" -v n="$(echo "$3" | field requests)" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (b - a) * 1000 / hz / n }'
}

# burst_people N: N members burst1@example.nl … burstN@example.nl, each with the API token ing_bench_<i>
# (what bench/RegistrationBurst.java sends)
burst_people() {
  sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_10000;
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
SELECT CONCAT('burst', i, '@example.nl'), CONCAT('Deelnemer ', i), 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6) FROM bench_n WHERE i <= $1;
INSERT INTO account_role (account_id, role)
SELECT id, 'MEMBER' FROM account WHERE email LIKE 'burst%@example.nl';
INSERT INTO api_token (account_id, name, token_hash, created_at)
SELECT a.id, 'burst', SHA2(CONCAT('ing_bench_', n.i), 256), UTC_TIMESTAMP(6)
  FROM bench_n n JOIN account a ON a.email = CONCAT('burst', n.i, '@example.nl') WHERE n.i <= $1;
SQL
}

# burst_event TITLE CAPACITY: a congress in a month, open for registration now; prints its id
burst_event() {
  sql -N -e "INSERT INTO event (kind, title, venue, starts_at, ends_at, registration_opens_at,
    registration_closes_at, cancellation_deadline, capacity, audience, created_at)
    VALUES ('CONGRESS', '$1', 'Utrecht', NOW() + INTERVAL 30 DAY, NOW() + INTERVAL 30 DAY + INTERVAL 8 HOUR,
    NOW() - INTERVAL 1 DAY, NOW() + INTERVAL 20 DAY, NOW() + INTERVAL 20 DAY, $2, 'EVERYONE', UTC_TIMESTAMP(6));
    SELECT LAST_INSERT_ID()"
}
