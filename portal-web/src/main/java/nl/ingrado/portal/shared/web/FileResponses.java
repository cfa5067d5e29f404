package nl.ingrado.portal.shared.web;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * How the servlets send a file: with its length and how long caches may keep it; a file for one caller
 * as a download that no cache keeps; a file someone uploaded also never sniffed into a page.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** Sends {@code content} as it is, e.g. an image or a feed. */
    public static void send(HttpServletResponse response, String contentType, String cacheControl,
            byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** A file for the caller alone (a certificate, a list), saved rather than shown. */
    public static void download(HttpServletResponse response, String contentType, String filename,
            byte[] content) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        send(response, contentType, "private, no-store", content);
    }

    /**
     * A file someone uploaded, whatever it claims to be: a download the browser may not sniff. The
     * caller sets the sandbox policy; the stored name is already cleaned to [A-Za-z0-9._ -].
     */
    public static void upload(HttpServletResponse response, String contentType, String filename,
            byte[] content)
            throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        download(response, contentType, filename, content);
    }

    /**
     * What {@code call} returns, or empty when the service refuses (a {@link BusinessException}, also as the
     * EJB container wraps it): for a file, a refusal is "not found".
     */
    public static <T> Optional<T> unlessRefused(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (BusinessException e) {
            return Optional.empty();
        } catch (EJBException e) {
            if (e.getCause() instanceof BusinessException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
