package nl.ingrado.portal.newsletter.control;

import java.util.List;
import nl.ingrado.portal.newsletter.entity.SegmentKind;

/**
 * The SQL condition that picks a segment's subscribers. Every segment is intersected with the
 * subscribers who receive the newsletter (status SUBSCRIBED). Rayon, job and organisation kind come
 * from the person's current employment (not ended, not rejected), found by account or by address,
 * so an imported subscriber who is also a known professional counts too.
 */
public final class SegmentQuery {

    /** A condition over {@code nl_subscriber s} and the parameters it needs, in order. */
    public record Condition(String sql, List<Object> parameters) {
    }

    private static final String CURRENT_EMPLOYMENT = "SELECT 1 FROM person p"
            + " JOIN employment e ON e.person_id = p.id AND (e.end_date IS NULL OR e.end_date >= CURRENT_DATE)"
            + " AND e.confirmation <> 'REJECTED'"
            + " JOIN organisation o ON o.id = e.organisation_id";

    private SegmentQuery() {
    }

    public static Condition of(SegmentKind kind, String value) {
        var person = " WHERE (p.account_id = s.account_id OR p.email = s.email) AND p.status = 'ACTIVE'";
        return switch (kind) {
            case EVERYONE -> new Condition("s.status = 'SUBSCRIBED'", List.of());
            case KRSD -> new Condition("s.status = 'SUBSCRIBED' AND EXISTS (SELECT 1 FROM registrant r"
                    + " WHERE r.status = 'ACTIVE' AND (r.account_id = s.account_id"
                // subscribed on the public form with the address of their account
                    + " OR r.account_id = (SELECT a.id FROM account a WHERE a.email = s.email)))", List.of());
            case RAYON -> new Condition("s.status = 'SUBSCRIBED' AND EXISTS (" + CURRENT_EMPLOYMENT
                    + " JOIN region g ON g.id = o.region_id JOIN rayon y ON y.id = g.rayon_id"
                    + person + " AND y.code = ?)", List.of(value));
            case JOB -> new Condition("s.status = 'SUBSCRIBED' AND EXISTS (" + CURRENT_EMPLOYMENT
                    + person + " AND e.job = ?)", List.of(value));
            case ORGANISATION_KIND ->
                new Condition("s.status = 'SUBSCRIBED' AND EXISTS (" + CURRENT_EMPLOYMENT
                        + person + " AND o.kind = ?)", List.of(value));
        };
    }

    /** {@code SELECT s.id FROM nl_subscriber s WHERE …} for the segment. */
    public static Condition subscriberIds(SegmentKind kind, String value) {
        var c = of(kind, value);
        return new Condition("SELECT s.id FROM nl_subscriber s WHERE " + c.sql(), c.parameters());
    }
}
