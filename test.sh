#!/usr/bin/env bash
# The whole test suite, also on a fresh Debian machine: installs what the tests need when it is
# missing (as root; otherwise says what to install and stops), runs unit, in-container, browser and
# full-server tests, then lists the ten slowest test classes of the run.
# Extra arguments go to Maven, e.g. ./test.sh -Dit.test=AccountIT
set -uo pipefail
cd "$(dirname "$0")"

# A JDK for Maven; Debian's Chromium and its driver for the browser tests (portal.test.chromium and
# portal.test.chromedriver point elsewhere); the Liberation fonts the theme names; HAProxy in front of
# the two-node test's nodes.
missing=()
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
for package in chromium chromium-driver fonts-liberation haproxy; do
  if command -v dpkg >/dev/null 2>&1; then
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  fi
done
if ! command -v dpkg >/dev/null 2>&1 && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  echo "The browser tests need Chromium at /usr/bin/chromium and its ChromeDriver at /usr/bin/chromedriver" >&2
  echo "(or -Dportal.test.chromium=… -Dportal.test.chromedriver=…), the Liberation fonts and HAProxy." >&2
  exit 2
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" || exit 2
  else
    echo "The tests need these Debian packages, not installed here: ${missing[*]}" >&2
    echo "Install them, then run this script again:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi

started=$(mktemp)
SECONDS=0
./mvnw -B verify -Pfull-server "$@"
status=$?

# The ten slowest test classes over every module, from the Surefire and Failsafe reports written by
# this run (times above 1000 s may carry a thousands separator).
export LC_ALL=C
echo
echo "Maven took $((SECONDS / 60)) min $((SECONDS % 60)) s. Ten slowest test classes (seconds):"
find . -path '*/target/*-reports/TEST-*.xml' -newer "$started" | while read -r report; do
  suite=$(grep -m1 -o '<testsuite [^>]*>' "$report")
  name=$(sed -nE 's/.* name="([^"]*)".*/\1/p' <<<"$suite")
  time=$(sed -nE 's/.* time="([^"]*)".*/\1/p' <<<"$suite" | tr -d ,)
  [ -n "$name" ] && [ -n "$time" ] && printf '%10.1f  %s\n' "$time" "$name"
done | sort -rn | head -10
rm -f "$started"

exit $status
