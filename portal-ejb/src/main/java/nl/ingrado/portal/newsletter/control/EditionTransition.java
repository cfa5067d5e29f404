package nl.ingrado.portal.newsletter.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ingrado.portal.newsletter.entity.EditionStatus;

/**
 * The one place that changes a newsletter edition's status: a guarded {@code UPDATE … WHERE status =
 * from} (plus any further conditions), so of two staff members or two nodes racing for the same change
 * exactly one sees it happen. Which moves exist is {@link EditionStatus#mayMoveTo}'s; every move bumps the
 * edition's version. Runs on the caller's JPA transaction or JDBC connection.
 */
public final class EditionTransition {

    private final long editionId;
    private final Set<EditionStatus> from;
    private final EditionStatus to;
    private final List<String> assignments = new ArrayList<>();
    private final List<Object> assignmentParameters = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> conditionParameters = new ArrayList<>();

    private EditionTransition(long editionId, Set<EditionStatus> from, EditionStatus to) {
        for (var status : from) {
            if (!status.mayMoveTo(to)) {
                throw new IllegalArgumentException("An edition cannot move from " + status + " to " + to);
            }
        }
        this.editionId = editionId;
        this.from = from;
        this.to = to;
    }

    public static EditionTransition transition(long editionId, EditionStatus from, EditionStatus to) {
        return new EditionTransition(editionId, EnumSet.of(from), to);
    }

    /** From any of {@code from}, e.g. a draft or an already scheduled edition to (re)scheduled. */
    public static EditionTransition transition(long editionId, Set<EditionStatus> from, EditionStatus to) {
        return new EditionTransition(editionId, EnumSet.copyOf(from), to);
    }

    /** A column set with the move, e.g. {@code "scheduled_at = ?"}. */
    public EditionTransition set(String assignment, Object... parameters) {
        assignments.add(assignment);
        Collections.addAll(assignmentParameters, parameters);
        return this;
    }

    /** A further condition of the move, e.g. that it is due; the move happens only when it holds. */
    public EditionTransition when(String condition, Object... parameters) {
        conditions.add(condition);
        Collections.addAll(conditionParameters, parameters);
        return this;
    }

    /** Moves the edition in the persistence context's transaction; whether it moved. */
    public boolean run(EntityManager em) {
        var query = em.createNativeQuery(sql());
        var parameters = parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.executeUpdate() == 1;
    }

    /** Moves the edition on the caller's connection (and transaction); whether it moved. */
    public boolean run(Connection c) throws SQLException {
        try (var s = c.prepareStatement(sql())) {
            var parameters = parameters();
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            return s.executeUpdate() == 1;
        }
    }

    String sql() {
        var sql = new StringBuilder("UPDATE nl_edition SET status = ?");
        assignments.forEach(a -> sql.append(", ").append(a));
        sql.append(", version = version + 1 WHERE id = ? AND status IN (")
                .append(from.stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
        conditions.forEach(c -> sql.append(" AND ").append(c));
        return sql.toString();
    }

    List<Object> parameters() {
        var parameters = new ArrayList<Object>();
        parameters.add(to.name());
        parameters.addAll(assignmentParameters);
        parameters.add(editionId);
        from.forEach(s -> parameters.add(s.name()));
        parameters.addAll(conditionParameters);
        return parameters;
    }
}
