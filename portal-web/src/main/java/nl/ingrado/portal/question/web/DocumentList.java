package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.KnowledgeDocuments;
import nl.ingrado.portal.question.boundary.KnowledgeDocuments.Listed;
import nl.ingrado.portal.question.boundary.Themes;

/**
 * /documents/index.xhtml, public: the document list by theme, the newest version as the download and
 * the older ones below it. Members-only documents are listed for everyone, downloadable for premium
 * members, staff and advisers.
 */
@Named
@RequestScoped
public class DocumentList {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    Themes themes;

    @Inject
    CurrentReader reader;

    @Getter
    @Setter
    private String theme;
    @Getter
    private List<Listed> list = List.of();

    public void load() {
        if (theme != null && themes.find(theme).isEmpty()) {
            theme = null;
        }
        list = documents.list(theme, reader.reader(), false);
    }
}
