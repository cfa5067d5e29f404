package nl.ingrado.portal.shared.rest;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.control.DatabaseOutage;
import nl.ingrado.portal.shared.control.Texts;

/** Turns every failure of the API into a problem response; unexpected ones are logged, not shown. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        var locale = Texts.localeOf(request);
        var cause = (failure instanceof EJBException || failure instanceof jakarta.ws.rs.ProcessingException)
                && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
        if (DatabaseOutage.isCause(failure)) {
            // the database is unreachable: briefly unavailable, not a bug (no stack trace per call)
            return Response.fromResponse(Problems.response(503, locale, "problem.unavailable.title",
                    "problem.unavailable.detail", null))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (cause instanceof BusinessException business && business.field() == null
                && business.messageKey().endsWith(".notFound")) {
            // what the address names does not exist; an id in the body is a 400 naming its field
            return Problems.response(404, locale, "problem.notFound.title", business.messageKey(), null,
                    business.arguments());
        }
        if (cause instanceof BusinessException business) {
            return Problems.response(400, locale, "problem.badRequest.title", business.messageKey(),
                    business.field(),
                    business.arguments());
        }
        if (cause instanceof BodyTooLargeException large) {
            return Problems.response(413, locale, "problem.tooLarge.title", "problem.tooLarge.detail", null,
                    (large.maxBytes() + 1023) / 1024);
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return switch (status) {
                case 401 -> Problems.response(401, locale, "problem.unauthorized.title",
                        "problem.unauthorized.detail", null);
                case 403 ->
                    Problems.response(403, locale, "problem.forbidden.title", "problem.forbidden.detail",
                            null);
                case 404 ->
                    Problems.response(404, locale, "problem.notFound.title", "problem.notFound.detail", null);
                case 405 -> Problems.response(405, locale, "problem.methodNotAllowed.title",
                        "problem.methodNotAllowed.detail", null);
                case 413 -> Problems.response(413, locale, "problem.tooLarge.title",
                        "problem.tooLarge.detail", null, JsonRecords.DEFAULT_MAX_BYTES / 1024);
                case 415 -> Problems.response(415, locale, "problem.unsupportedMediaType.title",
                        "problem.unsupportedMediaType.detail", null);
                default -> status >= 500
                        ? Problems.response(status, locale, "problem.serverError.title",
                                "problem.serverError.detail",
                                null)
                        : Problems.response(status, locale, "problem.badRequest.title",
                                "problem.badRequest.detail",
                                null);
            };
        }
        if (cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException) {
            return Problems.response(400, locale, "problem.badRequest.title", "problem.json.invalid", null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return Problems.response(500, locale, "problem.serverError.title", "problem.serverError.detail",
                null);
    }
}
