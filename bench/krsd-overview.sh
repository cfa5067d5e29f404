#!/usr/bin/env bash
# KRSD auditor overview with 3,000 registrants and 100,000 point records, printed as figures.
#  1. starts the portal like bench/run.sh (demo data, embedded MariaDB; own ports and data folder)
#  2. adds through SQL (multi-row INSERT ... SELECT over a numbers table) BENCH_REGISTRANTS (3,000)
#     accounts and registrants (spread over organisations, so rayons, jobs and statuses) with one period
#     each, ending anywhere in the next five years, and BENCH_RECORDS (100,000) point records, mostly
#     approved; the triggers of V9 keep register_period_total as the records go in
#  3. prints the overview query (the boundary's own SQL and fold, bench/KrsdOverview.java, plain JDBC:
#     median and p95 of BENCH_RUNS runs), the page /auditor/registrants.xhtml with wrk (a logged-in
#     auditor's session) at 16 and 200 connections, the REST overview, and the Excel and CSV export of
#     all registrants (time, size, rows) with the portal's heap after a GC and its RSS before and after.
# Needs wrk (Debian package "wrk"); installs it when missing. Uses ports 18380, 13617 and 12835.
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

portal_settings krsd 18380 13617 12835
REGISTRANTS=${BENCH_REGISTRANTS:-3000}
RECORDS=${BENCH_RECORDS:-100000}
RUNS=${BENCH_RUNS:-50}
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
JDBC_JAR=$(ls "$M2"/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | tail -1)

start_portal

started=$(date +%s.%N)
sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_100000;
SET @scheme = (SELECT id FROM register_scheme WHERE code = 'KRSD');
SET @today = CURRENT_DATE;

INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
SELECT CONCAT('krsd', i, '@example.nl'), CONCAT('Registrant ', i), 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6) FROM bench_n WHERE i <= $REGISTRANTS;
INSERT INTO account_role (account_id, role) SELECT id, 'MEMBER' FROM account WHERE email LIKE 'krsd%@example.nl';

-- every tenth registrant has no known organisation (so no rayon); the others work at a municipality
CREATE TEMPORARY TABLE bench_org (rn INT PRIMARY KEY, id BIGINT);
INSERT INTO bench_org SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM organisation WHERE kind = 'MUNICIPALITY';
SELECT COUNT(*) INTO @orgs FROM bench_org;
INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, last_name, job, employer,
    organisation_id, status, conduct_text, conduct_accepted_at, applied_at, decided_at, decided_by, certificate_code)
SELECT @scheme, a.id, CONCAT('KRSDB-', LPAD(n.i, 6, '0')),
       ELT(1 + n.i % 12, 'Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Femke', 'Gijs', 'Hanna', 'Iris', 'Joost', 'Kim',
           'Lars'),
       CONCAT(ELT(1 + (n.i DIV 12) % 10, 'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer',
              'Mulder', 'de Groot', 'Bos'), ' ', n.i),
       ELT(1 + n.i % 6, 'LEERPLICHTAMBTENAAR', 'DOORSTROOMCOACH', 'LEERPLICHTAMBTENAAR', 'BELEIDSMEDEWERKER',
           'DOORSTROOMCOACH', 'MANAGER'),
       'Gemeente', IF(n.i % 10 = 0, NULL, o.id),
       IF(n.i % 50 = 0, 'SUSPENDED', IF(n.i % 40 = 0, 'EXPIRED', 'ACTIVE')), 'Beroepscode', UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'auditor@demo.ingrado.nl', LEFT(SHA2(CONCAT('krsd-bench', n.i), 256), 24)
  FROM bench_n n JOIN account a ON a.email = CONCAT('krsd', n.i, '@example.nl')
  JOIN bench_org o ON o.rn = (n.i * 7919) % @orgs
 WHERE n.i <= $REGISTRANTS;

-- one period each, ending spread over the past half year and the next five years
INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, norm_factor, norm_points)
SELECT r.id, 1, @today - INTERVAL 5 YEAR + INTERVAL (n.i * 37) % 1980 - 180 DAY + INTERVAL 1 DAY,
       @today + INTERVAL (n.i * 37) % 1980 - 180 DAY, @today + INTERVAL (n.i * 37) % 1980 - 180 DAY, 1, 160
  FROM bench_n n JOIN registrant r ON r.registration_number = CONCAT('KRSDB-', LPAD(n.i, 6, '0'))
 WHERE n.i <= $REGISTRANTS;

-- the records: spread over the registrants (record k belongs to registrant k mod N), from 0 to about
-- 10 points each, A1 and A2, 90% approved, the rest pending or rejected
CREATE TEMPORARY TABLE bench_period (rn INT PRIMARY KEY, registrant_id BIGINT, period_id BIGINT, starts_on DATE,
    days INT);
INSERT INTO bench_period SELECT ROW_NUMBER() OVER (ORDER BY r.id) - 1, r.id, p.id, p.starts_on,
       LEAST(DATEDIFF(@today, p.starts_on), DATEDIFF(p.ends_on, p.starts_on))
  FROM registrant r JOIN register_period p ON p.registrant_id = r.id WHERE r.registration_number LIKE 'KRSDB-%';
SELECT COUNT(*) INTO @periods FROM bench_period;
INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, provider, category, hours,
    points, source, status, submitted_at, submitted_by, reviewed_at, reviewed_by, reason)
SELECT b.registrant_id, b.period_id, @scheme, b.starts_on + INTERVAL (n.i * 13) % GREATEST(b.days, 1) DAY,
       CONCAT('Benchmark activiteit ', n.i), 'Benchmark', IF((n.i DIV @periods) % 3 = 0, 'A2', 'A1'),
       ((n.i * 7) % 21) / 2, ROUND(((n.i * 7) % 21) / 2 * (b.rn % 5) / 3, 1), 'SUBMISSION',
       IF(n.i % 20 = 0, 'PENDING', IF(n.i % 20 = 1, 'REJECTED', 'APPROVED')), UTC_TIMESTAMP(6), 'bench',
       IF(n.i % 20 = 0, NULL, UTC_TIMESTAMP(6)), IF(n.i % 20 = 0, NULL, 'auditor@demo.ingrado.nl'),
       IF(n.i % 20 = 1, 'Geen bewijs', NULL)
  FROM bench_n n JOIN bench_period b ON b.rn = n.i % @periods
 WHERE n.i <= $RECORDS;
ANALYZE TABLE registrant, register_period, register_period_total, point_record, organisation;
SQL
loaded=$(date +%s.%N)
read -r registrants records approved totals mismatched < <(sql -N -e "
  SELECT (SELECT COUNT(*) FROM registrant), (SELECT COUNT(*) FROM point_record),
         (SELECT COUNT(*) FROM point_record WHERE status = 'APPROVED'), (SELECT COUNT(*) FROM register_period_total),
         (SELECT COUNT(*) FROM register_period_total t LEFT JOIN (SELECT period_id, category, SUM(points) s
            FROM point_record WHERE status = 'APPROVED' GROUP BY period_id, category) x
            ON x.period_id = t.period_id AND x.category = t.category WHERE x.s IS NULL OR x.s <> t.points)")
printf "BENCH data registrants=%s point_records=%s approved=%s period_totals=%s totals_not_equal_to_records=%s load_s=%.1f\n" \
  "$registrants" "$records" "$approved" "$totals" "$mismatched" "$(echo "$loaded - $started" | bc)"

if [ -n "${BENCH_HOLD:-}" ]; then
  echo "portal on $BASE, database on port $DB_PORT; holding for $BENCH_HOLD s" >&2; sleep "$BENCH_HOLD"
fi

# 1. the query, as the boundary runs it, through plain JDBC
java -cp "portal-ejb/target/classes:$JDBC_JAR" bench/KrsdOverview.java \
  "jdbc:mariadb://127.0.0.1:$DB_PORT/portal" "$RUNS"

# an auditor logs in once; every connection reuses the session cookie
rayon=$(sql -N -e "SELECT id FROM rayon WHERE code = 'noord-holland'")
overview="/auditor/registrants.xhtml"
filtered="/auditor/registrants.xhtml?standing=AT_RISK&months=24&rayon=$rayon"
api="/api/krsd/registrants?size=50"
log_in auditor@demo.ingrado.nl "$overview"

# 2. the exports of all registrants (all statuses), timed by curl; heap after a full GC and RSS around them
heap() { jcmd "$pid" GC.run >/dev/null 2>&1; jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'; }
rss() { grep VmRSS "/proc/$pid/status" | tr -dc '0-9'; }
java_pid=$(pgrep -P "$pid" java || true)
[ -n "$java_pid" ] && pid_for_memory=$java_pid || pid_for_memory=$pid
pid_saved=$pid; pid=$pid_for_memory
for warm in 1 2 3; do
  curl -s -o /dev/null -b "JSESSIONID=$session" "$BASE/auditor/export/registrants.xlsx?status=ALL"
done
heap_before=$(heap); rss_before=$(rss)
for format in xlsx csv; do
  times=()
  for run in 1 2 3 4 5; do
    read -r t size < <(curl -s -o "bench/target/registrants.$format" -w "%{time_total} %{size_download}\n" \
      -b "JSESSIONID=$session" "$BASE/auditor/export/registrants.$format?status=ALL")
    times+=("$t")
  done
  if [ "$format" = xlsx ]; then
    rows=$(unzip -p bench/target/registrants.xlsx xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
  else
    rows=$(wc -l < bench/target/registrants.csv)
  fi
  sorted=$(printf "%s\n" "${times[@]}" | sort -n | tr '\n' ' ')
  echo "BENCH export_$format runs=5 rows_with_header=$rows bytes=$size median_s=$(echo "$sorted" | cut -d' ' -f3) max_s=$(echo "$sorted" | cut -d' ' -f5)"
done
heap_after=$(heap); rss_after=$(rss)
echo "BENCH export_memory heap_used_after_gc_before_kb=$heap_before heap_used_after_gc_after_kb=$heap_after rss_before_kb=$rss_before rss_after_kb=$rss_after max_heap=$(jcmd "$pid" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1)"
pid=$pid_saved

# 3. the page and the API under load, after a warm-up
for path in "$overview" "$filtered" "$api"; do
  wrk -t2 -c16 -d5s -H "Cookie: JSESSIONID=$session" "$BASE$path" >/dev/null
done
cookie="Cookie: JSESSIONID=$session"
measure auditor_home_c16 16 /auditor/index.xhtml --timeout 10s -H "$cookie"
for connections in 1 16 200; do
  measure "overview_page_c$connections" "$connections" "$overview" --timeout 10s -H "$cookie"
done
measure overview_page_filtered_c200 200 "$filtered" --timeout 10s -H "$cookie"
for connections in 16 200; do
  measure "api_overview_50_c$connections" "$connections" "$api" --timeout 10s -H "$cookie"
done
measure static_file_c200 200 /robots.txt --timeout 10s
echo "BENCH load_average $(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)"
