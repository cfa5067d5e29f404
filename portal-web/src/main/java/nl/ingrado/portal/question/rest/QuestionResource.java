package nl.ingrado.portal.question.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.question.boundary.Advisers;
import nl.ingrado.portal.question.boundary.Advisers.QueueFilter;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.boundary.QuestionDesk.NewQuestion;
import nl.ingrado.portal.question.entity.MessageKind;
import nl.ingrado.portal.question.entity.NoPersonalData;
import nl.ingrado.portal.question.entity.Question;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.rest.ApiDocs;
import nl.ingrado.portal.shared.rest.Caller;
import nl.ingrado.portal.shared.rest.JsonLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vraag en Antwoord's questions: premium members ask and read their own (never the advisers' notes);
 * advisers list the queue.
 */
@ApplicationScoped
@Path("questions")
@Tag(name = "Questions", description = "Vraag en Antwoord: questions to Ingrado's advisers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "session")
public class QuestionResource {

    @Inject
    QuestionDesk desk;

    @Inject
    Advisers advisers;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    /** A question as asked: the theme's code (see the themes of the knowledge base), a title and the text. */
    @JsonLimit(bytes = 48 * 1024)
    public record AskRequest(@NotBlank @Size(max = 40) String theme,
            @NotBlank @Size(max = Lengths.QUESTION_TITLE) @NoPersonalData String title,
            @NotBlank @Size(max = Lengths.QUESTION_TEXT) @NoPersonalData String question) {

        // declared in full, so the constraints stay off its parameters (see JsonRecords)
        public AskRequest(String theme, String title, String question) {
            this.theme = theme;
            this.title = title;
            this.question = question;
        }
    }

    /** One message the asker may see: a follow-up or an answer (Markdown). */
    public record MessageView(long id, String kind, String author, String at, String text, String rating) {
    }

    public record QuestionView(long id, String theme, String title, String question, String source,
            String status,
            String askedAt, String dueOn, List<MessageView> messages) {
    }

    public record QueueItem(long id, String title, String theme, String status, String source, String dueOn,
            boolean overdue, Long adviserAccountId, String adviser) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question (premium members: employed by a member organisation)")
    @APIResponse(responseCode = "201", description = "Asked: the question, status NEW, with its due date")
    @APIResponse(responseCode = "400", description = "Invalid JSON, an unknown field, a missing or too long field, an unknown theme, or personal data of a young person (a BSN, a date of birth, a postcode with house number); the problem names the field")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not a premium member")
    @RolesAllowed("MEMBER")
    public Response ask(AskRequest body) {
        if (!desk.canAsk(caller.id())) {
            throw new ForbiddenException();
        }
        long id = desk.ask(caller.id(), new NewQuestion(body.theme(), body.title(), body.question()));
        return Response.status(201).entity(view(desk.ownQuestion(caller.id(), id).orElseThrow(), false))
                .build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own questions, newest first, with the answers and follow-ups")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @RolesAllowed("MEMBER")
    public List<QuestionView> mine() {
        return desk.mine(caller.id()).stream()
                .map(q -> view(desk.ownQuestion(caller.id(), q.getId()).orElseThrow(), false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One question: the caller's own (without internal notes), or any for an adviser (with notes)")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "No such question, or another member's")
    @RolesAllowed({"MEMBER", "ADVISER"})
    public QuestionView get(@PathParam("id") long id) {
        if (request.isUserInRole("ADVISER")) {
            return view(desk.find(id).orElseThrow(NotFoundException::new), true);
        }
        return view(desk.ownQuestion(caller.id(), id).orElseThrow(NotFoundException::new), false);
    }

    @GET
    @Operation(summary = "The advisers' queue: open questions first by due date (advisers)")
    @APIResponse(responseCode = "400", description = "An unknown status (field status)")
    @APIResponse(responseCode = "401", description = ApiDocs.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Not an adviser")
    @RolesAllowed("ADVISER")
    public List<QueueItem> queue(
            @Parameter(description = "NEW, IN_PROGRESS, ANSWERED or CLOSED; all when absent") @QueryParam("status") String status,
            @Parameter(description = "A theme's code") @QueryParam("theme") String theme,
            @Parameter(description = "At most this many (default 100, at most 500)") @QueryParam("size") Integer size) {
        var statuses = EnumSet.noneOf(QuestionStatus.class);
        if (status != null && !status.isBlank()) {
            try {
                statuses.add(QuestionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw BusinessException.onField("status", "question.statusUnknown");
            }
        }
        int max = size == null ? 100 : Math.max(1, Math.min(500, size));
        return advisers.queue(new QueueFilter(theme, statuses, null), max).stream()
                .map(r -> new QueueItem(r.id(), r.title(), r.themeCode(), r.status().name(),
                        r.source().name(),
                        r.dueOn().toString(), r.overdue(), r.adviserAccountId(), r.adviserName()))
                .toList();
    }

    private static QuestionView view(Question q, boolean withNotes) {
        var messages = q.getMessages().stream().filter(m -> withNotes || m.getKind() != MessageKind.NOTE)
                .map(m -> new MessageView(m.getId(), m.getKind().name(), m.getAuthorName(),
                        m.getCreatedAt().toString() + "Z", m.getBody(),
                        m.getRating() == null ? null : m.getRating().name()))
                .toList();
        return new QuestionView(q.getId(), q.getTheme().getCode(), q.getTitle(), q.getBody(),
                q.getSource().name(),
                q.getStatus().name(), q.getAskedAt().toString() + "Z", q.getDueOn().toString(), messages);
    }
}
