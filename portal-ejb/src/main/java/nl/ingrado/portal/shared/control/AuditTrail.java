package nl.ingrado.portal.shared.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ingrado.portal.shared.entity.AuditEntry;

/**
 * Writes audit entries in the caller's transaction, so a change and its record commit or roll back
 * together, and reads the history staff see on a detail page.
 */
public final class AuditTrail {

    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";
    public static final String EMPLOYMENT = "employment";

    private AuditTrail() {
    }

    public static void record(EntityManager em, String type, long id, String action, String actor,
            LocalDateTime at, Map<String, String> changes) {
        record(em, type, id, action, actor, at, describe(changes));
    }

    public static void record(EntityManager em, String type, long id, String action, String actor,
            LocalDateTime at, String changes) {
        em.persist(new AuditEntry(type, id, action, actor == null || actor.isBlank() ? "?" : actor, at,
                changes == null ? "" : changes));
    }

    /**
     * As {@link #record}, for code that works on a JDBC connection of its own and commits it itself
     * (the newsletter's sending engine); stamped with the database's UTC clock.
     */
    public static void record(Connection c, String type, long id, String action, String actor, String changes)
            throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO audit_entry (entity_type, entity_id, action, actor, at,"
                + " changes) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), ?)")) {
            s.setString(1, type);
            s.setLong(2, id);
            s.setString(3, action);
            s.setString(4, actor);
            s.setString(5, changes);
            s.executeUpdate();
        }
    }

    /** Erasure: the entries stay, but no longer name {@code actor}; in the caller's transaction. */
    public static void anonymiseActor(EntityManager em, String actor, String replacement) {
        em.createNativeQuery("UPDATE audit_entry SET actor = ? WHERE actor = ?").setParameter(1, replacement)
                .setParameter(2, actor).executeUpdate();
    }

    /** What {@code actor} did and what was done to the entity, oldest first (a person's data export). */
    public static List<AuditEntry> byActorOrOf(EntityManager em, String actor, String type, long id) {
        return em.createQuery("select a from AuditEntry a where a.actor = :email "
                + "or (a.entityType = :type and a.entityId = :id) order by a.at", AuditEntry.class)
                .setParameter("email", actor).setParameter("type", type).setParameter("id", id)
                .getResultList();
    }

    public static String describe(Map<String, String> changes) {
        return changes.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The entries of one entity and, optionally, of related entities of another type, newest first. */
    public static List<AuditEntry> history(EntityManager em, String type, long id, String relatedType,
            Collection<Long> relatedIds) {
        if (relatedIds == null || relatedIds.isEmpty()) {
            return em
                    .createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id "
                            + "order by a.at desc, a.id desc", AuditEntry.class)
                    .setParameter("type", type).setParameter("id", id).getResultList();
        }
        return em.createQuery("select a from AuditEntry a where (a.entityType = :type and a.entityId = :id) "
                + "or (a.entityType = :related and a.entityId in :ids) order by a.at desc, a.id desc",
                AuditEntry.class)
                .setParameter("type", type).setParameter("id", id).setParameter("related", relatedType)
                .setParameter("ids", relatedIds).getResultList();
    }
}
