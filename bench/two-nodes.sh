#!/usr/bin/env bash
# Two nodes against one, in the same run: PORTAL_NODES=2 starts two clustered Payara Micro nodes (data
# grid on loopback) with HAProxy in front (own ports 18380 for the balancer, 18381 and 18382 for the
# nodes, 13617, 12835, IMAP 12843, grid 15900). Then, through the balancer and straight at node 1:
#  - the member home at 16 connections (wrk, one logged-in session per node, each sticky to its node);
#  - a registration burst (bench/RegistrationBurst.java: BENCH_PEOPLE people, default 1,000, for
#    BENCH_CAPACITY seats, default 500, 64 clients at a time), each on an event of its own.
# Prints req/s and confirmed/s for both and the ratio two/one. On a machine of 2 cores both nodes, the
# balancer, MariaDB and the load share the same two cores: expect no gain, rather the cost of the extra
# hop and the session writes to the grid. Needs wrk and haproxy (Debian packages; installed when missing).
source "$(dirname "$0")/lib.sh"
need wrk wrk
need haproxy haproxy
build_portal

BENCH_DURATION=${BENCH_DURATION:-15s}
portal_settings twonodes 18380 13617 12835
PEOPLE=${BENCH_PEOPLE:-1000}
CAPACITY=${BENCH_CAPACITY:-500}
start_portal PORTAL_NODES=2 PORTAL_GRID_PORT=${BENCH_GRID_PORT:-15900} PORTAL_IMAP_PORT=${BENCH_IMAP_PORT:-12843}
echo "BENCH two_nodes started_in_s=$elapsed"
BALANCER=$BASE
NODE1="http://127.0.0.1:$((PORT + 1))"

# one member session on each node: log in through the balancer until both nodes hold one
declare -A on
for _ in 1 2 3 4 5 6; do
  log_in lid@demo.ingrado.nl /member/index.xhtml
  node=$(grep -o 'PORTALNODE=n[0-9]*' <<<"$cookies" | cut -d= -f2)
  [ -z "${on[$node]:-}" ] && on[$node]=$cookies
  [ -n "${on[n1]:-}" ] && [ -n "${on[n2]:-}" ] && break
done
[ -n "${on[n1]:-}" ] && [ -n "${on[n2]:-}" ] || { echo "could not get a session on each node" >&2; exit 1; }

# warm both nodes, then measure: two nodes behind the balancer, then node 1 alone (with its session)
BENCH_COOKIES="${on[n1]}|${on[n2]}" wrk -t2 -c16 -d5s -s bench/sticky.lua "$BALANCER/member/index.xhtml" >/dev/null
two=$(BENCH_NAME=member_home_two_nodes BENCH_COOKIES="${on[n1]}|${on[n2]}" \
  wrk -t2 -c16 -d"$DURATION" --latency -s bench/sticky.lua "$BALANCER/member/index.xhtml" | grep '^BENCH')
one=$(BENCH_NAME=member_home_one_node BENCH_COOKIES="${on[n1]}" \
  wrk -t2 -c16 -d"$DURATION" --latency -s bench/sticky.lua "$NODE1/member/index.xhtml" | grep '^BENCH')
echo "$two"
echo "$one"
awk -v a="$two" -v b="$one" 'BEGIN {
  match(a, /req\/s=[0-9.]+/); ra = substr(a, RSTART + 6, RLENGTH - 6)
  match(b, /req\/s=[0-9.]+/); rb = substr(b, RSTART + 6, RLENGTH - 6)
  printf "BENCH member_home_ratio two_nodes_req_s=%s one_node_req_s=%s ratio=%.2f\n", ra, rb, ra / rb }'

# registrations: the same people on two events, one through the balancer, one at node 1
burst_people "$PEOPLE"
WARM=$(burst_event "Warm-up" 50)
java bench/RegistrationBurst.java "$BALANCER" "$WARM" 200 16 >/dev/null
THROUGH=$(burst_event "Twee knopen" "$CAPACITY")
ALONE=$(burst_event "Een knoop" "$CAPACITY")
two=$(java bench/RegistrationBurst.java "$BALANCER" "$THROUGH" "$PEOPLE" 64 | sed 's/registration_burst/registration_burst_two_nodes/')
one=$(java bench/RegistrationBurst.java "$NODE1" "$ALONE" "$PEOPLE" 64 | sed 's/registration_burst/registration_burst_one_node/')
echo "$two"
echo "$one"
awk -v a="$two" -v b="$one" 'BEGIN {
  match(a, /confirmed_per_s=[0-9.]+/); ra = substr(a, RSTART + 16, RLENGTH - 16)
  match(b, /confirmed_per_s=[0-9.]+/); rb = substr(b, RSTART + 16, RLENGTH - 16)
  printf "BENCH registration_ratio two_nodes_confirmed_per_s=%s one_node_confirmed_per_s=%s ratio=%.2f\n", ra, rb, ra / rb }'
sql -N -e "SELECT CONCAT('BENCH two_nodes_counts through_balancer=', SUM(event_id = $THROUGH AND status = 'CONFIRMED'),
  ' at_one_node=', SUM(event_id = $ALONE AND status = 'CONFIRMED'), ' capacity=', $CAPACITY)
  FROM registration WHERE event_id IN ($THROUGH, $ALONE)"
