package nl.ingrado.portal.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;

/**
 * The public side of editions: the archive of sent editions (page and feeds), an edition as a web
 * page, and its images. What is not sent yet stays out of sight for everyone but staff.
 */
@Stateless
public class Archive {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** An image as stored: its content type is one of png, jpeg, gif (checked by the database). */
    public record Image(String contentType, byte[] content, LocalDateTime createdAt) {
    }

    /** Sent editions, newest first. */
    @SuppressWarnings("unchecked")
    public List<Edition> sent(int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + Editions.COLUMNS + " FROM nl_edition "
                + "WHERE status = 'SENT' ORDER BY finished_at DESC, id DESC").setMaxResults(max)
                .getResultList();
        return rows.stream().map(Editions::edition).toList();
    }

    /**
     * An edition for its web page: for everyone once it has reached anyone (sent, or still being sent
     * or paused with mail already out: "view in your browser" must work for whoever got it), any one
     * for staff. The archive list itself shows only sent editions.
     */
    public Optional<Edition> edition(long id, boolean staff) {
        return NativeRows.first(em, "SELECT " + Editions.COLUMNS + " FROM nl_edition e WHERE id = ? AND (? "
                + "OR status = 'SENT' OR status IN ('SENDING', 'PAUSED') AND EXISTS (SELECT 1 FROM "
                + "nl_delivery d WHERE d.edition_id = e.id AND d.status IN ('SENT', 'BOUNCED')))",
                Editions::edition, id, staff);
    }

    /** The items of an edition in their order (staff read them here too). */
    public List<EditionItem> items(long editionId) {
        return NativeRows.list(em, "SELECT id, edition_id, position, title, body_html, link_url, "
                + "image_id, image_alt FROM nl_edition_item WHERE edition_id = ? ORDER BY position",
                r -> new EditionItem(Editions.lng(r[0]), Editions.lng(r[1]), Columns.count(r[2]),
                        (String) r[3],
                        (String) r[4], (String) r[5], Columns.toLong(r[6]), (String) r[7]),
                editionId);
    }

    /**
     * An image for everyone once an edition using it has gone out (recipients see it while it is
     * still being sent), else only for staff (compose and preview).
     */
    public Optional<Image> image(long id, boolean staff) {
        return NativeRows.first(em, "SELECT i.content_type, i.content, i.created_at FROM nl_image i "
                + "WHERE i.id = ? AND (? OR EXISTS (SELECT 1 FROM nl_edition_item t JOIN nl_edition e "
                + "ON e.id = t.edition_id WHERE t.image_id = i.id AND e.status IN ('SENDING', 'PAUSED', 'SENT')))",
                r -> new Image((String) r[0], (byte[]) r[1], Columns.dateTime(r[2])), id, staff);
    }
}
