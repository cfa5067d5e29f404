package nl.ingrado.portal.shared.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.ingrado.portal.shared.control.Texts;

/** Problem details (RFC 9457) with a title and detail in the caller's language; never a stack trace. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** No cache, shared or private, may keep an answer: problems and whatever a caller is shown. */
    public static final String NO_STORE = "no-store";

    private Problems() {
    }

    public static String json(int status, String title, String detail, String field) {
        var builder = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (field != null) {
            builder.add("field", field);
        }
        return builder.build().toString();
    }

    public static Response response(int status, Locale locale, String titleKey, String detailKey,
            String field,
            Object... args) {
        return Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .header("Cache-Control", NO_STORE)
                .entity(json(status, Texts.get(locale, titleKey), Texts.get(locale, detailKey, args), field))
                .build();
    }

    /** For the authentication mechanism, which answers before JAX-RS is reached. */
    public static void write(HttpServletResponse response, int status, String titleKey, String detailKey,
            HttpServletRequest request) {
        var locale = Texts.localeOf(request);
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", NO_STORE);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"ingrado\"");
            }
            response.getWriter()
                    .write(json(status, Texts.get(locale, titleKey), Texts.get(locale, detailKey), null));
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
