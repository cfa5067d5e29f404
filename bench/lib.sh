# Sourced by every benchmark script: goes to the repository root, builds the portal when needed, and
# starts, waits for and stops a portal of its own (own ports and data folder, so benchmarks can run
# side by side). Before calling start_portal set PORT, DB_PORT, SMTP_PORT, DATA and LOG.
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
    || ./mvnw -B -q install -DskipTests
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
