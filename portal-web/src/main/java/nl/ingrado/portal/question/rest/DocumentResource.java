package nl.ingrado.portal.question.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.question.boundary.KnowledgeDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The document list (documentenlijst): the documents the caller may download, with their versions. */
@ApplicationScoped
@Path("documents")
@Tag(name = "Documents", description = "The document list of Vraag en Antwoord: PDF, Word and Excel files")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    KnowledgeReaders readers;

    @Context
    SecurityContext security;

    /** A version; {@code href} downloads it (the first version listed is the newest, the default). */
    public record VersionItem(int number, String filename, String contentType, long sizeBytes,
            LocalDateTime uploadedAt, String href) {
    }

    public record DocumentItem(long id, String title, String theme, String description, boolean membersOnly,
            String href, List<VersionItem> versions) {
    }

    @GET
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @APIResponse(responseCode = "400", description = "An unknown theme (field theme)")
    @Operation(summary = "The documents the caller may download, by theme and title: public ones for anyone, members-only ones for premium members, staff and advisers")
    public List<DocumentItem> list(
            @Parameter(description = "Theme code, e.g. vrijstellingen") @QueryParam("theme") String theme) {
        return documents.list(theme, readers.of(security, theme), true).stream()
                .map(d -> new DocumentItem(d.id(), d.title(), d.themeCode(), d.description(), d.membersOnly(),
                        "/knowledge/files/" + d.id(),
                        d.versions().stream()
                                .map(v -> new VersionItem(v.number(), v.filename(), v.contentType(),
                                        v.sizeBytes(), v.uploadedAt(),
                                        "/knowledge/files/" + d.id() + "/" + v.number()))
                                .toList()))
                .toList();
    }
}
