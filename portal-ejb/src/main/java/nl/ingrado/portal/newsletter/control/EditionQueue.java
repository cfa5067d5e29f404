package nl.ingrado.portal.newsletter.control;

import static nl.ingrado.portal.newsletter.control.EditionTransition.transition;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.DRAFT;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.PAUSED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SCHEDULED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SENDING;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SENT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.newsletter.entity.SegmentKind;
import nl.ingrado.portal.shared.control.AuditTrail;

/**
 * The SQL of the sending engine that is not per message: queueing a due edition, the lease, loading an
 * edition, finishing it. Plain JDBC on a connection the caller owns. All times are the database's UTC
 * clock, so every node judges "due" and "expired" by the same clock.
 */
public final class EditionQueue {

    private static final Logger LOG = Logger.getLogger(EditionQueue.class.getName());

    /** A scheduled edition is due by the database's clock, the same on every node. */
    private static final String DUE = "scheduled_at <= UTC_TIMESTAMP(6)";

    private EditionQueue() {
    }

    /**
     * Turns a due SCHEDULED edition into SENDING and writes one QUEUED delivery per subscriber of its
     * segment, in the caller's transaction. Only the caller whose guarded UPDATE changed the row goes on,
     * so two nodes never queue an edition twice.
     *
     * @return the number of recipients, or -1 when the edition was not (any more) due and scheduled
     */
    public static int queueIfDue(Connection c, long editionId) throws SQLException {
        // a backstop: scheduling refuses an edition without items, but never send an empty one; back to draft
        if (transition(editionId, SCHEDULED, DRAFT).set("scheduled_at = NULL").when(DUE)
                .when("NOT EXISTS (SELECT 1 FROM nl_edition_item i WHERE i.edition_id = ?)", editionId)
                .run(c)) {
            LOG.warning(() -> "Newsletter edition " + editionId + " was due without items: back to draft");
            audit(c, editionId, "UNSCHEDULED", "due without items: back to draft, nothing sent");
            return -1;
        }
        if (!transition(editionId, SCHEDULED, SENDING).set("queued_at = UTC_TIMESTAMP(6)").when(DUE)
                .when("EXISTS (SELECT 1 FROM nl_edition_item i WHERE i.edition_id = ?)", editionId).run(c)) {
            return -1;
        }
        SegmentKind kind;
        String value;
        try (var segment = c.prepareStatement(
                "SELECT g.kind, g.value FROM nl_edition e JOIN nl_segment g ON g.id = e.segment_id WHERE e.id = ?")) {
            segment.setLong(1, editionId);
            try (var r = segment.executeQuery()) {
                r.next();
                kind = SegmentKind.valueOf(r.getString(1));
                value = r.getString(2);
            }
        }
        var condition = SegmentQuery.of(kind, value);
        int recipients;
        try (var insert = c
                .prepareStatement("INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts)"
                        + " SELECT ?, s.id, 'QUEUED', 0 FROM nl_subscriber s WHERE " + condition.sql())) {
            insert.setLong(1, editionId);
            int i = 2;
            for (var p : condition.parameters()) {
                insert.setObject(i++, p);
            }
            recipients = insert.executeUpdate();
        }
        try (var count = c.prepareStatement("UPDATE nl_edition SET recipients = ? WHERE id = ?")) {
            count.setInt(1, recipients);
            count.setLong(2, editionId);
            count.executeUpdate();
        }
        return recipients;
    }

    /** Takes or renews the lease: only when it is free, expired or already {@code node}'s. */
    public static boolean lease(Connection c, long editionId, String node, int seconds) throws SQLException {
        try (var s = c.prepareStatement("UPDATE nl_edition SET lease_owner = ?,"
                + " lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND WHERE id = ? AND status = 'SENDING'"
                + " AND (lease_owner IS NULL OR lease_until IS NULL OR lease_until < UTC_TIMESTAMP(6) OR lease_owner = ?)")) {
            s.setString(1, node);
            s.setInt(2, seconds);
            s.setLong(3, editionId);
            s.setString(4, node);
            return s.executeUpdate() == 1;
        }
    }

    /** Renews {@code node}'s own lease; false when it was lost or the edition stopped SENDING (paused). */
    public static boolean renew(Connection c, long editionId, String node, int seconds) throws SQLException {
        try (var s = c
                .prepareStatement("UPDATE nl_edition SET lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND"
                        + " WHERE id = ? AND status = 'SENDING' AND lease_owner = ?")) {
            s.setInt(1, seconds);
            s.setLong(2, editionId);
            s.setString(3, node);
            return s.executeUpdate() == 1;
        }
    }

    /** How many nodes hold a live lease on a SENDING edition now: they share the sending rate. */
    public static int sendingNodes(Connection c) throws SQLException {
        try (var s = c.prepareStatement(
                "SELECT COUNT(DISTINCT lease_owner) FROM nl_edition WHERE status = 'SENDING'"
                        + " AND lease_until >= UTC_TIMESTAMP(6)");
                var r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Whether {@code node} still holds a live lease on a SENDING edition. */
    public static boolean holds(Connection c, long editionId, String node) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM nl_edition WHERE id = ? AND status = 'SENDING'"
                + " AND lease_owner = ? AND lease_until >= UTC_TIMESTAMP(6)")) {
            s.setLong(1, editionId);
            s.setString(2, node);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Gives the lease back, so another node may go on at once (after a pause or a shutdown). */
    public static void release(Connection c, long editionId, String node) throws SQLException {
        try (var s = c.prepareStatement(
                "UPDATE nl_edition SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")) {
            s.setLong(1, editionId);
            s.setString(2, node);
            s.executeUpdate();
        }
    }

    /**
     * SENDING → PAUSED by the sender itself, for a failure that is not about one recipient (the server
     * refuses the sender, or is unreachable); the reason is kept for staff and in the audit trail.
     *
     * @return false when the edition was no longer SENDING (paused or finished meanwhile)
     */
    public static boolean pause(Connection c, long editionId, String reason) throws SQLException {
        if (!transition(editionId, SENDING, PAUSED).set("paused_reason = ?", reason).run(c)) {
            return false;
        }
        audit(c, editionId, "PAUSED", "by the sender: " + reason);
        return true;
    }

    /** An audit entry of the sender itself (same type as the boundary's entries of an edition). */
    private static void audit(Connection c, long editionId, String action, String changes)
            throws SQLException {
        // on the engine's own connection, so the entry commits with the state change it records
        AuditTrail.record(c, "nl_edition", editionId, action, "newsletter-sender", changes);
    }

    /** SENDING → SENT, only by the lease holder and only when no recipient is left QUEUED. */
    public static boolean finish(Connection c, long editionId, String node) throws SQLException {
        return transition(editionId, SENDING, SENT)
                .set("finished_at = UTC_TIMESTAMP(6)").set("lease_owner = NULL").set("lease_until = NULL")
                .when("lease_owner = ?", node)
                .when("NOT EXISTS (SELECT 1 FROM nl_delivery d WHERE d.edition_id = ? AND d.status = 'QUEUED')",
                        editionId)
                .run(c);
    }

    public static List<Long> ids(Connection c, String sql, Object... parameters) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            var ids = new ArrayList<Long>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    public static Edition edition(Connection c, long editionId) throws SQLException {
        try (var s = c
                .prepareStatement("SELECT id, subject, intro, segment_id, status, scheduled_at, queued_at,"
                        + " finished_at, recipients, created_at, created_by FROM nl_edition WHERE id = ?")) {
            s.setLong(1, editionId);
            try (var r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Edition(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
                        EditionStatus.valueOf(r.getString(5)), r.getObject(6, java.time.LocalDateTime.class),
                        r.getObject(7, java.time.LocalDateTime.class),
                        r.getObject(8, java.time.LocalDateTime.class),
                        (Integer) r.getObject(9), r.getObject(10, java.time.LocalDateTime.class),
                        r.getString(11));
            }
        }
    }

    public static List<EditionItem> items(Connection c, long editionId) throws SQLException {
        try (var s = c
                .prepareStatement("SELECT id, edition_id, position, title, body_html, link_url, image_id,"
                        + " image_alt FROM nl_edition_item WHERE edition_id = ? ORDER BY position")) {
            s.setLong(1, editionId);
            var items = new ArrayList<EditionItem>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new EditionItem(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4),
                            r.getString(5),
                            r.getString(6), (Long) r.getObject(7), r.getString(8)));
                }
            }
            return items;
        }
    }
}
