package nl.ingrado.portal.newsletter.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serial;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.control.Csv;
import nl.ingrado.portal.shared.control.ListParameters;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.newsletter.entity.SubscriberStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.SqlFilter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Staff's view of the subscribers: search and filter (by status and by where their latest consent
 * came from), the bounces that stopped an address, staff unsubscribe, reactivation and erasure,
 * export, and import from a list whose consent was collected elsewhere (all lines or none).
 */
@Stateless
public class SubscriberAdministration {

    public static final String AUDIT_TYPE = "nl_subscriber";
    public static final int MAX_IMPORT_ROWS = 20_000;
    public static final int MAX_IMPORT_CHARS = 2_000_000;
    /** Stored with every imported consent; the staff member's description of where follows. */
    public static final String IMPORT_CONSENT_TEXT = "Toestemming voor het ontvangen van de Ingrado Nieuwsbrief "
            + "gegeven bij: ";

    private static final String FROM = " FROM nl_subscriber s LEFT JOIN nl_consent c ON c.id = "
            + "(SELECT MAX(x.id) FROM nl_consent x WHERE x.subscriber_id = s.id)";
    private static final String SELECT = "SELECT s.id, s.email, s.name, s.language, s.status, "
            + "COALESCE(CASE s.status WHEN 'SUBSCRIBED' THEN s.confirmed_at WHEN 'UNSUBSCRIBED' THEN s.unsubscribed_at "
            + "WHEN 'BOUNCING' THEN s.bounced_at END, s.created_at), c.source, c.source_detail, s.bounce_reason, "
            + "s.soft_bounces" + FROM;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // streaming an export needs a JDBC statement with a fetch size
    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Clock clock;

    /** Search text (address or name), status and consent source; null means any. */
    public record Filter(String q, SubscriberStatus status, ConsentSource source) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static Filter none() {
            return new Filter(null, null, null);
        }

        /** From the query parameters {@code q}, {@code status} and {@code source}; a bad value is refused. */
        public static Filter parse(Function<String, String> parameter) {
            var p = new ListParameters(parameter, "nls.filter.invalid");
            return new Filter(p.text("q", 200), p.choice("status", SubscriberStatus.class),
                    p.choice("source", ConsentSource.class));
        }
    }

    public record Bounce(LocalDateTime at, boolean hard, String code,
            String diagnostic) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A subscriber as staff see them; {@code since} is when the current status began (UTC). */
    public record Row(long id, String email, String name, String language, SubscriberStatus status,
            LocalDateTime since, ConsentSource source, String sourceDetail, String bounceReason,
            int softBounces,
            List<Bounce> bounces) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public long count(Filter filter) {
        var sql = where(filter);
        var query = em.createNativeQuery("SELECT COUNT(*)" + FROM + sql.where());
        bind(query, sql.parameters());
        return Editions.lng(query.getSingleResult());
    }

    /** A page, ordered by address, with the last bounces of the bouncing ones: two statements. */
    @SuppressWarnings("unchecked")
    public List<Row> page(Filter filter, int first, int size) {
        var sql = where(filter);
        var query = em.createNativeQuery(SELECT + sql.where() + " ORDER BY s.email LIMIT ? OFFSET ?");
        var parameters = new ArrayList<>(sql.parameters());
        parameters.add(size);
        parameters.add(first);
        bind(query, parameters);
        var rows = ((List<Object[]>) query.getResultList()).stream().map(r -> row(r, List.of())).toList();
        var bouncing = rows.stream().filter(r -> r.status() == SubscriberStatus.BOUNCING).map(Row::id)
                .toList();
        if (bouncing.isEmpty()) {
            return rows;
        }
        var bounces = new HashMap<Long, List<Bounce>>();
        List<Object[]> found = em
                .createNativeQuery("SELECT subscriber_id, received_at, hard, status_code, diagnostic "
                        + "FROM nl_bounce WHERE subscriber_id IN (" + bouncing.stream().map(String::valueOf)
                                .collect(Collectors.joining(","))
                        + ") ORDER BY received_at DESC, id DESC")
                .getResultList();
        for (var b : found) {
            var list = bounces.computeIfAbsent(Editions.lng(b[0]), k -> new ArrayList<>());
            if (list.size() < 5) {
                list.add(new Bounce(Columns.dateTime(b[1]), bool(b[2]), (String) b[3], (String) b[4]));
            }
        }
        return rows.stream().map(r -> r.status() != SubscriberStatus.BOUNCING
                ? r
                : new Row(r.id(), r.email(), r.name(), r.language(), r.status(), r.since(), r.source(),
                        r.sourceDetail(), r.bounceReason(), r.softBounces(),
                        List.copyOf(bounces.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    /** Every subscriber of the filter, in address order, streamed (for the export). */
    public void forEach(Filter filter, Consumer<Row> consumer) {
        var sql = where(filter);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(SELECT + sql.where() + " ORDER BY s.email")) {
            statement.setFetchSize(500);
            for (int i = 0; i < sql.parameters().size(); i++) {
                statement.setObject(i + 1, sql.parameters().get(i));
            }
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    var values = new Object[10];
                    for (int i = 0; i < 10; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    consumer.accept(row(values, List.of()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the subscribers could not be read", e);
        }
    }

    /** Staff unsubscribe someone (on request, say by phone): consent withdrawn, queued copies skipped. */
    public void unsubscribe(long id, String actor) {
        if (!subscriptions.unsubscribe(id, ConsentSource.STAFF, null, null, actor)) {
            throw new BusinessException("nls.subscriber.notChanged");
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "UNSUBSCRIBE", actor, Clocks.nowUtc(clock), "");
    }

    /** A bouncing address that works again (say, the mailbox was full) receives again; its consent still holds. */
    public void reactivate(long id, String actor) {
        var now = Clocks.nowUtc(clock);
        int changed = em
                .createNativeQuery("UPDATE nl_subscriber SET status = 'SUBSCRIBED', bounced_at = NULL, "
                        + "bounce_reason = NULL, soft_bounces = 0, version = version + 1 WHERE id = ? AND status = 'BOUNCING' "
                        + "AND confirmed_at IS NOT NULL")
                .setParameter(1, id).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("nls.subscriber.notChanged");
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "REACTIVATE", actor, now, "bounce state cleared");
    }

    /** Erasure (AVG): the subscriber, their consent rows, deliveries and bounces go; the audit keeps only the id. */
    public void delete(long id, String actor) {
        int changed = em.createNativeQuery("DELETE FROM nl_subscriber WHERE id = ?").setParameter(1, id)
                .executeUpdate();
        if (changed == 0) {
            throw new BusinessException("nls.subscriber.notChanged");
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "ERASE", actor, Clocks.nowUtc(clock),
                "erased on request (AVG)");
    }

    /** A line of the file that cannot be imported, with a message key and its arguments. */
    public record Problem(int line, String messageKey, List<Serializable> arguments) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * What an import did. With problems nothing was stored. Addresses already subscribed stay as they
     * are; unsubscribed ones are not subscribed again (withdrawn consent stays withdrawn); bouncing
     * ones are left to staff.
     */
    public record ImportReport(int lines, List<Problem> problems, int imported,
            List<String> alreadySubscribed,
            List<String> withdrawn, List<String> bouncing) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isStored() {
            return problems.isEmpty();
        }
    }

    private record Line(int line, String email, String name, String language) {
    }

    /** The lines of an import file read so far, and what is wrong with them. */
    private record ReadFile(int lines, List<Line> good, List<Problem> problems) {
    }

    /** What the database knows of the imported addresses: their subscriber status and an unlinked account. */
    private record Known(Map<String, SubscriberStatus> statuses, Map<String, Long> accounts) {
    }

    /**
     * Imports a CSV of {@code email;name;language} (header optional). {@code consentSource} says where
     * these people gave consent; it is stored on every consent row. All lines, or none when any is bad.
     */
    public ImportReport importCsv(String csv, String consentSource, String actor) {
        var source = Editions.required(consentSource, 300, "consentSource");
        var file = readImport(csv);
        if (file.good().isEmpty() && file.problems().isEmpty()) {
            throw BusinessException.onField("file", "nls.import.empty");
        }
        if (!file.problems().isEmpty()) {
            return new ImportReport(file.lines(), List.copyOf(file.problems()), 0, List.of(), List.of(),
                    List.of());
        }
        var known = known(file.good().stream().map(Line::email).toList());
        var now = Clocks.nowUtc(clock);
        var fresh = new ArrayList<Line>();
        var pending = new ArrayList<String>();
        var already = new ArrayList<String>();
        var withdrawn = new ArrayList<String>();
        var bouncing = new ArrayList<String>();
        for (var line : file.good()) {
            var status = known.statuses().get(line.email());
            if (status == null) {
                fresh.add(line);
            } else {
                switch (status) {
                    case PENDING -> pending.add(line.email());
                    case SUBSCRIBED -> already.add(line.email());
                    case UNSUBSCRIBED -> withdrawn.add(line.email());
                    case BOUNCING -> bouncing.add(line.email());
                }
            }
        }
        try {
            insertImported(fresh, known.accounts(), now);
            // someone who asked on the public form but never confirmed did consent here
            confirmPending(pending, now);
            var subscribed = new ArrayList<String>(fresh.stream().map(Line::email).toList());
            subscribed.addAll(pending);
            recordImportConsent(subscribed, source, actor, now);
            em.flush();
        } catch (PersistenceException e) {
            // an address was added meanwhile (the public form, a colleague): keep nothing of this file
            throw BusinessException.onField("file", "nls.import.conflict");
        }
        var imported = fresh.size() + pending.size();
        AuditTrail.record(em, AUDIT_TYPE, 0, "IMPORT", actor, now, "imported: " + imported + "; already: "
                + already.size() + "; withdrawn: " + withdrawn.size() + "; source: " + source);
        return new ImportReport(file.lines(), List.of(), imported, List.copyOf(already),
                List.copyOf(withdrawn),
                List.copyOf(bouncing));
    }

    /** Parses and checks an import file: its size, then each line (a header line is passed over). */
    private static ReadFile readImport(String csv) {
        if (csv == null || csv.isBlank()) {
            throw BusinessException.onField("file", "nls.import.empty");
        }
        if (csv.length() > MAX_IMPORT_CHARS) {
            throw BusinessException.onField("file", "nls.import.tooLarge", MAX_IMPORT_CHARS / 1_000_000);
        }
        var records = Csv.parse(csv);
        if (records.size() > MAX_IMPORT_ROWS + 1) {
            throw BusinessException.onField("file", "nls.import.tooManyRows", MAX_IMPORT_ROWS);
        }
        var problems = new ArrayList<Problem>();
        var lines = new ArrayList<Line>();
        var seen = new HashMap<String, Integer>();
        int lineNumber = 0;
        for (var record : records) {
            lineNumber++;
            var first = record.get(0).strip();
            if (lineNumber == 1 && !first.contains("@")
                    && List.of("email", "e-mail", "e-mailadres", "emailadres", "adres", "address")
                            .contains(first.toLowerCase(Locale.ROOT))) {
                continue;
            }
            readLine(lineNumber, record, seen, problems).ifPresent(lines::add);
        }
        return new ReadFile(lineNumber, lines, problems);
    }

    /** One line of an import file, or empty with its problems added; {@code seen} catches duplicates. */
    private static Optional<Line> readLine(int lineNumber, List<String> record, Map<String, Integer> seen,
            List<Problem> problems) {
        var first = record.get(0).strip();
        int before = problems.size();
        if (record.size() > 3) {
            problems.add(new Problem(lineNumber, "nls.import.fields", List.of(record.size())));
        }
        var email = Email.normalize(first);
        if (!Email.isValid(email)) {
            problems.add(new Problem(lineNumber, "nls.import.email", List.of(first)));
        } else {
            var earlier = seen.putIfAbsent(email, lineNumber);
            if (earlier != null) {
                problems.add(new Problem(lineNumber, "nls.import.duplicate", List.of(email, earlier)));
            }
        }
        var name = record.size() > 1 ? record.get(1).strip() : "";
        if (name.length() > 200) {
            problems.add(new Problem(lineNumber, "nls.import.name", List.of(200)));
        }
        var language = record.size() > 2 ? record.get(2).strip().toLowerCase(Locale.ROOT) : "";
        if (language.isEmpty()) {
            language = "nl";
        }
        if (!language.equals("nl") && !language.equals("en")) {
            problems.add(new Problem(lineNumber, "nls.import.language", List.of(language)));
        }
        return problems.size() == before
                ? Optional.of(new Line(lineNumber, email, name.isEmpty() ? null : name, language))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Known known(List<String> emails) {
        var known = new HashMap<String, SubscriberStatus>();
        var accounts = new HashMap<String, Long>();
        for (int i = 0; i < emails.size(); i += 1000) {
            var chunk = emails.subList(i, Math.min(emails.size(), i + 1000));
            var marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            var q = em.createNativeQuery(
                    "SELECT email, status FROM nl_subscriber WHERE email IN (" + marks + ")");
            bind(q, new ArrayList<>(chunk));
            for (var r : (List<Object[]>) q.getResultList()) {
                known.put((String) r[0], SubscriberStatus.valueOf((String) r[1]));
            }
            // a portal user keeps one subscriber row: link the account unless another row has it
            var a = em
                    .createNativeQuery("SELECT a.email, a.id FROM account a WHERE a.email IN (" + marks + ") "
                            + "AND NOT EXISTS (SELECT 1 FROM nl_subscriber x WHERE x.account_id = a.id)");
            bind(a, new ArrayList<>(chunk));
            for (var r : (List<Object[]>) a.getResultList()) {
                accounts.put((String) r[0], Editions.lng(r[1]));
            }
        }
        return new Known(known, accounts);
    }

    private void insertImported(List<Line> fresh, Map<String, Long> accounts, LocalDateTime now) {
        for (int i = 0; i < fresh.size(); i += 500) {
            var chunk = fresh.subList(i, Math.min(fresh.size(), i + 500));
            var parameters = new ArrayList<Object>();
            for (var line : chunk) {
                parameters.addAll(
                        List.of(line.email(), line.name() == null ? "" : line.name(), line.language(),
                                accounts.getOrDefault(line.email(), 0L), now, now));
            }
            var q = em.createNativeQuery(
                    "INSERT INTO nl_subscriber (email, name, language, account_id, status, "
                            + "created_at, confirmed_at) VALUES "
                            + String.join(",",
                                    Collections.nCopies(chunk.size(),
                                            "(?, NULLIF(?, ''), ?, NULLIF(?, 0), "
                                                    + "'SUBSCRIBED', ?, ?)")));
            bind(q, parameters);
            q.executeUpdate();
        }
    }

    private void confirmPending(List<String> pending, LocalDateTime now) {
        for (int i = 0; i < pending.size(); i += 1000) {
            var chunk = pending.subList(i, Math.min(pending.size(), i + 1000));
            var q = em.createNativeQuery(
                    "UPDATE nl_subscriber SET status = 'SUBSCRIBED', confirmed_at = ?, "
                            + "version = version + 1 WHERE status = 'PENDING' AND email IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")");
            var parameters = new ArrayList<Object>();
            parameters.add(now);
            parameters.addAll(chunk);
            bind(q, parameters);
            q.executeUpdate();
        }
    }

    private void recordImportConsent(List<String> subscribed, String source, String actor,
            LocalDateTime now) {
        for (int i = 0; i < subscribed.size(); i += 1000) {
            var chunk = subscribed.subList(i, Math.min(subscribed.size(), i + 1000));
            var q = em.createNativeQuery(
                    "INSERT INTO nl_consent (subscriber_id, action, source, source_detail, "
                            + "consent_text, actor, at) SELECT id, 'SUBSCRIBED', 'IMPORT', ?, ?, ?, ? FROM nl_subscriber "
                            + "WHERE email IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")");
            var parameters = new ArrayList<Object>(
                    List.of(source, IMPORT_CONSENT_TEXT + source, actor, now));
            parameters.addAll(chunk);
            bind(q, parameters);
            q.executeUpdate();
        }
    }
    private static SqlFilter where(Filter filter) {
        var where = new SqlFilter();
        if (filter.q() != null && !filter.q().isBlank()) {
            var like = SqlFilter.contains(filter.q().strip().toLowerCase(Locale.ROOT));
            where.and("(s.email LIKE ? OR LOWER(s.name) LIKE ?)", like, like);
        }
        if (filter.status() != null) {
            where.and("s.status = ?", filter.status().name());
        }
        if (filter.source() != null) {
            where.and("c.source = ?", filter.source().name());
        }
        return where;
    }

    private static void bind(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static Row row(Object[] r, List<Bounce> bounces) {
        return new Row(Editions.lng(r[0]), (String) r[1], (String) r[2], (String) r[3],
                SubscriberStatus.valueOf((String) r[4]), Columns.dateTime(r[5]),
                r[6] == null ? null : ConsentSource.valueOf((String) r[6]), (String) r[7], (String) r[8],
                Columns.count(r[9]), bounces);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
