package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Reads the register scheme: the rules as data. */
@Stateless
// only reads: without a transaction of its own, each read is one statement (no SET autocommit / COMMIT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Schemes {

    /** The scheme of the KRSD register; the portal runs one register. */
    public static final String KRSD = "KRSD";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Scheme krsd() {
        return byCode(KRSD);
    }

    public Scheme byCode(String code) {
        return one("code", code);
    }

    public Scheme byId(long id) {
        return one("id", id);
    }

    /** The scheme whose {@code column} (a constant: code or id) holds {@code value}. */
    @SuppressWarnings("unchecked")
    private Scheme one(String column, Object value) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT id, code, name, number_prefix, period_years, norm_points, "
                        + "points_per_hour, cohort_start, pro_rata, annual_fee, code_of_conduct FROM register_scheme WHERE "
                        + column + " = ?")
                .setParameter(1, value).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("krsd.scheme.notFound");
        }
        return toScheme(rows.get(0));
    }

    @SuppressWarnings("unchecked")
    private Scheme toScheme(Object[] r) {
        long id = ((Number) r[0]).longValue();
        List<Object[]> cats = em.createNativeQuery("SELECT code, name_nl, name_en, min_points, cap_points "
                + "FROM register_category WHERE scheme_id = ? ORDER BY position, code").setParameter(1, id)
                .getResultList();
        var categories = cats.stream()
                .map(c -> new Scheme.Category((String) c[0], (String) c[1], (String) c[2],
                        (BigDecimal) c[3], (BigDecimal) c[4]))
                .toList();
        return new Scheme(id, (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                (BigDecimal) r[5], (BigDecimal) r[6], Columns.date(r[7]), Columns.flag(r[8]),
                (BigDecimal) r[9], (String) r[10], categories);
    }
}
