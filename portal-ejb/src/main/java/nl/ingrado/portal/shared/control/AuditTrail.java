package nl.ingrado.portal.shared.control;

import jakarta.persistence.EntityManager;
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
