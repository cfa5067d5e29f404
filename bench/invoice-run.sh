#!/usr/bin/env bash
# Benchmark of the membership invoicing run: 400 invoices, each numbered in its own transaction with
# its PDF and UBL file stored and its mail queued, against the target of < 30 s.
#  1. starts the portal like bench/run.sh (own ports and data folder, so it can run beside it)
#  2. adds through SQL 400 organisations with billing data (half OIN, half KvK number, every tenth a
#     purchase order number) and a membership of their own year (BENCH_YEAR, default 2099, a year no
#     demo data has) at the four fee bands
#  3. logs in as staff, previews the run (GET /api/invoice-runs/preview) and times the run
#     (POST /api/invoice-runs) from request to answer; checks that every invoice has its PDF and UBL
# Uses ports 18780, 14017 and 13235.
source "$(dirname "$0")/lib.sh"
build_portal

portal_settings invoice 18780 14017 13235
YEAR="${BENCH_YEAR:-2099}"
COUNT="${BENCH_INVOICES:-400}"
start_portal
echo "BENCH start seconds=$elapsed"

sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_10000;
INSERT INTO organisation (kind, name, city, status, created_at)
SELECT 'PARTNER', CONCAT('Factuurbenchmark ', LPAD(i, 4, '0')), 'Utrecht', 'ACTIVE', UTC_TIMESTAMP(6)
  FROM bench_n WHERE i <= $COUNT;
INSERT INTO billing_account (organisation_id, legal_name, street, postal_code, city, email, oin, kvk, updated_at)
SELECT o.id, CONCAT('Stichting Factuurbenchmark ', n.i), CONCAT('Benchmarkstraat ', n.i), '3511 AB', 'Utrecht',
       CONCAT('facturen', n.i, '@example.nl'),
       IF(n.i % 2 = 0, CONCAT('00000001', LPAD(n.i, 9, '0'), '000'), NULL),
       IF(n.i % 2 = 1, LPAD(40000000 + n.i, 8, '0'), NULL), UTC_TIMESTAMP(6)
  FROM bench_n n JOIN organisation o ON o.name = CONCAT('Factuurbenchmark ', LPAD(n.i, 4, '0'))
 WHERE n.i <= $COUNT;
INSERT INTO purchase_order (organisation_id, order_year, number)
SELECT o.id, $YEAR, CONCAT('IO-', $YEAR, '-', n.i)
  FROM bench_n n JOIN organisation o ON o.name = CONCAT('Factuurbenchmark ', LPAD(n.i, 4, '0'))
 WHERE n.i <= $COUNT AND n.i % 10 = 0;
INSERT INTO membership (organisation_id, member_year, fee, status, invoiced_at)
SELECT o.id, $YEAR, ELT(1 + n.i % 4, 350.00, 750.00, 1500.00, 3000.00), 'INVOICED', UTC_TIMESTAMP(6)
  FROM bench_n n JOIN organisation o ON o.name = CONCAT('Factuurbenchmark ', LPAD(n.i, 4, '0'))
 WHERE n.i <= $COUNT;
SQL

preview="/api/invoice-runs/preview?purpose=MEMBERSHIP&year=$YEAR"
log_in bureau@demo.ingrado.nl "$preview"
issuable=$(curl -s -H "Cookie: $cookies" "$BASE$preview" | grep -o '"issuable":[0-9][0-9]*' | cut -d: -f2)
echo "BENCH preview year=$YEAR issuable=$issuable"

before=$(sql -N -e "SELECT COUNT(*) FROM invoice")
t0=$(date +%s.%N)
answer=$(curl -s -w ' HTTP %{http_code}' -H "Cookie: $cookies" -H "Origin: $BASE" \
  -H "Content-Type: application/json" -d "{\"purpose\":\"MEMBERSHIP\",\"year\":$YEAR}" "$BASE/api/invoice-runs")
t1=$(date +%s.%N)
echo "BENCH answer $answer"
case "$answer" in *"HTTP 200") ;; *) echo "the run failed; see $LOG" >&2; exit 1 ;; esac

issued=$(echo "$answer" | grep -o '"issued":[0-9][0-9]*' | cut -d: -f2)
read -r invoices documents < <(sql -N -e "SELECT COUNT(*), (SELECT COUNT(*) FROM invoice_document d
  JOIN invoice i ON i.id = d.invoice_id WHERE i.source_key IN (SELECT CONCAT('MEMBERSHIP:', id) FROM membership
  WHERE member_year = $YEAR)) FROM invoice WHERE source_key IN (SELECT CONCAT('MEMBERSHIP:', id) FROM membership
  WHERE member_year = $YEAR)")
after=$(sql -N -e "SELECT COUNT(*) FROM invoice")
seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
rate=$(awk -v n="$issued" -v s="$seconds" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }')
met=$(awk -v s="$seconds" 'BEGIN { print ((s < 30) ? "met" : "not met") }')
echo "BENCH invoice_run issued=$issued seconds=$seconds invoices_per_s=$rate invoices_in_db=$invoices new_rows=$((after - before)) documents=$documents (PDF+UBL: $((2 * invoices)) expected)"
echo "invoices issued: $issued"
echo "seconds: $seconds"
echo "invoices/s: $rate"
echo "target < 30 s: $met"
echo "BENCH load_average $(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)"
