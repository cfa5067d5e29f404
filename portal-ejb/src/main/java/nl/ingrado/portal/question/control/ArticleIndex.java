package nl.ingrado.portal.question.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A read-only, in-memory Lucene index of knowledge-base articles, built in one go from their rows.
 * Text is analysed by Lucene's {@link DutchAnalyzer} (Snowball Dutch stemming, Dutch stop words), so
 * "vrijstelling" and "vrijstellingen" meet in one stem, as do "uitschrijven" and "uitschrijving";
 * MariaDB FULLTEXT has no Dutch stemming. Ranking is Lucene's BM25 with the title weighing more than
 * the body; matches are shown in an escaped snippet with {@code <mark>}.
 */
public final class ArticleIndex implements AutoCloseable {

    /** An article as the index takes it: the body as plain text. */
    public record Row(long id, String themeCode, String title, String text, boolean membersOnly) {
    }

    /** A found article: the title escaped as HTML, the snippet escaped with the matches marked. */
    public record Hit(long id, String themeCode, String title, String titleHtml, String snippetHtml,
            boolean membersOnly, float score) {
    }

    private static final int SNIPPET_CHARS = 220;
    private static final float TITLE_BOOST = 3f;

    private final Analyzer analyzer = new DutchAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int size;

    private ArticleIndex(List<Row> rows) throws IOException {
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(64))) {
            for (var row : rows) {
                var document = new Document();
                document.add(new StringField("id", Long.toString(row.id()), Field.Store.YES));
                document.add(new StringField("theme", row.themeCode(), Field.Store.YES));
                document.add(new StringField("membersOnly", Boolean.toString(row.membersOnly()),
                        Field.Store.YES));
                document.add(new TextField("title", row.title(), Field.Store.YES));
                document.add(new TextField("body", row.text() == null ? "" : row.text(), Field.Store.YES));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        size = rows.size();
    }

    public static ArticleIndex of(List<Row> rows) {
        try {
            return new ArticleIndex(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return size;
    }

    /** The stems of {@code text} as this index sees them (stop words left out), in order, once each. */
    public List<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = analyzer.tokenStream("body", text == null ? "" : text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 32) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /**
     * The best {@code max} articles for {@code text}: any of its words may match (more matching words
     * rank higher); only in {@code themeCode} when given; members-only articles only when
     * {@code membersOnly} is allowed.
     */
    public List<Hit> search(String text, String themeCode, boolean membersOnly, int max) {
        var terms = terms(text);
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        var words = words(terms);
        try {
            var top = searcher.search(query(words, themeCode, membersOnly), max);
            var hits = new ArrayList<Hit>(top.scoreDocs.length);
            var highlighter = highlighter(words);
            for (var scored : top.scoreDocs) {
                var document = searcher.storedFields().document(scored.doc);
                var title = document.get("title");
                var body = document.get("body");
                hits.add(new Hit(Long.parseLong(document.get("id")), document.get("theme"), title,
                        marked(highlighter, "title", title, Integer.MAX_VALUE),
                        marked(highlighter, "body", body, SNIPPET_CHARS),
                        Boolean.parseBoolean(document.get("membersOnly")), scored.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many articles {@code text} finds, without ranking or snippets (for figures and the benchmark). */
    public int count(String text, String themeCode, boolean membersOnly) {
        var terms = terms(text);
        if (terms.isEmpty()) {
            return 0;
        }
        try {
            return searcher.count(query(words(terms), themeCode, membersOnly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any of the words, in the title (weighing more) or the body. */
    private static Query words(List<String> terms) {
        var words = new BooleanQuery.Builder();
        for (var term : terms) {
            words.add(new BoostQuery(new TermQuery(new Term("title", term)), TITLE_BOOST), Occur.SHOULD);
            words.add(new TermQuery(new Term("body", term)), Occur.SHOULD);
        }
        return words.build();
    }

    private static Query query(Query words, String themeCode, boolean membersOnly) {
        var query = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (themeCode != null && !themeCode.isBlank()) {
            query.add(new TermQuery(new Term("theme", themeCode)), Occur.FILTER);
        }
        if (!membersOnly) {
            query.add(new TermQuery(new Term("membersOnly", "false")), Occur.FILTER);
        }
        return query.build();
    }

    private static Highlighter highlighter(Query words) {
        var scorer = new QueryScorer(words);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(),
                scorer);
        highlighter.setMaxDocCharsToAnalyze(100_000);
        return highlighter;
    }

    /** {@code text} escaped, its matching words marked; without a match its start (or all of a title). */
    private String marked(Highlighter highlighter, String field, String text, int chars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            highlighter
                    .setTextFragmenter(new SimpleSpanFragmenter((QueryScorer) highlighter.getFragmentScorer(),
                            Math.min(chars, Math.max(text.length(), 1))));
            var best = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, 1, " … ");
            if (best != null && !best.isBlank()) {
                return best.strip() + (chars < text.length() ? " …" : "");
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            // shown without marks below
        }
        var start = text.length() > chars ? text.substring(0, chars) + " …" : text;
        return SimpleHTMLEncoder.htmlEncode(start);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
