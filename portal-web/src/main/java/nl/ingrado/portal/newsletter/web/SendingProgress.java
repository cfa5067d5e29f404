package nl.ingrado.portal.newsletter.web;

import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import org.omnifaces.util.Faces;

/** An edition's sending as the progress bar of /staff/newsletter/edition.xhtml shows it. */
public class SendingProgress implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Sending.Progress figures;

    SendingProgress(Sending.Progress figures) {
        this.figures = figures;
    }

    public Sending.Progress getFigures() {
        return figures;
    }

    public boolean isSending() {
        return figures.status() == EditionStatus.SENDING;
    }

    /** Sent, failed and skipped of all, in whole percents. */
    public int getPercent() {
        if (figures.total() == 0) {
            return 0;
        }
        return (int) Math
                .floor(100.0 * (figures.sent() + figures.failed() + figures.skipped()) / figures.total());
    }

    public int getRemaining() {
        return Math.max(0, figures.total() - figures.sent() - figures.failed() - figures.skipped());
    }

    public String getRate() {
        return String.format(Faces.getLocale(), "%.1f", figures.perSecond());
    }
}
