package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.question.entity.Theme;

/** The configurable list of themes that questions, articles and documents are filed under. */
@Stateless
public class Themes {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The active themes in their order, for choosing one. */
    public List<Theme> active() {
        return em.createQuery("SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.position", Theme.class)
                .getResultList();
    }

    /** Every theme, retired ones too, for showing what older questions were filed under. */
    public List<Theme> all() {
        return em.createQuery("SELECT t FROM Theme t ORDER BY t.position", Theme.class).getResultList();
    }

    public Optional<Theme> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Theme.class, code));
    }
}
