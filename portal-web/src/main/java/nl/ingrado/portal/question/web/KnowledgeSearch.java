package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Listed;
import nl.ingrado.portal.question.control.ArticleIndex;

/**
 * /knowledge/index.xhtml, public: the knowledge base. A search (a GET form: the address can be shared)
 * lists matching articles best first with the matching words marked; without a search, the themes and
 * the articles of the chosen theme. Members-only articles show for everyone, locked for visitors.
 */
@Named
@RequestScoped
public class KnowledgeSearch {

    static final int MAX = 30;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    ThemeNames themeNames;

    @Inject
    CurrentReader reader;

    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String theme;
    @Getter
    private List<ArticleIndex.Hit> hits = List.of();
    @Getter
    private List<Listed> listed = List.of();
    @Getter
    private boolean searched;
    private Map<String, Long> counts;

    public void load() {
        if (theme != null && !themeNames.exists(theme)) {
            theme = null;
        }
        if (q != null && !q.isBlank()) {
            searched = true;
            var found = knowledgeBase.find(q, theme, reader.reader(), MAX);
            q = found.query();
            hits = found.hits();
        } else if (theme != null) {
            listed = knowledgeBase.inTheme(theme);
        }
        counts = knowledgeBase.themeCounts().stream()
                .collect(Collectors.toMap(KnowledgeBase.ThemeCount::themeCode,
                        KnowledgeBase.ThemeCount::articles));
    }

    public long count(String code) {
        return counts == null ? 0 : counts.getOrDefault(code, 0L);
    }
}
