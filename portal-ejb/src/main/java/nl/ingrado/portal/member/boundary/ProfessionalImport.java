package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Csv;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Professionals imported from a CSV file: first a preview with every problem per row, then the
 * import of all rows in one transaction, or of none. Duplicate email addresses, in the file or
 * already known, are problems. Columns (Dutch or English names, any order): voornaam/first_name,
 * achternaam/last_name, email, telefoon/phone, organisatie/organisation (CBS code or exact name),
 * functie/job, sinds/since (yyyy-mm-dd or dd-mm-yyyy).
 */
@Stateless
public class ProfessionalImport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_CHARS = 2_000_000;

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("voornaam", "firstName"),
            Map.entry("first_name", "firstName"), Map.entry("firstname", "firstName"),
            Map.entry("achternaam", "lastName"), Map.entry("last_name", "lastName"),
            Map.entry("lastname", "lastName"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("e-mailadres", "email"), Map.entry("telefoon", "phone"), Map.entry("phone", "phone"),
            Map.entry("organisatie", "organisation"), Map.entry("organisation", "organisation"),
            Map.entry("functie", "job"), Map.entry("job", "job"), Map.entry("sinds", "since"),
            Map.entry("since", "since"));
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** A problem in one row (line 1 is the header), with a message key and its arguments. */
    public record Problem(int line, String column, String messageKey, List<Serializable> arguments)
            implements
                Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record Row(int line, String firstName, String lastName, String email, String phone,
            String organisation, String job, String since, boolean valid) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record Report(List<Row> rows, List<Problem> problems) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isImportable() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        public int getRowCount() {
            return rows.size();
        }

        public int getValidCount() {
            return (int) rows.stream().filter(Row::valid).count();
        }
    }

    private record Parsed(Report report, List<Candidate> candidates) {
    }

    private record Candidate(Person person, Organisation organisation, Job job, LocalDate since) {
    }

    /** Reads and checks the file; stores nothing. */
    public Report preview(String csv) {
        return parse(csv).report();
    }

    /** Imports every row, or nothing when any row has a problem. Returns the number imported. */
    public int importAll(String csv, String actor) {
        var parsed = parse(csv);
        if (!parsed.report().isImportable()) {
            throw new BusinessException("import.hasProblems", parsed.report().problems().size());
        }
        var now = Clocks.nowUtc(clock);
        var employments = new ArrayList<Employment>();
        for (var candidate : parsed.candidates()) {
            em.persist(candidate.person());
            if (candidate.organisation() != null) {
                var employment = Employment.start(candidate.person(), candidate.organisation(),
                        candidate.job(),
                        candidate.since(), false, today());
                employment.confirmByStaff(actor, now);
                em.persist(employment);
                employments.add(employment);
            }
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // someone stored one of these addresses since the check: nothing of this file is kept
            throw new BusinessException("import.conflict");
        }
        for (var candidate : parsed.candidates()) {
            var person = candidate.person();
            AuditTrail.record(em, AuditTrail.PERSON, person.getId(), "IMPORT", actor, now,
                    "name: " + person.getFullName() + "; email: " + person.getEmail());
        }
        for (var employment : employments) {
            AuditTrail.record(em, AuditTrail.EMPLOYMENT, employment.getId(), "START", actor, now,
                    "organisation: " + employment.getOrganisation().getName() + "; job: "
                            + employment.getJob()
                            + "; since: " + employment.getStartDate() + " (import)");
        }
        return parsed.candidates().size();
    }

    /** The organisation, job and start of a row's workplace; all null when the row names none. */
    private record Work(Organisation organisation, Job job, LocalDate since) {
    }

    private Parsed parse(String csv) {
        var records = records(csv);
        var problems = new ArrayList<Problem>();
        var header = records.isEmpty() ? List.<String>of() : records.get(0);
        var index = columnIndex(header, problems);
        if (!problems.isEmpty()) {
            return new Parsed(new Report(List.of(), problems), List.of());
        }
        if (records.size() < 2) {
            throw new BusinessException("import.noRows");
        }
        var dataRecords = records.subList(1, records.size());
        var known = knownEmails(dataRecords, index.get("email"));
        var organisations = organisationsByKey(dataRecords, index.get("organisation"));
        var rows = new ArrayList<Row>();
        var candidates = new ArrayList<Candidate>();
        var seen = new HashMap<String, Integer>();
        var now = Clocks.nowUtc(clock);
        var today = today();
        for (int r = 0; r < dataRecords.size(); r++) {
            int line = r + 2;
            var record = dataRecords.get(r);
            int before = problems.size();
            var firstName = value(record, index.get("firstName"));
            var lastName = value(record, index.get("lastName"));
            var email = value(record, index.get("email"));
            var phone = value(record, index.get("phone"));
            var organisationKey = value(record, index.get("organisation"));
            var jobText = value(record, index.get("job"));
            var sinceText = value(record, index.get("since"));
            if (record.size() > header.size()) {
                problems.add(new Problem(line, "", "import.row.tooManyFields",
                        List.of(record.size(), header.size())));
            }
            var person = person(problems, line, firstName, lastName, email, phone, now);
            checkNewEmail(problems, line, Email.normalize(email), seen, known);
            var work = work(problems, line, organisationKey, jobText, sinceText, organisations, today);
            boolean valid = problems.size() == before;
            rows.add(new Row(line, firstName, lastName, email, phone, organisationKey, jobText, sinceText,
                    valid));
            if (valid) {
                candidates.add(new Candidate(person, work.organisation(), work.job(), work.since()));
            }
        }
        return new Parsed(new Report(rows, problems), candidates);
    }

    private static List<List<String>> records(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new BusinessException("import.empty");
        }
        if (csv.length() > MAX_CHARS) {
            throw new BusinessException("import.tooLarge", MAX_CHARS / 1_000_000);
        }
        var records = Csv.parse(csv);
        if (records.size() > MAX_ROWS + 1) {
            throw new BusinessException("import.tooManyRows", MAX_ROWS);
        }
        return records;
    }

    /** Column name → its position in the header; unknown, doubled and missing columns are problems. */
    private static Map<String, Integer> columnIndex(List<String> header, List<Problem> problems) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i).strip().toLowerCase(Locale.ROOT);
            var column = COLUMNS.get(name);
            if (column == null) {
                problems.add(new Problem(1, header.get(i).strip(), "import.column.unknown",
                        List.of(header.get(i).strip())));
            } else if (index.putIfAbsent(column, i) != null) {
                problems.add(new Problem(1, name, "import.column.twice", List.of(name)));
            }
        }
        for (var required : List.of("firstName", "lastName", "email")) {
            if (!index.containsKey(required)) {
                problems.add(new Problem(1, required, "import.column.missing", List.of(required)));
            }
        }
        return index;
    }

    /** The file's addresses that already belong to a person. */
    private Set<String> knownEmails(List<List<String>> records, Integer column) {
        var emails = records.stream().map(r -> Email.normalize(value(r, column)))
                .filter(e -> !e.isEmpty()).distinct().toList();
        var known = new HashSet<String>();
        for (int i = 0; i < emails.size(); i += 1000) {
            known.addAll(em.createQuery("select p.email from Person p where p.email in :emails", String.class)
                    .setParameter("emails", emails.subList(i, Math.min(emails.size(), i + 1000)))
                    .getResultList());
        }
        return known;
    }

    /** The row's person, or null when a field is wrong: each is checked on its own, so all show. */
    private static Person person(List<Problem> problems, int line, String firstName, String lastName,
            String email, String phone, LocalDateTime now) {
        int before = problems.size();
        check(problems, line, () -> Person.register(firstName, "x", "x@example.nl", null, now));
        check(problems, line, () -> Person.register("x", lastName, "x@example.nl", null, now));
        check(problems, line, () -> Person.validEmail(email));
        check(problems, line, () -> Person.register("x", "x", "x@example.nl", phone, now));
        return problems.size() == before ? Person.register(firstName, lastName, email, phone, now) : null;
    }

    /** An address may stand once in the file and must not be known yet. */
    private static void checkNewEmail(List<Problem> problems, int line, String normalized,
            Map<String, Integer> seen, Set<String> known) {
        if (normalized.isEmpty()) {
            return;
        }
        var first = seen.putIfAbsent(normalized, line);
        if (first != null) {
            problems.add(
                    new Problem(line, "email", "import.email.duplicateInFile", List.of(normalized, first)));
        } else if (known.contains(normalized)) {
            problems.add(new Problem(line, "email", "import.email.known", List.of(normalized)));
        }
    }

    /** A workplace needs all three: a known organisation, a job and a start that is not in the future. */
    private static Work work(List<Problem> problems, int line, String organisationKey, String jobText,
            String sinceText, Map<String, Organisation> organisations, LocalDate today) {
        if (organisationKey.isEmpty() && jobText.isEmpty() && sinceText.isEmpty()) {
            return new Work(null, null, null);
        }
        var organisation = organisations.get(organisationKey.toLowerCase(Locale.ROOT));
        if (organisationKey.isEmpty()) {
            problems.add(new Problem(line, "organisation", "import.organisation.required", List.of()));
        } else if (organisation == null) {
            problems.add(new Problem(line, "organisation", "import.organisation.unknown",
                    List.of(organisationKey)));
        }
        var job = job(jobText);
        if (job == null) {
            problems.add(new Problem(line, "job", "import.job.unknown", List.of(jobText)));
        }
        var since = sinceText.isEmpty() ? today : date(sinceText);
        if (since == null || since.isAfter(today)) {
            problems.add(new Problem(line, "since", "import.since.invalid", List.of(sinceText)));
        }
        return new Work(organisation, job, since);
    }
    private static void check(List<Problem> problems, int line, Runnable rule) {
        try {
            rule.run();
        } catch (BusinessException e) {
            // the report is kept in the view; an argument that is no value is kept as its text
            problems.add(new Problem(line, e.field(), e.messageKey(), Stream.of(e.arguments())
                    .map(a -> a instanceof Serializable value ? value : String.valueOf(a)).toList()));
        }
    }

    private Map<String, Organisation> organisationsByKey(List<List<String>> records, Integer column) {
        var byKey = new HashMap<String, Organisation>();
        if (column == null) {
            return byKey;
        }
        var wanted = records.stream().map(r -> value(r, column).toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            return byKey;
        }
        for (var o : em.createQuery("select o from Organisation o where o.status = 'ACTIVE' and "
                + "(lower(o.name) in :keys or lower(o.cbsCode) in :keys)", Organisation.class)
                .setParameter("keys", wanted).getResultList()) {
            byKey.putIfAbsent(o.getName().toLowerCase(Locale.ROOT), o);
            if (o.getCbsCode() != null) {
                byKey.put(o.getCbsCode().toLowerCase(Locale.ROOT), o);
            }
        }
        return byKey;
    }

    private static Job job(String text) {
        var key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (var job : Job.values()) {
            if (job.name().equals(key)) {
                return job;
            }
        }
        return switch (key) {
            case "ANDERS" -> Job.OTHER;
            case "LPA" -> Job.LEERPLICHTAMBTENAAR;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        for (var format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE)) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String value(List<String> record, Integer column) {
        return column == null || column >= record.size() ? "" : record.get(column).strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
