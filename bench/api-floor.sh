#!/usr/bin/env bash
# The floor under the registration burst: what the server spends on a request that does almost nothing,
# beside the registration. At 64 connections it measures a static file, GET /api/me with an API token
# (token check, caller's facts, one read) and prints req/s and the portal's CPU per request for each.
# Starts its own portal (ports 18290, 13527, 12745).
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal
portal_settings floor 18290 13527 12745
start_portal
burst_people 1

run() {
  local name=$1 path=$2 before line
  shift 2
  DURATION=5s measure warm 16 "$path" "$@" >/dev/null
  before=$(cpu_ticks)
  line=$(measure "$name" 64 "$path" "$@")
  echo "$line cpu_ms_per_request=$(cpu_ms "$before" "$(cpu_ticks)" "$line")"
}
run static_file_c64 /robots.txt
# BENCH_JFR=FILE records the token call with Java Flight Recorder (to see where its time goes)
jvm=$(pgrep -P "$pid" java | head -1)
[ -n "${BENCH_JFR:-}" ] && jcmd "$jvm" JFR.configure stackdepth=512 >/dev/null && jcmd "$jvm" JFR.start name=floor settings=profile filename="$BENCH_JFR" >/dev/null
run api_me_token_c64 /api/me -H "Authorization: Bearer ing_bench_1"
[ -n "${BENCH_JFR:-}" ] && jcmd "$jvm" JFR.stop name=floor >/dev/null
run api_events_c64 /api/events
for round in $(seq 1 "${BENCH_ROUNDS:-0}"); do
  run "api_me_token_c64_round$round" /api/me -H "Authorization: Bearer ing_bench_1"
done
