package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.ingrado.portal.question.control.KnowledgeIndex.KnowledgeChanged;
import nl.ingrado.portal.question.entity.Article;
import nl.ingrado.portal.question.entity.ArticleStatus;
import nl.ingrado.portal.question.entity.Theme;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Writing the knowledge base: advisers and staff draft articles (also from an answered question, see
 * {@link KnowledgeBase#draftFromQuestion}), publish them, mark them checked, relate them, and replace an
 * outdated one by another. Each change is in the audit trail.
 */
@Stateless
public class ArticleEditor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<KnowledgeChanged> changed;

    /** Who edits: built by the web layer from the caller, refused unless an adviser or staff. */
    public record Editor(String email, Set<String> groups) {

        public Editor {
            if (email == null || !KnowledgeBase.canEdit(groups)) {
                throw new BusinessException("article.notEditor");
            }
        }
    }

    /** What an editor writes. */
    public record ArticleText(String themeCode, String title, String body, boolean membersOnly)
            implements
                Serializable {
    }

    /** A row of the editors' list. */
    public record Row(long id, String title, String themeCode, ArticleStatus status, boolean membersOnly,
            LocalDate checkedOn, Long replacedById, LocalDateTime updatedAt) implements Serializable {
    }

    /** An article as its editor loads it. */
    public record Draft(long id, int version, ArticleText text, ArticleStatus status, LocalDate checkedOn,
            Long replacedById, List<Long> relatedIds) implements Serializable {
    }

    /** Every article, drafts first, then by title (without their texts: there may be thousands). */
    public List<Row> all(Editor editor) {
        return em
                .createQuery("SELECT a.id, a.title, a.themeCode, a.status, a.membersOnly, a.checkedOn, r.id, "
                        + "a.updatedAt FROM Article a LEFT JOIN a.replacedBy r ORDER BY a.status, a.title",
                        Object[].class)
                .getResultList().stream()
                .map(a -> new Row((Long) a[0], (String) a[1], (String) a[2], (ArticleStatus) a[3],
                        (Boolean) a[4],
                        (LocalDate) a[5], (Long) a[6], (LocalDateTime) a[7]))
                .toList();
    }

    public java.util.Optional<Draft> load(Editor editor, long id) {
        var a = em.find(Article.class, id);
        if (a == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Draft(a.getId(), a.getVersion(),
                new ArticleText(a.getThemeCode(), a.getTitle(), a.getBody(), a.isMembersOnly()),
                a.getStatus(),
                a.getCheckedOn(), a.getReplacedBy() == null ? null : a.getReplacedBy().getId(),
                a.related().stream().map(Article::getId).sorted().toList()));
    }

    /** A new draft; its id. */
    public long create(Editor editor, ArticleText text) {
        requireTheme(text.themeCode());
        var article = Article.draft(text.themeCode(), text.title(), text.body(), text.membersOnly(),
                editor.email(),
                now());
        em.persist(article);
        em.flush();
        audit(article, "ARTICLE_CREATE", editor, article.getTitle());
        return article.getId();
    }

    /** Saves the text and the related articles, unless someone else saved in between ({@code version}). */
    public void save(Editor editor, long id, int version, ArticleText text, Collection<Long> relatedIds) {
        var article = find(id);
        if (article.getVersion() != version) {
            throw new BusinessException("article.changedMeanwhile");
        }
        requireTheme(text.themeCode());
        article.edit(text.themeCode(), text.title(), text.body(), text.membersOnly(), editor.email(), now());
        var related = new ArrayList<Article>();
        for (var relatedId : relatedIds == null ? List.<Long>of() : relatedIds) {
            var other = em.find(Article.class, relatedId);
            if (other == null) {
                throw BusinessException.onField("related", "article.related.unknown");
            }
            related.add(other);
        }
        article.relate(related, editor.email(), now());
        audit(article, "ARTICLE_SAVE", editor, article.getTitle());
    }

    public void publish(Editor editor, long id) {
        var article = find(id);
        article.publish(editor.email(), now());
        audit(article, "ARTICLE_PUBLISH", editor, article.getTitle());
    }

    /** "Gecontroleerd vandaag": the article still holds today. */
    public void checkedToday(Editor editor, long id) {
        var article = find(id);
        article.checked(LocalDate.now(clock.withZone(Clocks.AMSTERDAM)), editor.email(), now());
        audit(article, "ARTICLE_CHECKED", editor, null);
    }

    /** Marks the article outdated; {@code replacementId} takes its place and its readers. */
    public void replace(Editor editor, long id, Long replacementId) {
        var article = find(id);
        var replacement = replacementId == null ? null : em.find(Article.class, replacementId);
        article.replaceBy(replacement, editor.email(), now());
        audit(article, "ARTICLE_REPLACE", editor, "by " + replacementId);
    }

    private Article find(long id) {
        var article = em.find(Article.class, id);
        if (article == null) {
            throw new BusinessException("article.notFound");
        }
        return article;
    }

    private void requireTheme(String code) {
        if (code == null || em.find(Theme.class, code) == null) {
            throw BusinessException.onField("theme", "article.theme.required");
        }
    }

    private void audit(Article article, String action, Editor editor, String detail) {
        em.flush();
        AuditTrail.record(em, "knowledge_article", article.getId(), action, editor.email(), now(), detail);
        changed.fire(new KnowledgeChanged(article.getId()));
    }

    private LocalDateTime now() {
        return Clocks.nowUtc(clock);
    }
}
