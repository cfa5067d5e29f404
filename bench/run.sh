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

portal_settings "" 18080 13307 12525
start_portal; cold=$elapsed; stop_portal
start_portal; warm=$elapsed
echo "BENCH start cold_s=$cold warm_s=$warm"

# warm the JIT a little, as a running portal would be
for p in /login.xhtml / /robots.txt; do wrk -t2 -c10 -d5s "$BASE$p" >/dev/null; done

# a logged-in member: log in once through the form, reuse the session cookie
log_in lid@demo.ingrado.nl /member/index.xhtml

measure static_file 50 /robots.txt
measure login_page 50 /login.xhtml
measure home_page 50 /
measure member_home 50 /member/index.xhtml -H "Cookie: JSESSIONID=$session"
