package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.question.control.Anonymiser;
import nl.ingrado.portal.question.control.ArticleIndex;
import nl.ingrado.portal.question.control.KnowledgeIndex;
import nl.ingrado.portal.question.control.KnowledgeIndex.KnowledgeChanged;
import nl.ingrado.portal.question.control.Markdown;
import nl.ingrado.portal.question.entity.Article;
import nl.ingrado.portal.question.entity.Theme;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * The knowledge base (kennisbank) for its readers and for the question desk: search that understands
 * Dutch word forms, articles to read (members-only ones for premium members, staff and advisers; others
 * see that they exist), a draft article made from an answered question, and the figures staff report
 * (articles read, searches that found nothing).
 */
@Stateless
public class KnowledgeBase {

    /** Roles that write and publish articles and documents: advisers, and the office. */
    public static final Set<String> EDITOR_ROLES = Set.of("ADVISER", "STAFF", "ADMIN");

    /** The most results one search returns. */
    public static final int MAX_RESULTS = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KnowledgeIndex index;

    @Inject
    MemberService members;

    @Inject
    Event<KnowledgeChanged> changed;

    /** An article found by a search; {@code snippetHtml} is escaped text with the matching words in <mark>. */
    public record ArticleHit(long id, String title, String themeCode, String snippetHtml,
            boolean membersOnly) {
    }

    /**
     * Who reads: whether members-only articles and documents open for them, and whether they edit
     * (and so also see drafts).
     */
    public record Reader(boolean membersOnly, boolean editor) {

        public static final Reader VISITOR = new Reader(false, false);
    }

    /** A search's outcome for the knowledge-base page and the API: hits with marked titles too. */
    public record Found(String query, List<ArticleIndex.Hit> hits) {
    }

    public record Related(long id, String title, boolean membersOnly) {
    }

    /**
     * An article as a reader sees it. {@code bodyHtml} is empty when {@code locked} (members-only, and
     * the reader is not allowed); {@code replacedById} is the current article that replaces it.
     */
    public record ArticleView(long id, String themeCode, String title, String bodyHtml, boolean membersOnly,
            boolean locked, boolean published, LocalDate checkedOn, LocalDateTime publishedAt,
            LocalDateTime updatedAt, Long replacedById, List<Related> related) {
    }

    public record ThemeCount(String themeCode, long articles) {
    }

    public record Listed(long id, String title, String themeCode, boolean membersOnly, LocalDate checkedOn) {
    }

    public record MonthlyReads(YearMonth month, String themeCode, long reads) {
    }

    public record MissedSearch(String query, long searches) {
    }

    /** Staff figures for the months {@code from}–{@code to}: reads per month and theme, top searches without result. */
    public record Figures(List<MonthlyReads> reads, List<MissedSearch> missed) {
    }

    /** Whether someone with these roles (the session's group names) edits the knowledge base. */
    public static boolean canEdit(Collection<String> groups) {
        return groups != null && groups.stream().anyMatch(EDITOR_ROLES::contains);
    }

    /** The reader behind an account (null: a visitor) with {@code groups}: premium members, staff and advisers read members-only articles. */
    public Reader reader(Long accountId, Collection<String> groups) {
        if (canEdit(groups)) {
            return new Reader(true, true);
        }
        if (accountId == null) {
            return Reader.VISITOR;
        }
        boolean premium = members.isPremiumAccount(accountId);
        return new Reader(premium, false);
    }

    /**
     * The published, current articles that best match {@code text}, best first: public ones for anyone,
     * members-only ones too when {@code premium}; {@code themeCode} null for every theme. Records nothing:
     * the question desk calls it while a member types.
     */
    public List<ArticleHit> search(String text, String themeCode, boolean premium, int max) {
        return current().search(text, themeCode, premium, Math.min(max, MAX_RESULTS)).stream()
                .map(h -> new ArticleHit(h.id(), h.title(), h.themeCode(), h.snippetHtml(), h.membersOnly()))
                .toList();
    }

    /** A search someone asked for on the knowledge-base page or the API; one that finds nothing is counted. */
    public Found find(String text, String themeCode, Reader reader, int max) {
        var query = text == null ? "" : text.strip();
        if (query.length() > Lengths.SEARCH) {
            query = query.substring(0, Lengths.SEARCH);
        }
        var hits = current().search(query, blankToNull(themeCode), reader.membersOnly(),
                Math.max(1, Math.min(max, MAX_RESULTS)));
        if (hits.isEmpty() && !query.isBlank()) {
            recordMiss(query);
        }
        return new Found(query, hits);
    }

    /** The number of current articles per theme, for the theme list; members-only ones count for everyone. */
    public List<ThemeCount> themeCounts() {
        return NativeRows.list(em,
                "SELECT theme_code, COUNT(*) FROM knowledge_article WHERE status = 'PUBLISHED' "
                        + "AND replaced_by_id IS NULL GROUP BY theme_code",
                r -> new ThemeCount((String) r[0], ((Number) r[1]).longValue()));
    }

    /** The current articles of a theme by title, members-only ones too (shown as such). */
    public List<Listed> inTheme(String themeCode) {
        return NativeRows.list(em,
                "SELECT id, title, theme_code, members_only, checked_on FROM knowledge_article "
                        + "WHERE status = 'PUBLISHED' AND replaced_by_id IS NULL AND theme_code = ? ORDER BY title",
                r -> new Listed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], Columns.flag(r[3]),
                        Columns.date(r[4])),
                themeCode);
    }

    /** The current articles {@code reader} may read, by theme and title; {@code themeCode} null for all. */
    public List<Listed> readable(String themeCode, Reader reader) {
        var theme = blankToNull(themeCode);
        return NativeRows.list(em,
                "SELECT id, title, theme_code, members_only, checked_on FROM knowledge_article "
                        + "WHERE status = 'PUBLISHED' AND replaced_by_id IS NULL AND (? IS NULL OR theme_code = ?) "
                        + "AND (? OR members_only = FALSE) ORDER BY theme_code, title",
                r -> new Listed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], Columns.flag(r[3]),
                        Columns.date(r[4])),
                theme, theme, reader.membersOnly());
    }

    /**
     * The article for {@code reader}: empty when it does not exist or is a draft they may not see. A
     * members-only article is there, but locked, for those who may not read it.
     */
    public Optional<ArticleView> article(long id, Reader reader) {
        var article = em.find(Article.class, id);
        if (article == null || !article.isPublished() && !reader.editor()) {
            return Optional.empty();
        }
        boolean locked = article.isMembersOnly() && !reader.membersOnly();
        var related = article.related().stream().filter(Article::isCurrent)
                .sorted(Comparator.comparing(Article::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new Related(a.getId(), a.getTitle(), a.isMembersOnly())).toList();
        var replacement = article.getReplacedBy() == null ? null : article.current().getId();
        return Optional.of(new ArticleView(article.getId(), article.getThemeCode(), article.getTitle(),
                locked ? "" : Markdown.toHtml(article.getBody()), article.isMembersOnly(), locked,
                article.isPublished(), article.getCheckedOn(), article.getPublishedAt(),
                article.getUpdatedAt(),
                replacement, related));
    }

    /** Counts one read of a published article this month (no reader, no time: a figure only). */
    public void recordRead(long articleId) {
        em.createNativeQuery("INSERT INTO knowledge_read (article_id, month_start, readings) "
                + "SELECT id, ?, 1 FROM knowledge_article WHERE id = ? AND status = 'PUBLISHED' "
                + "ON DUPLICATE KEY UPDATE readings = readings + 1")
                .setParameter(1, thisMonth()).setParameter(2, articleId).executeUpdate();
    }

    /**
     * A draft article from an answered question: an editable, anonymised copy of its title, question
     * and answer (names, addresses, numbers and dates replaced), never published by itself.
     *
     * @return the draft's id, to open it in the article editor
     */
    public long draftFromQuestion(String themeCode, String title, String question, String answerMarkdown,
            String adviserEmail) {
        if (themeCode == null || em.find(Theme.class, themeCode) == null) {
            throw BusinessException.onField("theme", "article.theme.required");
        }
        var cleanTitle = Anonymiser.anonymise(title == null ? "" : title.strip());
        if (cleanTitle.length() > Lengths.TITLE) {
            cleanTitle = cleanTitle.substring(0, Lengths.TITLE);
        }
        var body = "## Vraag\n\n" + quoteFree(Anonymiser.anonymise(question)) + "\n\n## Antwoord\n\n"
                + Anonymiser.anonymise(answerMarkdown == null ? "" : answerMarkdown.strip());
        if (body.length() > Article.MAX_BODY) {
            body = body.substring(0, Article.MAX_BODY);
        }
        var by = adviserEmail == null || adviserEmail.isBlank() ? "vraagbaak" : adviserEmail;
        var article = Article.draft(themeCode, cleanTitle.isBlank() ? "Vraag" : cleanTitle, body, true, by,
                now());
        em.persist(article);
        em.flush();
        changed.fire(new KnowledgeChanged(article.getId()));
        return article.getId();
    }

    /** Reads per month and theme and the most frequent searches without result, for {@code from}–{@code to}. */
    public Figures figures(YearMonth from, YearMonth to) {
        var first = from.atDay(1);
        var last = to.atDay(1);
        var reads = NativeRows.list(em,
                "SELECT r.month_start, a.theme_code, SUM(r.readings) FROM knowledge_read r "
                        + "JOIN knowledge_article a ON a.id = r.article_id WHERE r.month_start BETWEEN ? AND ? "
                        + "GROUP BY r.month_start, a.theme_code ORDER BY r.month_start, a.theme_code",
                r -> new MonthlyReads(YearMonth.from(Columns.date(r[0])), (String) r[1],
                        ((Number) r[2]).longValue()),
                first, last);
        var missed = NativeRows.list(em, "SELECT query_text, SUM(searches) AS n FROM knowledge_search_miss "
                + "WHERE month_start BETWEEN ? AND ? GROUP BY query_text ORDER BY n DESC, query_text LIMIT 50",
                r -> new MissedSearch((String) r[0], ((Number) r[1]).longValue()), first, last);
        return new Figures(reads, missed);
    }

    /** The text of a search as it is counted: without personal data, lower case, single spaces. */
    static String normalised(String query) {
        var text = Anonymiser.anonymise(query).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\[\\]\\- ]+", " ").replaceAll("\\s+", " ").strip();
        return text.length() > Lengths.SEARCH ? text.substring(0, Lengths.SEARCH) : text;
    }

    private void recordMiss(String query) {
        var text = normalised(query);
        if (text.isEmpty()) {
            return;
        }
        em.createNativeQuery(
                "INSERT INTO knowledge_search_miss (query_text, month_start, searches) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE searches = searches + 1")
                .setParameter(1, text).setParameter(2, thisMonth()).executeUpdate();
    }

    private ArticleIndex current() {
        return index.current(
                () -> ((Number) em.createNativeQuery("SELECT version FROM knowledge_index_state WHERE id = 1")
                        .getSingleResult()).longValue(),
                () -> NativeRows.list(em,
                        "SELECT id, theme_code, title, body, members_only FROM knowledge_article "
                                + "WHERE status = 'PUBLISHED' AND replaced_by_id IS NULL",
                        r -> new ArticleIndex.Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                                Markdown.toText((String) r[3]), Columns.flag(r[4]))));
    }

    /** The member's question as plain text: its Markdown characters escaped, so it formats nothing. */
    private static String quoteFree(String text) {
        return text == null ? "" : text.strip().replaceAll("([\\\\*_`<>#|!])", "\\\\$1");
    }

    private LocalDate thisMonth() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).withDayOfMonth(1);
    }

    private LocalDateTime now() {
        return Clocks.nowUtc(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
