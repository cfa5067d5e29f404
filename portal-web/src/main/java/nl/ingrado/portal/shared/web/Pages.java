package nl.ingrado.portal.shared.web;

import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** What the pages do alike when they load what their address names. */
public final class Pages {

    private Pages() {
    }

    /**
     * What the page's address names; null, after answering 404 with {@code what} (the page then renders
     * nothing), when there is no such thing or it is not the user's to see.
     */
    public static <T> T found(Optional<T> subject, String what) throws IOException {
        if (subject.isEmpty()) {
            Faces.responseSendError(404, what);
            return null;
        }
        return subject.get();
    }
}
