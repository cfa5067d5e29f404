#!/usr/bin/env bash
# Newsletter throughput: one edition to BENCH_MESSAGES (20,000) subscribers, sent by the portal's engine
# (BENCH_THREADS worker threads, the per-recipient log committed after every message) to Postfix's
# smtp-sink, then a bare Jakarta Mail loop (bench/NewsletterBareSend.java: same rendered edition, headers
# and structure, same threads, one connected Transport per thread, TCP_NODELAY, no database) to the same
# sink, and their ratio. Both get a warm-up round of a tenth of the messages first.
# Needs smtp-sink (Debian package "postfix"); installs it when missing. Ports 18480, 13717 and 12935.
source "$(dirname "$0")/lib.sh"
need /usr/sbin/smtp-sink postfix
build_portal

PORT=${BENCH_PORT:-18480}
DB_PORT=${BENCH_DB_PORT:-13717}
SINK_PORT=${BENCH_SINK_PORT:-12935}
SMTP_PORT=$SINK_PORT
MESSAGES=${BENCH_MESSAGES:-20000}
THREADS=${BENCH_THREADS:-4}
WARMUP=$((MESSAGES / 10))
DATA="$PWD/bench/target/newsletter-data"
LOG="$PWD/bench/target/newsletter-portal.log"
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() { ls "$M2"/$1 2>/dev/null | grep -v sources | sort -V | tail -1; }
CP="portal-ejb/target/classes:$(jar 'org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar')"
CP="$CP:$(jar 'org/eclipse/angus/jakarta.mail/*/jakarta.mail-*.jar'):$(jar 'org/eclipse/angus/angus-activation/*/angus-activation-*.jar')"
CP="$CP:$(jar 'jakarta/activation/jakarta.activation-api/2*/jakarta.activation-api-*.jar'):$(jar 'org/jsoup/jsoup/*/jsoup-*.jar')"
sink=""
stop() {
  stop_portal
  [ -n "$sink" ] && kill "$sink" 2>/dev/null && wait "$sink" 2>/dev/null || true; sink=""
}
trap stop EXIT

/usr/sbin/smtp-sink -u postfix -c 127.0.0.1:$SINK_PORT 1000 >/dev/null 2>&1 &
sink=$!

rm -rf "$DATA"
start_portal PORTAL_DEMO=false PORTAL_SMTP_HOST=127.0.0.1 PORTAL_NEWSLETTER_THREADS="$THREADS" \
  PORTAL_NEWSLETTER_POLL_SECONDS=1

# one edition to `count` new subscribers (the earlier ones unsubscribed first); prints its id
edition() {
  local count=$1 tag=$2
  sql -N <<SQL
UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = UTC_TIMESTAMP(6) WHERE status = 'SUBSCRIBED';
INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at)
  SELECT CONCAT('$tag', seq, '@example.test'), CONCAT('Lezer ', seq), 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6),
         UTC_TIMESTAMP(6) FROM seq_1_to_$count;
INSERT INTO nl_edition (subject, intro, segment_id, status, scheduled_at, created_at, created_by)
  SELECT 'Ingrado Nieuwsbrief: benchmark', 'Een editie zoals elke twee weken, met vijf berichten.', id, 'DRAFT',
         NULL, UTC_TIMESTAMP(6), 'bench' FROM nl_segment WHERE kind = 'EVERYONE';
SET @e = LAST_INSERT_ID();
INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url)
  SELECT @e, seq, CONCAT('Bericht ', seq, ': nieuws over leerplicht en verzuim'),
         REPEAT('<p>Een alinea met <strong>nieuws</strong> voor leerplichtambtenaren en trajectbegeleiders, over de wet, de praktijk en de cijfers.</p>', 6),
         'https://www.ingrado.nl/nieuws' FROM seq_1_to_5;
UPDATE nl_edition SET status = 'SCHEDULED', scheduled_at = UTC_TIMESTAMP(6) WHERE id = @e;
SELECT @e;
SQL
}
await_sent() {
  until [ "$(sql -N -e "SELECT status FROM nl_edition WHERE id = $1")" = SENT ]; do sleep 0.5; done
}

# CPU seconds (user + system) of a process, to see where the engine's time goes
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
db_pid=$(pgrep -f "mariadbd.*--port=$DB_PORT" | head -1)
micro_pid=$(pgrep -f "payara-micro.jar.*--port $PORT" | head -1)
sink_cpu_pid=$(pgrep -f "smtp-sink.*:$SINK_PORT" | head -1)

warm=$(edition "$WARMUP" warm)
await_sent "$warm"
before="$(cpu "$micro_pid") $(cpu "$db_pid") $(cpu "$sink_cpu_pid")"
id=$(edition "$MESSAGES" bench)
await_sent "$id"
after="$(cpu "$micro_pid") $(cpu "$db_pid") $(cpu "$sink_cpu_pid")"
read -r m0 d0 s0 <<<"$before"
read -r m1 d1 s1 <<<"$after"
read -r seconds sent log_rows < <(sql -N -e "
  SELECT TIMESTAMPDIFF(MICROSECOND, queued_at, finished_at) / 1e6,
         (SELECT COUNT(*) FROM nl_delivery WHERE edition_id = $id AND status = 'SENT'),
         (SELECT COUNT(*) FROM nl_delivery WHERE edition_id = $id AND sent_at IS NOT NULL)
    FROM nl_edition WHERE id = $id")
engine=$(echo "$sent / $seconds" | bc -l)
printf "BENCH newsletter_engine threads=%s messages=%s seconds=%.2f msg_per_s=%.0f delivery_rows_sent=%s\n" \
  "$THREADS" "$sent" "$seconds" "$engine" "$log_rows"
printf "BENCH newsletter_engine_cpu portal_ms_per_msg=%.3f mariadb_ms_per_msg=%.3f sink_ms_per_msg=%.3f\n" \
  "$(echo "($m1 - $m0) * 1000 / $sent" | bc -l)" "$(echo "($d1 - $d0) * 1000 / $sent" | bc -l)" \
  "$(echo "($s1 - $s0) * 1000 / $sent" | bc -l)"

bare_line=$(java -cp "$CP" bench/NewsletterBareSend.java "jdbc:mariadb://127.0.0.1:$DB_PORT/portal" "$id" \
  "$SINK_PORT" "$THREADS" "$MESSAGES" "http://127.0.0.1:$PORT")
echo "$bare_line"
bare=$(echo "$bare_line" | sed 's/.*msg_per_s=\([0-9.]*\).*/\1/')
printf "BENCH ratio=%.2f engine_msg_per_s=%.0f bare_msg_per_s=%s\n" "$(echo "$engine / $bare" | bc -l)" "$engine" "$bare"
read -r l1 l5 l15 _ < /proc/loadavg
echo "BENCH load_average $l1 $l5 $l15 cores=$(nproc)"
