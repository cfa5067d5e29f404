package nl.ingrado.portal.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.newsletter.control.SegmentQuery;
import nl.ingrado.portal.newsletter.entity.Segment;
import nl.ingrado.portal.newsletter.entity.SegmentKind;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The segments staff send editions to, each with the number of subscribers it reaches now. The
 * counts use the same rule as queueing ({@link SegmentQuery}), so what staff see is what goes out.
 */
@Stateless
public class Segments {

    public static final String AUDIT_TYPE = "nl_segment";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** A segment with its current recipients and the number of editions that use it. */
    public record Row(long id, String name, SegmentKind kind, String value, long recipients,
            long editions) implements Serializable {
    }

    /** A rayon to pick, by its code (what a RAYON segment stores). */
    public record Rayon(String code, String name) implements Serializable {
    }

    @SuppressWarnings("unchecked")
    public List<Segment> all() {
        List<Object[]> rows = em
                .createNativeQuery("SELECT id, name, kind, value FROM nl_segment ORDER BY name")
                .getResultList();
        return rows.stream().map(r -> new Segment(Editions.lng(r[0]), (String) r[1],
                SegmentKind.valueOf((String) r[2]), (String) r[3])).toList();
    }

    /** Every segment with its figures: one statement (a UNION of one count per segment) after the list. */
    @SuppressWarnings("unchecked")
    public List<Row> list() {
        var segments = all();
        if (segments.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder();
        var parameters = new ArrayList<Object>();
        for (var s : segments) {
            var c = SegmentQuery.of(s.kind(), s.value());
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(s.id()).append(", COUNT(*), (SELECT COUNT(*) FROM nl_edition WHERE "
                    + "segment_id = ").append(s.id()).append(") FROM nl_subscriber s WHERE ").append(c.sql());
            parameters.addAll(c.parameters());
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<Long, Object[]> counts = ((List<Object[]>) query.getResultList()).stream()
                .collect(Collectors.toMap(r -> Editions.lng(r[0]), r -> r));
        return segments.stream().map(s -> new Row(s.id(), s.name(), s.kind(), s.value(),
                Editions.lng(counts.get(s.id())[1]), Editions.lng(counts.get(s.id())[2]))).toList();
    }

    /** The subscribers a segment reaches now. */
    public long recipients(long segmentId) {
        var segment = all().stream().filter(s -> s.id() == segmentId).findFirst()
                .orElseThrow(() -> new BusinessException("nls.segment.notFound"));
        var c = SegmentQuery.of(segment.kind(), segment.value());
        var query = em.createNativeQuery("SELECT COUNT(*) FROM nl_subscriber s WHERE " + c.sql());
        for (int i = 0; i < c.parameters().size(); i++) {
            query.setParameter(i + 1, c.parameters().get(i));
        }
        return Editions.lng(query.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public List<Rayon> rayons() {
        List<Object[]> rows = em.createNativeQuery("SELECT code, name FROM rayon ORDER BY name")
                .getResultList();
        return rows.stream().map(r -> new Rayon((String) r[0], (String) r[1])).toList();
    }

    /** A new segment; the same name or the same rule twice is refused. Returns its id. */
    public long create(String name, SegmentKind kind, String value, String actor) {
        var cleanName = Editions.required(name, 150, "name");
        if (kind == null) {
            throw BusinessException.onField("kind", "nls.field.required");
        }
        String cleanValue = null;
        if (kind.takesValue()) {
            cleanValue = value == null || value.isBlank() ? null : value.strip();
            if (cleanValue == null || !valid(kind, cleanValue)) {
                throw BusinessException.onField(switch (kind) {
                    case RAYON -> "rayon";
                    case JOB -> "job";
                    default -> "organisationKind";
                }, "nls.field.required");
            }
        }
        // both checks under the table's unique keys; a race between two staff ends in the same message
        if (!em.createNativeQuery("SELECT id FROM nl_segment WHERE name = ?").setParameter(1, cleanName)
                .getResultList().isEmpty()) {
            throw BusinessException.onField("name", "nls.segment.nameTaken", cleanName);
        }
        List<?> same = em.createNativeQuery("SELECT name FROM nl_segment WHERE kind = ? AND value <=> ?")
                .setParameter(1, kind.name()).setParameter(2, cleanValue).getResultList();
        if (!same.isEmpty()) {
            throw new BusinessException("nls.segment.ruleTaken", same.get(0));
        }
        var now = Clocks.nowUtc(clock);
        try {
            em.createNativeQuery("INSERT INTO nl_segment (name, kind, value, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?)").setParameter(1, cleanName).setParameter(2, kind.name())
                    .setParameter(3, cleanValue).setParameter(4, now).setParameter(5, actor).executeUpdate();
        } catch (jakarta.persistence.PersistenceException e) {
            throw BusinessException.onField("name", "nls.segment.nameTaken", cleanName);
        }
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, AUDIT_TYPE, id, "CREATE", actor, now,
                "name: " + cleanName + "; rule: " + kind + (cleanValue == null ? "" : " " + cleanValue));
        return id;
    }

    /** Deletes a segment no edition uses (editions keep their segment for their statistics). */
    public void delete(long id, String actor) {
        if (em.createNativeQuery("SELECT id FROM nl_segment WHERE id = ? FOR UPDATE").setParameter(1, id)
                .getResultList().isEmpty()) {
            throw new BusinessException("nls.segment.notFound");
        }
        if (!em.createNativeQuery("SELECT id FROM nl_edition WHERE segment_id = ? LIMIT 1")
                .setParameter(1, id)
                .getResultList().isEmpty()) {
            throw new BusinessException("nls.segment.inUse");
        }
        em.createNativeQuery("DELETE FROM nl_segment WHERE id = ?").setParameter(1, id).executeUpdate();
        AuditTrail.record(em, AUDIT_TYPE, id, "DELETE", actor, Clocks.nowUtc(clock), "");
    }

    private boolean valid(SegmentKind kind, String value) {
        return switch (kind) {
            case RAYON -> !em.createNativeQuery("SELECT id FROM rayon WHERE code = ?").setParameter(1, value)
                    .getResultList().isEmpty();
            case JOB -> Arrays.stream(Job.values()).anyMatch(j -> j.name().equals(value));
            case ORGANISATION_KIND ->
                Arrays.stream(OrganisationKind.values()).anyMatch(k -> k.name().equals(value));
            default -> false;
        };
    }
}
