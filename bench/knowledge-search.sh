#!/usr/bin/env bash
# Knowledge-base search over 10,000 articles, printed as figures (the bar: p95 < 50 ms, Dutch word forms found).
#  1. starts the portal like bench/run.sh (demo data, embedded MariaDB; own ports and data folder)
#  2. adds through SQL BENCH_ARTICLES (10,000) published articles over the seven themes, a fifth members-only,
#     each a title and some 150 words of Dutch about leerplicht holding word forms such as "vrijstellingen",
#     "uitschrijving", "leerplichtambtenaar", "thuiszitters"
#  3. runs bench/KnowledgeSearch.java (plain java, the portal's own ArticleIndex: Lucene with the Dutch
#     analyser) with queries in other word forms ("vrijstelling", "uitschrijven", ...): p50/p95 and hits,
#     against MariaDB FULLTEXT and LIKE over the same rows in the same run, and GET /api/knowledge?q= of
#     the running portal end to end. Uses ports 18480, 13717 and 12935.
source "$(dirname "$0")/lib.sh"
build_portal

PORT=${BENCH_PORT:-18480}
DB_PORT=${BENCH_DB_PORT:-13717}
SMTP_PORT=${BENCH_SMTP_PORT:-12935}
BASE="http://127.0.0.1:$PORT"
DATA="$PWD/bench/target/knowledge-data"
ARTICLES=${BENCH_ARTICLES:-10000}
RUNS=${BENCH_RUNS:-100}
LOG="$PWD/bench/target/knowledge-portal.log"
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
m2jar() { ls "$M2/$1"/*/"$2"-*.jar | grep -v -e sources -e javadoc | sort -V | tail -1; }
CP="portal-ejb/target/classes"
for lucene in core analysis-common highlighter memory queries; do
  CP="$CP:$(ls "$M2"/org/apache/lucene/lucene-$lucene/9.12.3/lucene-$lucene-9.12.3.jar)"
done
CP="$CP:$(m2jar org/commonmark/commonmark commonmark):$(m2jar org/commonmark/commonmark-ext-autolink commonmark-ext-autolink)"
CP="$CP:$(m2jar org/nibor/autolink/autolink autolink):$(ls "$M2"/org/jsoup/jsoup/1.17.2/jsoup-1.17.2.jar)"
CP="$CP:$(m2jar org/mariadb/jdbc/mariadb-java-client mariadb-java-client)"

rm -rf "$DATA"
start_portal
echo "BENCH start portal_ready_s=$elapsed"

started=$(date +%s.%N)
sql >/dev/null <<SQL
CREATE TEMPORARY TABLE bench_n (i INT PRIMARY KEY) SELECT seq AS i FROM seq_1_to_$ARTICLES;
INSERT INTO knowledge_article (theme_code, title, body, members_only, status, checked_on, published_at, created_at,
                               created_by, updated_at, updated_by)
SELECT ELT(1 + i % 7, 'leerplicht', 'vrijstellingen', 'in-uitschrijvingen', 'verzuim-verlof', 'andere-locatie',
           'doorstroompunt', 'avg'),
       CONCAT(ELT(1 + i % 10, 'Vrijstellingen voor een leerling', 'Uitschrijving na een verhuizing',
           'Inschrijvingen in het nieuwe schooljaar', 'Verlofaanvragen buiten de vakanties',
           'De leerplichtambtenaar en de school', 'Verzuim van een leerling', 'Gegevens van een leerling',
           'Thuiszitters in de regio', 'Kwalificatieplichtige jongeren', 'Onderwijs op locatie'), ' (', i, ')'),
       CONCAT(
         ELT(1 + i % 13, 'Ouders vragen vaak naar vrijstellingen van inschrijving. ',
             'Bij een uitschrijving meldt de school dat binnen zeven dagen. ',
             'De inschrijvingen worden door de school doorgegeven aan DUO. ',
             'Verlofaanvragen voor meer dan tien dagen beoordeelt de leerplichtambtenaar. ',
             'Leerplichtambtenaren voeren eerst een gesprek met ouders en jongere. ',
             'Het schoolverzuim wordt gemeld als het meer dan zestien uur is. ',
             'De school deelt gegevens alleen als dat nodig is voor de wettelijke taak. ',
             'Thuiszitters krijgen binnen drie maanden een passend aanbod. ',
             'Een kwalificatieplichtige jongere volgt een volledig programma. ',
             'Soms volgt een leerling onderwijs op een andere locaties dan de school. ',
             'Een vrijgestelde leerling blijft in beeld bij de gemeente. ',
             'Ingeschreven leerlingen die verzuimen worden besproken in het zorgteam. ',
             'De directeur verleent verlof tot tien schooldagen. '),
         ELT(1 + (i DIV 13) % 11, 'In de praktijk verschilt dat per gemeente en per regio. ',
             'Leg de afspraken vast in het verzuimprotocol van de regio. ',
             'Een melding gaat via het verzuimregister. ',
             'Het samenwerkingsverband denkt mee over een passende plek. ',
             'De jeugdarts wordt betrokken bij zorgen over ziekteverzuim. ',
             'Het Doorstroompunt volgt jongeren tot hun zevenentwintigste. ',
             'Vraag bij twijfel advies aan Ingrado. ',
             'De inspectie wordt geinformeerd bij een schorsing van meer dan een dag. ',
             'Bewaar de stukken niet langer dan nodig. ',
             'Ouders kunnen bezwaar maken tegen een besluit. ',
             'Een beslissing wordt altijd schriftelijk vastgelegd. '),
         REPEAT(CONCAT('De Leerplichtwet regelt de rechten en plichten van ouders, jongeren en scholen. ',
             'Het college van burgemeester en wethouders houdt toezicht op de naleving. ',
             'Een goede samenwerking tussen school, zorg en gemeente voorkomt dat een leerling thuis komt te zitten. ',
             'Kijk ook in de documentenlijst voor modelbrieven en stroomschema''s. '), 1 + i % 3),
         'Artikel ', 1 + i % 30, ' is hier van belang.'),
       i % 5 = 0, 'PUBLISHED', CURRENT_DATE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6), 'bench'
  FROM bench_n;
SQL
loaded=$(date +%s.%N)
echo "BENCH data articles=$(sql -N -e "SELECT COUNT(*) FROM knowledge_article WHERE status = 'PUBLISHED'") \
insert_s=$(awk -v a="$started" -v b="$loaded" 'BEGIN { printf "%.1f", b - a }')"

java -cp "$CP" bench/KnowledgeSearch.java "jdbc:mariadb://127.0.0.1:$DB_PORT/portal" portal portal "$BASE" "$RUNS"
echo "BENCH load_average $(cut -d' ' -f1-3 /proc/loadavg)"
