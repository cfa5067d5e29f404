package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.Archive;
import nl.ingrado.portal.newsletter.control.SafeHtml;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import org.omnifaces.util.Faces;

/**
 * /newsletter/edition.xhtml?id= : an edition as a web page (the mail's "view in your browser").
 * Sent editions are public; staff may open any edition here, which is their web preview. For
 * everyone else an unsent or unknown edition is 404, so drafts do not leak.
 */
@Named
@RequestScoped
public class EditionWebPage {

    @Inject
    Archive archive;

    @Getter
    @Setter
    private Long id;
    @Getter
    private Edition edition;
    @Getter
    private List<EditionItem> items;

    public void load() {
        boolean staff = Faces.isUserInRole("STAFF") || Faces.isUserInRole("ADMIN");
        if (id != null) {
            edition = archive.edition(id, staff).orElse(null);
        }
        if (edition == null) {
            Faces.getExternalContext().setResponseStatus(404);
            return;
        }
        items = archive.items(edition.id());
        if (edition.status() != EditionStatus.SENT) {
            // a preview for staff: not for search engines, not for caches
            var response = (jakarta.servlet.http.HttpServletResponse) Faces.getResponse();
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * An item's text: stored sanitised, cleaned once more here so that a row written past the
     * compose page (an import, a hand edit) still cannot bring script onto the page.
     */
    public String body(EditionItem item) {
        return SafeHtml.clean(item.bodyHtml());
    }

    public LocalDate getDate() {
        if (edition == null) {
            return null;
        }
        var when = edition.finishedAt() != null
                ? edition.finishedAt()
                : edition.scheduledAt() != null ? edition.scheduledAt() : edition.createdAt();
        return NewsletterArchive.day(when);
    }

    public boolean isPreview() {
        return edition != null && edition.status() != EditionStatus.SENT;
    }
}
