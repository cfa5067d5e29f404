#!/usr/bin/env bash
# Benchmark of the staff lists with 3,000 professionals and 400 organisations, printed as figures.
#  1. starts the portal like bench/run.sh (own ports and data folder, so it can run beside it)
#  2. adds the data through SQL: 19 partners (342 municipalities + 39 regions + 19 = 400
#     organisations) and 3,000 professionals with 3,600 employments spread over all of them
#  3. logs in as staff and measures p50/p95 with wrk (2 threads, BENCH_DURATION=20s each) of: a
#     filtered persons page at 1, 4 and 16 connections (Ingrado has about 15 staff: 4 connections
#     without think time is already more than they make), then at BENCH_CONNECTIONS=4 the unfiltered
#     persons page, a text search, a filtered organisations page, the API list at 25 and 100 rows,
#     and a static file as the reference.
# Needs wrk (Debian package "wrk"); installs it when missing. Uses ports 18180, 13417 and 12635.
source "$(dirname "$0")/lib.sh"
need wrk wrk
build_portal

portal_settings staff 18180 13417 12635
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
start_portal

sql >/dev/null <<'SQL'
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_10000;

SELECT 400 - COUNT(*) INTO @partners FROM organisation;
INSERT INTO organisation (kind, name, city, status, created_at)
SELECT 'PARTNER', CONCAT('Benchmark partner ', i), 'Utrecht', 'ACTIVE', UTC_TIMESTAMP(6)
  FROM bench_n WHERE i <= @partners;

INSERT INTO person (first_name, last_name, email, status, created_at)
SELECT ELT(1 + i % 12, 'Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Femke', 'Gijs', 'Hanna', 'Iris', 'Joost',
           'Kim', 'Lars'),
       CONCAT(ELT(1 + (i DIV 12) % 10, 'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer',
                  'Mulder', 'de Groot', 'Bos'), ' ', i),
       CONCAT('bench', i, '@example.nl'), IF(i % 25 = 0, 'DEACTIVATED', 'ACTIVE'), UTC_TIMESTAMP(6)
  FROM bench_n WHERE i <= 3000;

CREATE TEMPORARY TABLE bench_org (rn INT PRIMARY KEY, id BIGINT);
INSERT INTO bench_org SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM organisation WHERE status = 'ACTIVE';
SELECT COUNT(*) INTO @orgs FROM bench_org;

INSERT INTO employment (person_id, organisation_id, job, start_date, end_date, confirmation)
SELECT p.id, o.id,
       ELT(1 + n.i % 6, 'LEERPLICHTAMBTENAAR', 'DOORSTROOMCOACH', 'BELEIDSMEDEWERKER', 'MANAGER', 'ONDERSTEUNER',
           'OTHER'),
       DATE '2015-01-01' + INTERVAL (n.i % 2500) DAY,
       IF(n.i % 10 = 0, DATE '2015-01-01' + INTERVAL (n.i % 2500 + 365) DAY, NULL),
       IF(n.i % 17 = 0, 'PENDING', 'CONFIRMED')
  FROM bench_n n JOIN person p ON p.email = CONCAT('bench', n.i, '@example.nl')
  JOIN bench_org o ON o.rn = (n.i * 7919) % @orgs
 WHERE n.i <= 3000
UNION ALL
SELECT p.id, o.id, 'BELEIDSMEDEWERKER', DATE '2020-01-01', NULL, 'CONFIRMED'
  FROM bench_n n JOIN person p ON p.email = CONCAT('bench', n.i, '@example.nl')
  JOIN bench_org o ON o.rn = (n.i * 104729) % @orgs
 WHERE n.i <= 3000 AND n.i % 5 = 0;
ANALYZE TABLE person, employment, organisation;
SQL
read -r persons organisations employments < <(sql -N -e \
  "SELECT (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM organisation), (SELECT COUNT(*) FROM employment)")
rayon=$(sql -N -e "SELECT id FROM rayon WHERE code = 'noord-holland'")
echo "BENCH data persons=$persons organisations=$organisations employments=$employments"

# staff log in once; every connection reuses the session cookie
filtered="/staff/persons.xhtml?rayon=$rayon&job=LEERPLICHTAMBTENAAR&status=ACTIVE"
log_in bureau@demo.ingrado.nl "$filtered"

pages=(
  "persons_filtered $filtered"
  "persons_all /staff/persons.xhtml"
  "persons_search /staff/persons.xhtml?q=jansen&premium=true"
  "organisations_filtered /staff/organisations.xhtml?kind=MUNICIPALITY&rayon=$rayon"
  "api_persons_25 /api/persons?rayon=$rayon&job=LEERPLICHTAMBTENAAR&sort=-organisation&size=25"
  "api_persons_100 /api/persons?rayon=$rayon&sort=-organisation&size=100"
  "static_file /robots.txt"
)
# warm the JIT a little, as a running portal would be
for entry in "${pages[@]}"; do
  wrk -t2 -c8 -d5s -H "Cookie: JSESSIONID=$session" "$BASE${entry#* }" >/dev/null
done
for connections in 1 16; do
  measure "persons_filtered_c$connections" "$connections" "$filtered" -H "Cookie: JSESSIONID=$session"
done
for entry in "${pages[@]}"; do
  measure "${entry%% *}_c$CONNECTIONS" "$CONNECTIONS" "${entry#* }" -H "Cookie: JSESSIONID=$session"
done
echo "BENCH load_average $(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)"
