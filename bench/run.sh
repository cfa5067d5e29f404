#!/usr/bin/env bash
# Benchmarks of the foundation, printed as figures:
#  - cold start of the run command (fresh data folder: MariaDB install, migrations, demo data)
#  - warm start (same data folder again)
#  - p50/p95 latency under 50 concurrent clients (wrk, 2 threads) of the login page, the public
#    home page, a logged-in member's home page, and a static file from the same server (reference).
# Needs wrk (Debian package "wrk"); installs it when missing. Uses port 18080 and bench/target/.
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

PORT=18080
DB_PORT=13307
SMTP_PORT=12525
BASE="http://127.0.0.1:$PORT"
DATA="$PWD/bench/target/data"
DURATION="${BENCH_DURATION:-20s}"
LOG="$PWD/bench/target/portal.log"

rm -rf "$DATA"
start_portal; cold=$elapsed; stop_portal
start_portal; warm=$elapsed
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
