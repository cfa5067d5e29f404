package nl.ingrado.portal.newsletter.web;

import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import org.omnifaces.util.Faces;

/** An edition's sending as the progress bar of /staff/newsletter/edition.xhtml shows it. */
public class SendingProgress implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Getter
    private final Sending.Progress figures;

    SendingProgress(Sending.Progress figures) {
        this.figures = figures;
    }

    public boolean isSending() {
        return figures.status() == EditionStatus.SENDING;
    }

    /**
     * Everyone not queued any more (sent, bounced after sending, failed or skipped) of all, in whole
     * percents: 100 once nobody waits, so a bounce does not read as a message still to go.
     */
    public int getPercent() {
        return figures.percent();
    }

    /** Only the recipients still queued; sent + bounced + failed + skipped + remaining = total. */
    public int getRemaining() {
        return figures.queued();
    }

    public String getRate() {
        return String.format(Faces.getLocale(), "%.1f", figures.perSecond());
    }
}
