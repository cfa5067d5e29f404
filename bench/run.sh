#!/usr/bin/env bash
# Benchmarks of the foundation, printed as figures:
#  - cold start of the run command (fresh data folder: MariaDB install, migrations, demo data)
#  - warm start (same data folder again)
#  - p50/p95 latency under 50 concurrent clients (wrk, 2 threads) of the login page, the public
#    home page, a logged-in member's home page, and a static file from the same server (reference).
# Needs wrk (Debian package "wrk"); installs it when missing. Uses port 18080 and bench/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
[ -f portal-dev/target/portal-dev.jar ] && [ -f portal-web/target/portal-web.war ] \
  || ./mvnw -B -q install -DskipTests

PORT=18080
BASE="http://127.0.0.1:$PORT"
DATA="$PWD/bench/target/data"
DURATION="${BENCH_DURATION:-20s}"
LOG="$PWD/bench/target/portal.log"
mkdir -p bench/target
pid=""
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; pid=""; }
trap stop EXIT

start() { # sets $elapsed: seconds until the portal answered "ready" (no subshell: $pid must survive)
  local t0 t1
  t0=$(date +%s.%N)
  PORTAL_DATA_DIR="$DATA" PORTAL_HTTP_PORT=$PORT PORTAL_EMBEDDED_DB_PORT=13307 PORTAL_SMTP_PORT=12525 \
    java -jar portal-dev/target/portal-dev.jar >"$LOG" 2>&1 &
  pid=$!
  until grep -q "Ingrado portal ready" "$LOG"; do
    kill -0 "$pid" 2>/dev/null || { echo "portal did not start; see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}

rm -rf "$DATA"
start; cold=$elapsed; stop
start; warm=$elapsed
echo "BENCH start cold_s=$cold warm_s=$warm"

# warm the JIT a little, as a running portal would be
for p in /login.xhtml / /robots.txt; do wrk -t2 -c10 -d5s "$BASE$p" >/dev/null; done

# a logged-in member: log in once through the form, reuse the session cookie
jar=$(mktemp)
page=$(curl -s -c "$jar" "$BASE/login.xhtml")
state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null \
  --data-urlencode "form=form" --data-urlencode "form:email=lid@demo.ingrado.nl" \
  --data-urlencode "form:password=Ingrado-demo-2026" --data-urlencode "form:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
session=$(awk '$6=="JSESSIONID"{print $7}' "$jar" | tail -1)
code=$(curl -s -o /dev/null -w "%{http_code}" -b "JSESSIONID=$session" "$BASE/member/index.xhtml")
[ "$code" = 200 ] || { echo "logging in for the benchmark failed (HTTP $code)" >&2; exit 1; }

run() { BENCH_NAME="$1" wrk -t2 -c50 -d"$DURATION" --latency -s bench/latency.lua "${@:3}" "$BASE$2" | grep '^BENCH'; }
run static_file /robots.txt
run login_page /login.xhtml
run home_page /
run member_home /member/index.xhtml -H "Cookie: JSESSIONID=$session"
rm -f "$jar"
