package nl.ingrado.portal.question.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Reader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The knowledge base (kennisbank): search and read articles; members-only ones for premium members. */
@ApplicationScoped
@Path("knowledge")
@Tag(name = "Knowledge base", description = "Articles of Vraag en Antwoord (kennisbank), in Dutch")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
public class KnowledgeResource {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    KnowledgeReaders readers;

    @Context
    SecurityContext security;

    /** An article in a list or search: {@code snippetHtml} is escaped text with the matching words in mark. */
    public record ArticleItem(long id, String title, String theme, boolean membersOnly, String snippetHtml,
            LocalDate checkedOn) {
    }

    /** One article; {@code bodyHtml} is sanitised HTML, {@code replacedBy} the article that replaces an outdated one. */
    public record ArticleBody(long id, String title, String theme, boolean membersOnly, String bodyHtml,
            LocalDate checkedOn, Long replacedBy, List<Long> related) {
    }

    @GET
    @APIResponse(responseCode = "400", description = "An unknown theme (field theme)")
    @Operation(summary = "Search the knowledge base (Dutch word forms found, best first), or list its articles when q is empty; public articles for anyone, members-only ones for premium members, staff and advisers")
    public List<ArticleItem> search(
            @Parameter(description = "Words to look for, e.g. vrijstelling; empty lists all articles") @QueryParam("q") String q,
            @Parameter(description = "Theme code, e.g. vrijstellingen") @QueryParam("theme") String theme,
            @Parameter(description = "At most this many results of a search (default 20, at most 50)") @QueryParam("size") Integer size) {
        var reader = readers.of(security, theme);
        if (q == null || q.isBlank()) {
            return knowledgeBase.readable(theme, reader).stream()
                    .map(a -> new ArticleItem(a.id(), a.title(), a.themeCode(), a.membersOnly(), null,
                            a.checkedOn()))
                    .toList();
        }
        int max = size == null ? 20 : Math.max(1, Math.min(KnowledgeBase.MAX_RESULTS, size));
        return knowledgeBase.find(q, theme, reader, max).hits().stream()
                .map(h -> new ArticleItem(h.id(), h.title(), h.themeCode(), h.membersOnly(), h.snippetHtml(),
                        null))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published article; an outdated one names the article that replaces it")
    @APIResponse(responseCode = "403", description = "A members-only article, and the caller is not a premium member, staff or adviser")
    @APIResponse(responseCode = "404", description = "No such published article")
    public ArticleBody get(@PathParam("id") long id) {
        var reader = readers.of(security);
        var article = knowledgeBase.article(id, new Reader(reader.membersOnly(), false))
                .orElseThrow(NotFoundException::new);
        if (article.locked()) {
            throw new ForbiddenException();
        }
        return new ArticleBody(article.id(), article.title(), article.themeCode(), article.membersOnly(),
                article.bodyHtml(), article.checkedOn(), article.replacedById(),
                article.related().stream().map(KnowledgeBase.Related::id).toList());
    }
}
