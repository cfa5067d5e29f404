package nl.ingrado.portal.shared.control;

import jakarta.persistence.EntityManager;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Entities looked up by the id a caller names, where a missing one is the caller's error. */
public final class Entities {

    private Entities() {
    }

    /** The entity, or a {@link BusinessException} {@code notFound} (a stale link, or deleted meanwhile). */
    public static <T> T found(EntityManager em, Class<T> type, Object id, String notFound) {
        var entity = em.find(type, id);
        if (entity == null) {
            throw new BusinessException(notFound);
        }
        return entity;
    }
}
