#!/usr/bin/env bash
# Builds the portal and starts it at http://127.0.0.1:8080/ on an embedded MariaDB with demo data.
# Ctrl-C stops everything it started. Skip the build with --no-build.
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q install -DskipTests -Dformatter.skip=true
fi
exec java -jar portal-dev/target/portal-dev.jar
