package nl.ingrado.portal.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ingrado.portal.newsletter.control.SafeHtml;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Staff compose editions: subject, intro, segment and items (title, sanitised text, link, image).
 * Only a draft or a scheduled edition changes; every change first locks the edition's row, so it
 * cannot slip in while the engine takes the edition for sending.
 */
@Stateless
public class Editions {

    public static final String AUDIT_TYPE = "nl_edition";
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    static final String COLUMNS = "id, subject, intro, segment_id, status, scheduled_at, queued_at, "
            + "finished_at, recipients, created_at, created_by";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Archive archive;

    /** A line of the editions list with its figures, all from one statement. Times are UTC. */
    public record Row(long id, String subject, EditionStatus status, LocalDateTime scheduledAt,
            LocalDateTime finishedAt, LocalDateTime createdAt, String segment, int recipients, int delivered,
            int failed, int bounced, int unsubscribed) implements Serializable {

        /** The date that matters: when it went out, else when it will, else when it was started. */
        public LocalDateTime date() {
            return finishedAt != null ? finishedAt : scheduledAt != null ? scheduledAt : createdAt;
        }
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM nl_edition").getSingleResult())
                .longValue();
    }

    /** Editions still being written (drafts): one count, for the staff's home page. */
    public long draftCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM nl_edition WHERE status = 'DRAFT'")
                .getSingleResult()).longValue();
    }

    /**
     * Newest first, with recipients, delivered, failed, bounced and unsubscribed per edition: the
     * figures come from grouped subqueries, so the page costs one statement whatever its length.
     */
    @SuppressWarnings("unchecked")
    public List<Row> page(int first, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.subject, e.status, e.scheduled_at, "
                + "e.finished_at, e.created_at, g.name, COALESCE(e.recipients, d.total, 0), "
                + "COALESCE(d.delivered, 0), COALESCE(d.failed, 0), COALESCE(d.bounced, 0), COALESCE(u.n, 0) "
                + "FROM nl_edition e JOIN nl_segment g ON g.id = e.segment_id "
                + "LEFT JOIN (SELECT edition_id, COUNT(*) total, SUM(status = 'SENT') delivered, "
                + "SUM(status = 'FAILED') failed, SUM(status = 'BOUNCED') bounced FROM nl_delivery "
                + "GROUP BY edition_id) d ON d.edition_id = e.id "
                + "LEFT JOIN (SELECT edition_id, COUNT(*) n FROM nl_consent WHERE action = 'UNSUBSCRIBED' "
                + "AND edition_id IS NOT NULL GROUP BY edition_id) u ON u.edition_id = e.id "
                + "ORDER BY COALESCE(e.finished_at, e.scheduled_at, e.created_at) DESC, e.id DESC LIMIT ? OFFSET ?")
                .setParameter(1, size).setParameter(2, first).getResultList();
        return rows.stream().map(r -> new Row(lng(r[0]), (String) r[1], EditionStatus.valueOf((String) r[2]),
                Columns.dateTime(r[3]), Columns.dateTime(r[4]), Columns.dateTime(r[5]), (String) r[6],
                Columns.count(r[7]), Columns.count(r[8]),
                Columns.count(r[9]),
                Columns.count(r[10]), Columns.count(r[11]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Edition> find(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM nl_edition WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Editions::edition);
    }

    public List<EditionItem> items(long editionId) {
        return archive.items(editionId);
    }

    /** A new draft; returns its id. */
    public long create(String subject, String intro, Long segmentId, String actor) {
        var cleanSubject = required(subject, Lengths.TITLE, "subject");
        var cleanIntro = optional(intro, Lengths.NOTE, "intro");
        segment(segmentId);
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "INSERT INTO nl_edition (subject, intro, segment_id, status, created_at, created_by) "
                        + "VALUES (?, ?, ?, 'DRAFT', ?, ?)")
                .setParameter(1, cleanSubject).setParameter(2, cleanIntro)
                .setParameter(3, segmentId).setParameter(4, now).setParameter(5, actor).executeUpdate();
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, AUDIT_TYPE, id, "CREATE", actor, now, "subject: " + cleanSubject);
        return id;
    }

    public void update(long id, String subject, String intro, Long segmentId, String actor) {
        var cleanSubject = required(subject, Lengths.TITLE, "subject");
        var cleanIntro = optional(intro, Lengths.NOTE, "intro");
        segment(segmentId);
        editable(id);
        em.createNativeQuery(
                "UPDATE nl_edition SET subject = ?, intro = ?, segment_id = ?, version = version + 1 "
                        + "WHERE id = ?")
                .setParameter(1, cleanSubject).setParameter(2, cleanIntro)
                .setParameter(3, segmentId).setParameter(4, id).executeUpdate();
        AuditTrail.record(em, AUDIT_TYPE, id, "UPDATE", actor, Clocks.nowUtc(clock),
                "subject: " + cleanSubject + "; segment: " + segmentId);
    }

    /** A draft that was never sent may go; a sent one is part of the archive and its statistics. */
    public void delete(long id, String actor) {
        var status = editable(id);
        if (status != EditionStatus.DRAFT) {
            throw new BusinessException("nls.edition.deleteOnlyDraft");
        }
        List<?> images = em.createNativeQuery("SELECT image_id FROM nl_edition_item WHERE edition_id = ? "
                + "AND image_id IS NOT NULL").setParameter(1, id).getResultList();
        em.createNativeQuery("DELETE FROM nl_edition WHERE id = ?").setParameter(1, id).executeUpdate();
        for (var image : images) {
            em.createNativeQuery("DELETE FROM nl_image WHERE id = ?").setParameter(1, lng(image))
                    .executeUpdate();
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "DELETE", actor, Clocks.nowUtc(clock), "");
    }

    /**
     * Adds an item ({@code itemId} null) or changes one. The text is sanitised before it is stored;
     * an image (PNG, JPEG or GIF by content, at most 2 MB) needs an alt text. Returns the item's id.
     */
    public long saveItem(long editionId, Long itemId, String title, String bodyHtml, String link,
            byte[] image,
            String imageAlt, boolean removeImage, String actor) {
        var cleanTitle = required(title, Lengths.TITLE, "itemTitle");
        var body = itemBody(bodyHtml);
        var cleanLink = link(link);
        var imageType = uploadedImageType(image);
        var alt = optional(imageAlt, Lengths.IMAGE_ALT, "itemImageAlt");
        editable(editionId);
        EditionItem existing = null;
        if (itemId != null) {
            existing = items(editionId).stream().filter(i -> i.id() == itemId).findFirst()
                    .orElseThrow(() -> new BusinessException("nls.item.notFound"));
        }
        Long imageId = existing == null || removeImage ? null : existing.imageId();
        if (imageType != null || imageId != null) {
            if (alt == null) {
                throw BusinessException.onField("itemImageAlt", "nls.image.altRequired");
            }
        }
        var now = Clocks.nowUtc(clock);
        if (imageType != null) {
            em.createNativeQuery("INSERT INTO nl_image (content_type, content, created_at) VALUES (?, ?, ?)")
                    .setParameter(1, imageType).setParameter(2, image).setParameter(3, now).executeUpdate();
            imageId = NativeRows.lastId(em);
        }
        var storedAlt = imageId == null ? null : alt;
        long id;
        if (existing == null) {
            id = insertItem(editionId, cleanTitle, body, cleanLink, imageId, storedAlt);
        } else {
            id = existing.id();
            em.createNativeQuery(
                    "UPDATE nl_edition_item SET title = ?, body_html = ?, link_url = ?, image_id = ?, "
                            + "image_alt = ? WHERE id = ?")
                    .setParameter(1, cleanTitle).setParameter(2, body)
                    .setParameter(3, cleanLink).setParameter(4, imageId).setParameter(5, storedAlt)
                    .setParameter(6, id).executeUpdate();
            if (existing.imageId() != null && !existing.imageId().equals(imageId)) {
                em.createNativeQuery("DELETE FROM nl_image WHERE id = ?").setParameter(1, existing.imageId())
                        .executeUpdate();
            }
        }
        AuditTrail.record(em, AUDIT_TYPE, editionId, existing == null ? "ADD_ITEM" : "CHANGE_ITEM", actor,
                now,
                "item " + id + ": " + cleanTitle);
        return id;
    }

    /** The item's text, sanitised; it may not be empty or longer than 100,000 characters. */
    private static String itemBody(String bodyHtml) {
        var body = SafeHtml.clean(bodyHtml);
        if (body.length() > Lengths.ITEM_BODY) {
            throw BusinessException.onField("itemBody", "nls.field.tooLong", 100_000);
        }
        if (body.isEmpty()) {
            throw BusinessException.onField("itemBody", "nls.field.required");
        }
        return body;
    }

    /** The content type of an uploaded image (null when none was uploaded); too large or unknown is refused. */
    private static String uploadedImageType(byte[] image) {
        if (image == null || image.length == 0) {
            return null;
        }
        if (image.length > MAX_IMAGE_BYTES) {
            throw BusinessException.onField("itemImage", "nls.image.tooLarge", MAX_IMAGE_BYTES / 1024 / 1024);
        }
        return imageType(image).orElseThrow(() -> BusinessException.onField("itemImage", "nls.image.type"));
    }

    /** Adds an item at the end of the edition; returns its id. */
    private long insertItem(long editionId, String title, String body, String link, Long imageId,
            String alt) {
        int position = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM "
                + "nl_edition_item WHERE edition_id = ?").setParameter(1, editionId).getSingleResult())
                .intValue();
        em.createNativeQuery(
                "INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url, "
                        + "image_id, image_alt) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, editionId)
                .setParameter(2, position).setParameter(3, title).setParameter(4, body)
                .setParameter(5, link).setParameter(6, imageId).setParameter(7, alt)
                .executeUpdate();
        return NativeRows.lastId(em);
    }
    /** Swaps the item with its neighbour above ({@code up}) or below. */
    public void moveItem(long editionId, long itemId, boolean up, String actor) {
        editable(editionId);
        var items = items(editionId);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new BusinessException("nls.item.notFound");
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= items.size()) {
            return;
        }
        var a = items.get(index);
        var b = items.get(other);
        // (edition, position) is unique: park one item on a free position while the other moves
        setPosition(a.id(), -a.position());
        setPosition(b.id(), a.position());
        setPosition(a.id(), b.position());
        AuditTrail.record(em, AUDIT_TYPE, editionId, "MOVE_ITEM", actor, Clocks.nowUtc(clock),
                "item " + itemId + (up ? " up" : " down"));
    }

    public void removeItem(long editionId, long itemId, String actor) {
        var status = editable(editionId);
        var items = items(editionId);
        var item = items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new BusinessException("nls.item.notFound"));
        // scheduling checks for items only once: a scheduled edition must keep at least one
        if (status == EditionStatus.SCHEDULED && items.size() == 1) {
            throw new BusinessException("nls.item.lastOfScheduled");
        }
        em.createNativeQuery("DELETE FROM nl_edition_item WHERE id = ?").setParameter(1, itemId)
                .executeUpdate();
        if (item.imageId() != null) {
            em.createNativeQuery("DELETE FROM nl_image WHERE id = ?").setParameter(1, item.imageId())
                    .executeUpdate();
        }
        AuditTrail.record(em, AUDIT_TYPE, editionId, "REMOVE_ITEM", actor, Clocks.nowUtc(clock),
                "item " + itemId + ": " + item.title());
    }

    /** An item's image for the staff preview; empty when unknown. */
    @SuppressWarnings("unchecked")
    public Optional<Image> image(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT content_type, content FROM nl_image WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Image((String) r[0], (byte[]) r[1]));
    }

    public record Image(String contentType, byte[] content) {
    }

    /** PNG, JPEG or GIF by the first bytes, never by name or the browser's word. */
    public static Optional<String> imageType(byte[] content) {
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 'G', 'I', 'F', '8', '7', 'a')
                || startsWith(content, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }

    /** An absolute http(s) link with a host, or null for none. */
    static String link(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        var value = link.strip();
        if (value.length() > 1000) {
            throw BusinessException.onField("itemLink", "nls.field.tooLong", 1000);
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || !value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                throw BusinessException.onField("itemLink", "nls.link.invalid");
            }
            return scheme + value.substring(scheme.length());
        } catch (URISyntaxException e) {
            throw BusinessException.onField("itemLink", "nls.link.invalid");
        }
    }

    /** Locks the edition's row and says no unless it is a draft or scheduled. */
    private EditionStatus editable(long id) {
        List<?> rows = em.createNativeQuery("SELECT status FROM nl_edition WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("nls.edition.notFound");
        }
        var status = EditionStatus.valueOf((String) rows.get(0));
        if (status != EditionStatus.DRAFT && status != EditionStatus.SCHEDULED) {
            throw new BusinessException("nls.edition.notEditable");
        }
        return status;
    }

    private void segment(Long segmentId) {
        if (segmentId == null || em.createNativeQuery("SELECT id FROM nl_segment WHERE id = ?")
                .setParameter(1, segmentId).getResultList().isEmpty()) {
            throw BusinessException.onField("segment", "nls.field.required");
        }
    }

    private void setPosition(long itemId, int position) {
        em.createNativeQuery("UPDATE nl_edition_item SET position = ? WHERE id = ?").setParameter(1, position)
                .setParameter(2, itemId).executeUpdate();
    }

    static String required(String value, int max, String field) {
        var clean = optional(value, max, field);
        if (clean == null) {
            throw BusinessException.onField(field, "nls.field.required");
        }
        return clean;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var clean = value.strip();
        if (clean.length() > max) {
            throw BusinessException.onField(field, "nls.field.tooLong", max);
        }
        return clean;
    }

    static Edition edition(Object[] r) {
        return new Edition(lng(r[0]), (String) r[1], (String) r[2], lng(r[3]),
                EditionStatus.valueOf((String) r[4]),
                Columns.dateTime(r[5]), Columns.dateTime(r[6]), Columns.dateTime(r[7]),
                r[8] == null ? null : Columns.count(r[8]), Columns.dateTime(r[9]),
                (String) r[10]);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static long lng(Object o) {
        return ((Number) o).longValue();
    }
}
