import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.question.control.ArticleIndex;
import nl.ingrado.portal.question.control.Markdown;

/**
 * The knowledge base's search over the articles in the database (bench/knowledge-search.sh adds 10,000):
 * the portal's own index (ArticleIndex: Lucene with the Dutch analyser, built from the rows as the
 * boundary builds it) against two references in the same run over the same rows, MariaDB FULLTEXT
 * (natural language mode) and LIKE '%word%', and the API of the running portal end to end. Each query
 * is a word form that differs from the one in the articles ("vrijstelling" for "vrijstellingen",
 * "uitschrijven" for "uitschrijving"), so "hits" shows what each finds. Prints BENCH lines.
 *
 * Arguments: JDBC URL, user, password, portal base URL, runs per query.
 */
public class KnowledgeSearch {

    /** The forms searched; the generated articles hold other forms of each. */
    static final String[] QUERIES = {"vrijstelling", "uitschrijven", "inschrijving", "verlofaanvraag",
            "leerplichtambtenaren", "schoolverzuim melden", "gegevens delen school", "thuiszitter",
            "kwalificatieplicht jongeren", "onderwijs andere locatie"};

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        var password = args[2];
        var base = args[3];
        int runs = Integer.parseInt(args[4]);
        try (var c = DriverManager.getConnection(url, user, password)) {
            long t0 = System.nanoTime();
            var rows = new ArrayList<ArticleIndex.Row>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, theme_code, title, body, "
                    + "members_only FROM knowledge_article WHERE status = 'PUBLISHED' AND replaced_by_id IS NULL")) {
                while (rs.next()) {
                    rows.add(new ArticleIndex.Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Markdown.toText(rs.getString(4)), rs.getBoolean(5)));
                }
            }
            long t1 = System.nanoTime();
            var index = ArticleIndex.of(rows);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "BENCH knowledge_index articles=%d read_ms=%.0f build_ms=%.0f%n",
                    rows.size(), ms(t1 - t0), ms(t2 - t1));

            // warm up, then measure each query `runs` times (members-only included, as for a premium member)
            for (int i = 0; i < 200; i++) {
                index.search(QUERIES[i % QUERIES.length], null, true, 10);
            }
            var luceneHits = new StringBuilder();
            for (var q : QUERIES) {
                luceneHits.append(q.replace(' ', '_')).append('=').append(index.count(q, null, true)).append(' ');
            }
            for (int max : new int[]{10, 30}) {
                var times = new ArrayList<Long>();
                for (var q : QUERIES) {
                    for (int i = 0; i < runs; i++) {
                        long s = System.nanoTime();
                        index.search(q, null, true, max);
                        times.add(System.nanoTime() - s);
                    }
                }
                report("lucene_dutch_top" + max + "_with_snippets", times, max == 10 ? luceneHits : new StringBuilder());
            }
            var counts = new ArrayList<Long>();
            for (var q : QUERIES) {
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    index.count(q, null, true);
                    counts.add(System.nanoTime() - s);
                }
            }
            report("lucene_dutch_count_all", counts, new StringBuilder());

            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE knowledge_article ADD FULLTEXT INDEX IF NOT EXISTS ft_bench (title, body)");
            }
            var where = " FROM knowledge_article WHERE status = 'PUBLISHED' AND replaced_by_id IS NULL AND ";
            measure(c, "mariadb_fulltext_top10", runs, q -> List.of(q),
                    "SELECT id" + where + "MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE) LIMIT 10",
                    "SELECT COUNT(*)" + where + "MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE)");
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE knowledge_article DROP INDEX ft_bench");
            }
            // LIKE: every word somewhere in title or body; a full scan, so fewer runs
            for (int words = 1; words <= 3; words++) {
                var condition = String.join(" AND ", java.util.Collections.nCopies(words, "(title LIKE ? OR body LIKE ?)"));
                int n = words;
                measure(c, "mariadb_like_top10_" + words + "_word" + (words > 1 ? "s" : ""), Math.max(3, runs / 10),
                        q -> q.split(" ").length == n ? Arrays.stream(q.split(" ")).flatMap(w -> java.util.stream.Stream
                                .of("%" + w + "%", "%" + w + "%")).toList() : null,
                        "SELECT id" + where + condition + " LIMIT 10", "SELECT COUNT(*)" + where + condition);
            }
        }

        // the API end to end: HTTP, JSON, the boundary's check of the index version, the search itself
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var api = new ArrayList<Long>();
        for (int i = 0; i < QUERIES.length * 3; i++) {
            get(http, base, QUERIES[i % QUERIES.length]); // the first builds this node's index
        }
        for (var q : QUERIES) {
            for (int i = 0; i < Math.max(5, runs / 5); i++) {
                long s = System.nanoTime();
                get(http, base, q);
                api.add(System.nanoTime() - s);
            }
        }
        report("api_knowledge_search", api, new StringBuilder("(GET /api/knowledge?q=, a visitor, 20 results) "));
    }

    /** Runs {@code top} for every query that {@code parameters} takes (null: skipped), and counts with {@code count}. */
    static void measure(java.sql.Connection c, String name, int runs,
            java.util.function.Function<String, List<String>> parameters, String top, String count) throws Exception {
        var times = new ArrayList<Long>();
        var hits = new StringBuilder();
        for (var q : QUERIES) {
            var values = parameters.apply(q);
            if (values == null) {
                continue;
            }
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                try (var ps = c.prepareStatement(top)) {
                    for (int p = 0; p < values.size(); p++) {
                        ps.setString(p + 1, values.get(p));
                    }
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                }
                times.add(System.nanoTime() - s);
            }
            try (var ps = c.prepareStatement(count)) {
                for (int p = 0; p < values.size(); p++) {
                    ps.setString(p + 1, values.get(p));
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    hits.append(q.replace(' ', '_')).append('=').append(rs.getLong(1)).append(' ');
                }
            }
        }
        report(name, times, hits);
    }

    static void get(HttpClient http, String base, String q) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/knowledge?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    static void report(String name, List<Long> nanos, StringBuilder hits) {
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "BENCH %s n=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f hits: %s%n", name,
                sorted.length, ms(sorted[sorted.length / 2]), ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
                ms(sorted[sorted.length - 1]), hits.toString().strip());
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
