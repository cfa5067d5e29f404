package nl.ingrado.portal.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * An article of the knowledge base (kennisbank): a Markdown text under a theme, public or for premium
 * members. It starts as a draft; once published it can be marked as checked, and when it is outdated
 * another published article replaces it, so its address leads to the replacement.
 */
@Entity
@Table(name = "knowledge_article")
@Getter
public class Article {

    /** The longest article body (the column's check). */
    public static final int MAX_BODY = Lengths.ARTICLE_BODY;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "theme_code", nullable = false, length = 40)
    private String themeCode;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ArticleStatus status;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    private Article replacedBy;

    @Column(name = "outdated_at")
    private LocalDateTime outdatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.EMAIL)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = Lengths.EMAIL)
    private String updatedBy;

    @Version
    private int version;

    @Getter(AccessLevel.NONE)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "knowledge_related", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderBy("title")
    private Set<Article> related = new LinkedHashSet<>();

    protected Article() {
    }

    /** A new draft; nobody but editors sees it until it is published. */
    public static Article draft(String themeCode, String title, String body, boolean membersOnly, String by,
            LocalDateTime now) {
        var article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.createdAt = now;
        article.createdBy = by;
        article.write(themeCode, title, body, membersOnly, by, now);
        return article;
    }

    /** New text, theme or audience; a published article stays published with the new text. */
    public void edit(String themeCode, String title, String body, boolean membersOnly, String by,
            LocalDateTime now) {
        write(themeCode, title, body, membersOnly, by, now);
    }

    private void write(String themeCode, String title, String body, boolean membersOnly, String by,
            LocalDateTime now) {
        if (themeCode == null || themeCode.isBlank()) {
            throw BusinessException.onField("theme", "article.theme.required");
        }
        var cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > Lengths.TITLE) {
            throw BusinessException.onField("title", "article.title.required", Lengths.TITLE);
        }
        var cleanBody = body == null ? "" : body.strip();
        if (cleanBody.length() > MAX_BODY) {
            throw BusinessException.onField("body", "article.body.tooLong", MAX_BODY);
        }
        this.themeCode = themeCode;
        this.title = cleanTitle;
        this.body = cleanBody;
        this.membersOnly = membersOnly;
        touch(by, now);
    }

    /** Publishes the draft: only with a text; its check date is the day it is published. */
    public void publish(String by, LocalDateTime now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new BusinessException("article.alreadyPublished");
        }
        if (body.isBlank()) {
            throw BusinessException.onField("body", "article.body.required");
        }
        status = ArticleStatus.PUBLISHED;
        publishedAt = now;
        if (checkedOn == null) {
            checkedOn = now.toLocalDate();
        }
        touch(by, now);
    }

    /** An editor read it again and it still holds ("Gecontroleerd vandaag"). */
    public void checked(LocalDate today, String by, LocalDateTime now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new BusinessException("article.checkNotPublished");
        }
        checkedOn = today;
        touch(by, now);
    }

    /**
     * Outdated: {@code replacement}, another published and current article, takes its place. Readers of
     * this address are led there; search no longer finds this one.
     */
    public void replaceBy(Article replacement, String by, LocalDateTime now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new BusinessException("article.replaceNotPublished");
        }
        if (replacedBy != null) {
            throw new BusinessException("article.alreadyReplaced");
        }
        if (replacement == null || same(replacement) || !replacement.isCurrent()) {
            throw BusinessException.onField("replacement", "article.replacement.invalid");
        }
        replacedBy = replacement;
        outdatedAt = now;
        touch(by, now);
    }

    /** The articles shown as related; itself never among them. */
    public void relate(Collection<Article> articles, String by, LocalDateTime now) {
        related.clear();
        for (var article : articles) {
            if (!same(article)) {
                related.add(article);
            }
        }
        touch(by, now);
    }

    public Set<Article> related() {
        return Set.copyOf(related);
    }

    /** Published and not replaced: what search finds. */
    public boolean isCurrent() {
        return status == ArticleStatus.PUBLISHED && replacedBy == null;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The current article a reader of this one is sent to, following older replacements too. */
    public Article current() {
        var article = this;
        for (int hops = 0; article.replacedBy != null && hops < 20; hops++) {
            article = article.replacedBy;
        }
        return article;
    }

    private boolean same(Article other) {
        return other == this || id != null && id.equals(other.id);
    }

    private void touch(String by, LocalDateTime now) {
        updatedBy = by;
        updatedAt = now;
    }
}
