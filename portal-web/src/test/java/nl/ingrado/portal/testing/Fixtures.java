package nl.ingrado.portal.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.ingrado.portal.account.control.PasswordHasher;

/**
 * Rows a test makes for itself, each in a line or two: accounts, organisations with their
 * membership, people at work, events with rounds and workshops ({@link EventBuilder}), registrants
 * of the KRSD register. Names and addresses are unique per call, so tests never meet each other's
 * rows and never need the demo data. Written straight to the database through {@link Db}: inside
 * the container and from the test JVM alike.
 */
public final class Fixtures {

    /** The portal's wall clock: event times and dates are Amsterdam's. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The password of every account made here. */
    public static final String PASSWORD = "een lange zin als wachtwoord";

    private static String passwordHash;

    private Fixtures() {
    }

    /** {@code prefix} followed by eight random characters. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new address at example.nl, starting with {@code prefix} in lower case. */
    public static String email(String prefix) {
        return unique(prefix.toLowerCase()) + "@example.nl";
    }

    /** Now on Amsterdam's wall clock, in whole seconds. */
    public static LocalDateTime now() {
        return LocalDateTime.now(AMSTERDAM).withNano(0);
    }

    /** Today in Amsterdam. */
    public static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    // ---- accounts and people

    public record Account(long id, String email) {
    }

    /** An active account (address confirmed, Dutch) that logs in with {@link #PASSWORD}; MEMBER unless roles are given. */
    public static Account account(String prefix, String... roles) {
        var email = email(prefix);
        long id = Db.insert(
                "INSERT INTO account (email, display_name, password_hash, preferred_language, status, "
                        + "created_at, verified_at) VALUES (?, ?, ?, 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                email, "Test " + prefix, passwordHash());
        for (var role : roles.length == 0 ? new String[]{"MEMBER"} : roles) {
            Db.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        }
        return new Account(id, email);
    }

    /** A professional in the staff administration, without an account; returns the person's id. */
    public static long person(String firstName, String lastName, String email) {
        return Db.insert("INSERT INTO person (first_name, last_name, email, status, created_at) "
                + "VALUES (?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))", firstName, lastName, email);
    }

    /** A current job of {@code person}, confirmed by staff; returns the employment's id. */
    public static long employ(long person, long organisation, String job, LocalDate since) {
        return Db.insert("INSERT INTO employment (person_id, organisation_id, job, start_date, confirmation, "
                + "confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, 'CONFIRMED', 'fixture', UTC_TIMESTAMP(6))",
                person,
                organisation, job, since);
    }

    // ---- organisations

    public record Organisation(long id, String name) {
    }

    /** An active organisation of {@code kind} (PARTNER, SCHOOL, …) with a unique name. */
    public static Organisation organisation(String kind, String prefix) {
        var name = unique(prefix);
        long id = Db.insert("INSERT INTO organisation (kind, name, status, created_at) "
                + "VALUES (?, ?, 'ACTIVE', UTC_TIMESTAMP(6))", kind, name);
        return new Organisation(id, name);
    }

    /** A municipality of its own (a made-up CBS code, in no region) with {@code inhabitants} (may be null). */
    public static Organisation municipality(Integer inhabitants) {
        var code = "X" + UUID.randomUUID().toString().substring(0, 5);
        var name = "Testgemeente " + code;
        long id = Db.insert("INSERT INTO organisation (kind, name, cbs_code, province, inhabitants, status, "
                + "created_at) VALUES ('MUNICIPALITY', ?, ?, 'Utrecht', ?, 'ACTIVE', UTC_TIMESTAMP(6))", name,
                code,
                inhabitants);
        return new Organisation(id, name);
    }

    /** The organisation known by its CBS code in the reference data (GM0363 is Amsterdam). */
    public static long organisation(String cbsCode) {
        return Db.number("SELECT id FROM organisation WHERE cbs_code = ?", cbsCode);
    }

    /** Gives the organisation an email domain: people signing up with it are confirmed by it. */
    public static void domain(long organisation, String domain) {
        Db.update("INSERT INTO organisation_domain (domain, organisation_id) VALUES (?, ?)", domain,
                organisation);
    }

    /** Makes the organisation a member in {@code year} (invoiced), unless it already is. */
    public static void member(long organisation, int year) {
        Db.update("INSERT INTO membership (organisation_id, member_year, fee, status, invoiced_at) "
                + "SELECT ?, ?, 100, 'INVOICED', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM "
                + "membership WHERE organisation_id = ? AND member_year = ? AND status <> 'CANCELLED')",
                organisation, year, organisation, year);
    }

    // ---- questions (Vraag en Antwoord)

    /**
     * A question through the portal by {@code askerAccount} (null for nobody), in {@code status} (NEW or
     * IN_PROGRESS with {@code adviserAccount}), asked now, due in five days; returns its id.
     */
    public static long question(Long askerAccount, String title, String body, String status,
            Long adviserAccount) {
        return Db.insert("INSERT INTO question (theme_code, title, body, source, status, asker_account_id, "
                + "asker_name, adviser_account_id, asked_at, due_on) VALUES ('leerplicht', ?, ?, 'SITE', ?, ?, "
                + "'Test vraagsteller', ?, UTC_TIMESTAMP(6), CURDATE() + INTERVAL 5 DAY)", title, body,
                status,
                askerAccount, adviserAccount);
    }

    /** A message on a question: FOLLOW_UP, ANSWER or NOTE; returns its id. */
    public static long questionMessage(long question, String kind, Long authorAccount, String body) {
        return Db.insert(
                "INSERT INTO question_message (question_id, kind, author_account_id, author_name, body, "
                        + "created_at) VALUES (?, ?, ?, 'Test', ?, UTC_TIMESTAMP(6))",
                question, kind, authorAccount, body);
    }

    // ---- events

    /** An event open to everyone from yesterday, ten days ahead for three hours; change what the test needs. */
    public static EventBuilder event() {
        return new EventBuilder();
    }

    /** A made event: its id and its workshops' ids by title. */
    public record Event(long id, Map<String, Long> workshops, Map<String, Long> rounds) {

        public long workshop(String title) {
            return workshops.get(title);
        }

        public long round(String name) {
            return rounds.get(name);
        }
    }

    // ---- the KRSD register

    public record Registrant(long id, Account account, String number) {
    }

    /** A registrant of the KRSD scheme with {@code status} (ACTIVE, APPLIED, …), a number and an account of its own. */
    public static Registrant registrant(String status) {
        var account = account("registrant");
        var number = unique("T").replace("-", "");
        long id = Db.insert("INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, "
                + "last_name, job, employer, status, conduct_text, conduct_accepted_at, applied_at, decided_at, "
                + "decided_by) SELECT id, ?, ?, 'Test', ?, 'LEERPLICHTAMBTENAAR', 'Gemeente Test', ?, code_of_conduct, "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'fixture' FROM register_scheme "
                + "WHERE code = 'KRSD'", account.id(), number, "Registrant " + number, status);
        return new Registrant(id, account, number);
    }

    /** Period {@code seq} of the registrant with the full norm (160 points); returns its id. */
    public static long period(long registrant, int seq, LocalDate from, LocalDate until) {
        return Db.insert(
                "INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, "
                        + "norm_factor, norm_points) VALUES (?, ?, ?, ?, ?, 1, 160)",
                registrant, seq, from, until, until);
    }

    // ---- the knowledge base and the document list

    /** A published article, checked today; returns its id. */
    public static long article(String theme, String title, String body, boolean membersOnly) {
        return article(true, theme, title, body, membersOnly);
    }

    /** A draft article that only editors see; returns its id. */
    public static long draftArticle(String theme, String title, String body, boolean membersOnly) {
        return article(false, theme, title, body, membersOnly);
    }

    /** A draft has neither a check date nor a publication time. */
    private static long article(boolean published, String theme, String title, String body,
            boolean membersOnly) {
        return Db.insert(
                "INSERT INTO knowledge_article (theme_code, title, body, members_only, status, checked_on, "
                        + "published_at, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, "
                        + "IF(?, CURRENT_DATE(), NULL), IF(?, UTC_TIMESTAMP(6), NULL), UTC_TIMESTAMP(6), 'fixture', "
                        + "UTC_TIMESTAMP(6), 'fixture')",
                theme, title, body, membersOnly, published ? "PUBLISHED" : "DRAFT", published, published);
    }

    /** A document of the document list with one PDF version per text in {@code versions}; returns its id. */
    public static long document(String theme, String title, boolean membersOnly, String... versions) {
        long id = Db.insert(
                "INSERT INTO knowledge_document (theme_code, title, members_only, created_at, created_by, "
                        + "updated_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6), 'fixture', UTC_TIMESTAMP(6))",
                theme, title,
                membersOnly);
        for (int i = 0; i < versions.length; i++) {
            var content = pdf(versions[i]);
            Db.insert(
                    "INSERT INTO knowledge_document_version (document_id, version_no, filename, content_type, "
                            + "size_bytes, content, uploaded_at, uploaded_by) VALUES (?, ?, ?, 'application/pdf', ?, ?, "
                            + "UTC_TIMESTAMP(6), 'fixture')",
                    id, i + 1, "versie-" + (i + 1) + ".pdf", content.length,
                    content);
        }
        return id;
    }

    /** A small PDF (enough for a content check and a download) that carries {@code text}. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = PasswordHasher.hash(PASSWORD); // deliberately slow: once per test JVM
        }
        return passwordHash;
    }
}
