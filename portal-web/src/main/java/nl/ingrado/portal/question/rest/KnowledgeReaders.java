package nl.ingrado.portal.question.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Reader;
import nl.ingrado.portal.question.boundary.Themes;
import nl.ingrado.portal.shared.entity.BusinessException;

/** The reader behind a call to the knowledge base or the document list: its account and roles, or a visitor. */
@ApplicationScoped
public class KnowledgeReaders {

    private static final Set<String> ROLES = Set.of("ADVISER", "STAFF", "ADMIN", "MEMBER");

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Themes themes;

    /** The reader of a list filtered by theme; the theme is checked first. */
    Reader of(SecurityContext security, String theme) {
        requireTheme(theme);
        return of(security);
    }

    Reader of(SecurityContext security) {
        var principal = security.getUserPrincipal();
        if (principal == null) {
            return Reader.VISITOR;
        }
        Long account;
        try {
            account = Long.valueOf(principal.getName());
        } catch (NumberFormatException e) {
            return Reader.VISITOR;
        }
        var groups = ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        return knowledgeBase.reader(account, groups);
    }

    /** A theme in a filter must exist: a typo is a 400 naming the field, not an empty list. */
    private void requireTheme(String theme) {
        if (theme != null && !theme.isBlank() && themes.find(theme.strip()).isEmpty()) {
            throw BusinessException.onField("theme", "knowledge.theme.unknown");
        }
    }
}
