package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * What the auditor's decision pages share (an accreditation request, a submitted record): the subject
 * the address names with {@code ?id=}, a 404 when there is none, the form filled from it once (so a
 * failed POST keeps what was typed), the points granted and their category, the reason given with the
 * decision, and the list again afterwards.
 */
abstract class AuditorDecision<S> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String notFound;

    @Getter
    @Setter
    private Long id;
    private transient S subject;
    private boolean filled;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String points;
    @Getter
    @Setter
    private String category;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String reason;

    /** @param notFound the 404's text when the address names nothing */
    protected AuditorDecision(String notFound) {
        this.notFound = notFound;
    }

    /** The subject with this id, if any. */
    protected abstract Optional<S> find(long id);

    /** The form's first values, taken from the subject. */
    protected abstract void fill(S subject);

    public void load() throws IOException {
        if (subject() == null) {
            Faces.responseSendError(404, notFound);
            return;
        }
        if (!filled) {
            filled = true;
            fill(subject);
        }
    }

    /** Read once a request; null when the id names nothing. */
    protected S subject() {
        if (subject == null && id != null) {
            subject = find(id).orElse(null);
        }
        return subject;
    }

    /** After the decision: the auditor's list at {@code page}, saying what was done to {@code title}. */
    protected static void decided(String done, String title, String page) throws IOException {
        Feedback.flash(done, title);
        Faces.redirect(page);
    }
}
