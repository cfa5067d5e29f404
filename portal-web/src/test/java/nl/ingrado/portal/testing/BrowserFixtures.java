package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import lombok.Setter;
import lombok.experimental.Accessors;

/**
 * The people a browser test logs in as, each in a line, with the name it shows on the pages, and what
 * belongs to a person: registrations for an event, a place in the KRSD register. Built on
 * {@link Fixtures} (accounts, people, workplaces, events) and written into the test database, so
 * no browser test leans on the demo data or on what another test left behind. Every user logs in with
 * {@link Fixtures#PASSWORD}.
 */
public final class BrowserFixtures {

    /** A municipality, member of Ingrado this year. */
    public static final String UTRECHT = "GM0344";

    static {
        // the portal makes the schema when it starts: a test may arrange its users before it opens a page
        TestEnvironment.portal();
    }

    private BrowserFixtures() {
    }

    /** Someone who can log in: account, and (except for office roles) the person behind it. */
    public record User(long accountId, Long personId, String email, String name, String password) {
    }

    /** A professional working at a member municipality (Utrecht), workplace confirmed by the office. */
    public static User member(String name) {
        return memberAt(name, UTRECHT);
    }

    /** A professional working at the municipality with {@code cbsCode}, a member this year, workplace confirmed. */
    public static User memberAt(String name, String cbsCode) {
        var user = professional(name);
        long organisation = Fixtures.organisation(cbsCode);
        Fixtures.member(organisation, Fixtures.today().getYear());
        Fixtures.employ(user.personId(), organisation, "LEERPLICHTAMBTENAAR", LocalDate.of(2020, 1, 1));
        return user;
    }

    /** A professional who said nowhere where they work: an account, but no member of the association. */
    public static User professional(String name) {
        return professional(name, "example.nl");
    }

    /** A professional without workplace whose address is at {@code domain}, e.g. a municipality's. */
    public static User professional(String name, String domain) {
        var user = account(name, domain, "MEMBER");
        var parts = name.split(" ", 2);
        long person = Fixtures.person(parts[0], parts.length > 1 ? parts[1] : "-", user.email());
        Db.update("UPDATE person SET account_id = ? WHERE id = ?", user.accountId(), person);
        return new User(user.accountId(), person, user.email(), name, user.password());
    }

    /** A member who is contact person of the rayon with {@code rayonCode}, working at one of its municipalities. */
    public static User rayonContact(String name, String rayonCode) {
        var cbs = Db.text("SELECT o.cbs_code FROM organisation o JOIN region g ON g.id = o.region_id "
                + "JOIN rayon r ON r.id = g.rayon_id WHERE r.code = ? AND o.kind = 'MUNICIPALITY' "
                + "AND o.status = 'ACTIVE' ORDER BY o.id LIMIT 1", rayonCode);
        var user = memberAt(name, cbs);
        Db.update(
                "INSERT INTO rayon_contact (rayon_id, person_id, since) SELECT id, ?, '2022-01-01' FROM rayon "
                        + "WHERE code = ?",
                user.personId(), rayonCode);
        return user;
    }

    public static User staff(String name) {
        return account(name, "example.nl", "STAFF");
    }

    /** An administrator, who is office staff as well. */
    public static User admin(String name) {
        return account(name, "example.nl", "ADMIN", "STAFF");
    }

    public static User auditor(String name) {
        return account(name, "example.nl", "AUDITOR");
    }

    /** An adviser of Vraag en Antwoord (role ADVISER only), following no theme yet. */
    public static User adviser(String name) {
        return account(name, "example.nl", "ADVISER");
    }

    /** A KRSD training provider (role PROVIDER only). */
    public static User provider(String name) {
        return account(name, "example.nl", "PROVIDER");
    }

    /** An account named {@code name} at {@code domain}, without a person behind it. */
    private static User account(String name, String domain, String... roles) {
        var account = Fixtures.account(slug(name), roles);
        var email = account.email().replace("@example.nl", "@" + domain);
        Db.update("UPDATE account SET display_name = ?, email = ? WHERE id = ?", name, email, account.id());
        return new User(account.id(), null, email, name, Fixtures.PASSWORD);
    }

    /** A fresh address for {@code name}, e.g. "anna-bakker-1a2b3c4d@example.nl". */
    public static String email(String name) {
        return Fixtures.email(slug(name));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Eight random characters that make a title or address this test's own. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Now in Amsterdam, to the minute (the event forms' precision). */
    public static LocalDateTime now() {
        return Fixtures.now().truncatedTo(ChronoUnit.MINUTES);
    }

    /** A fresh check-in code (22 characters, as the portal makes them). */
    public static String checkinCode() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }

    // ---- registrations

    /** A confirmed registration for {@code event}; change what the test is about. */
    public static RegistrationFixture registration(long event) {
        return new RegistrationFixture(event);
    }

    /** A registration row, confirmed unless told otherwise, written by {@link #create()}. */
    @Accessors(fluent = true) // reads as a sentence: registration(event).of(user).status("WAITING")
    public static final class RegistrationFixture {

        private final long event;
        private Long account;
        private String name = "Gast " + tag();
        private String email;
        /** CONFIRMED or WAITING. */
        @Setter
        private String status = "CONFIRMED";
        @Setter
        private String remarks;
        @Setter
        private String checkinCode = BrowserFixtures.checkinCode();
        private Long round;
        private Long workshop;
        private LocalDateTime attendedAt;

        private RegistrationFixture(long event) {
            this.event = event;
        }

        /** Registered by {@code user} themselves. */
        public RegistrationFixture of(User user) {
            account = user.accountId();
            name = user.name();
            email = user.email();
            return this;
        }

        /** A guest without account, with an address of their own. */
        public RegistrationFixture guest(String guestName) {
            name = guestName;
            return this;
        }

        /** Chose {@code workshop} of {@code round}. */
        public RegistrationFixture choice(long round, long workshop) {
            this.round = round;
            this.workshop = workshop;
            return this;
        }

        /** Came to the event, checked in at {@code at}. */
        public RegistrationFixture attended(LocalDateTime at) {
            attendedAt = at;
            return this;
        }

        /** Writes the registration; returns its id. */
        public long create() {
            var address = email != null ? email : email(name);
            boolean confirmed = "CONFIRMED".equals(status);
            long id = Db.insert(
                    "INSERT INTO registration (event_id, account_id, name, email, language, member, "
                            + "status, registered_at, confirmed_at, remarks, checkin_code, attended_at) VALUES (?, ?, ?, ?, "
                            + "'nl', TRUE, ?, UTC_TIMESTAMP(6), " + (confirmed ? "UTC_TIMESTAMP(6)" : "NULL")
                            + ", ?, ?, ?)",
                    event, account, name, address, status, remarks, checkinCode, attendedAt);
            if (workshop != null) {
                Db.update("INSERT INTO registration_choice (registration_id, round_id, workshop_id, status, "
                        + "chosen_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))", id, round, workshop,
                        confirmed ? "CONFIRMED" : "WAITING");
            }
            return id;
        }
    }

    // ---- the KRSD register

    /** A KRSD registrant of a user and their current register period. */
    public record Registrant(long id, long period, String number) {
    }

    /**
     * {@code user} in the KRSD register, active since {@code from} with a first period until {@code until}
     * (norm 160 points), employer and job shown in the public register.
     */
    public static Registrant registrant(User user, LocalDate from, LocalDate until) {
        // as the portal writes them (prefix, dash, digits), but nine digits: never one the portal gives out
        var number = String.format("KRSD-7%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var parts = user.name().split(" ", 2);
        long id = Db.insert("INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, "
                + "last_name, job, employer, status, conduct_text, conduct_accepted_at, applied_at, decided_at, "
                + "decided_by, show_employer, show_job) SELECT id, ?, ?, ?, ?, 'LEERPLICHTAMBTENAAR', 'Gemeente Test', "
                + "'ACTIVE', code_of_conduct, ?, ?, ?, 'fixture', TRUE, TRUE FROM register_scheme WHERE code = 'KRSD'",
                user.accountId(), number, parts[0], parts.length > 1 ? parts[1] : "-", from.atStartOfDay(),
                from.atStartOfDay(), from.atStartOfDay());
        return new Registrant(id, Fixtures.period(id, 1, from, until), number);
    }

    /** {@code user} in the register for a year, four more to go. */
    public static Registrant registrant(User user) {
        var today = Fixtures.today();
        return registrant(user, today.minusYears(1), today.plusYears(4).minusDays(1));
    }

    /** {@code user} applied for the register a day ago; returns the registrant's id. */
    public static long applicant(User user) {
        var parts = user.name().split(" ", 2);
        return Db.insert(
                "INSERT INTO registrant (scheme_id, account_id, first_name, last_name, job, employer, "
                        + "status, conduct_text, conduct_accepted_at, applied_at) SELECT id, ?, ?, ?, 'LEERPLICHTAMBTENAAR', "
                        + "'Gemeente Test', 'APPLIED', code_of_conduct, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, "
                        + "UTC_TIMESTAMP(6) - INTERVAL 1 DAY FROM register_scheme WHERE code = 'KRSD'",
                user.accountId(),
                parts[0], parts.length > 1 ? parts[1] : "-");
    }

    /** An activity the registrant submitted a week ago (3 points A2), waiting for the auditor. */
    public static long pendingRecord(Registrant registrant, String title) {
        return Db.insert(
                "INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, "
                        + "provider, category, hours, points, source, status, submitted_at, submitted_by) SELECT ?, ?, "
                        + "scheme_id, CURRENT_DATE - INTERVAL 7 DAY, ?, 'Testaanbieder', 'A2', 3, 3, 'SUBMISSION', "
                        + "'PENDING', UTC_TIMESTAMP(6), 'fixture' FROM registrant WHERE id = ?",
                registrant.id(),
                registrant.period(), title, registrant.id());
    }

    /** Approved points in the registrant's period, a month after it started. */
    public static long approvedRecord(Registrant registrant, String category, String points) {
        return Db.insert(
                "INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, "
                        + "category, points, source, status, submitted_at, submitted_by, reviewed_at, reviewed_by) "
                        + "SELECT r.id, p.id, r.scheme_id, p.starts_on + INTERVAL 30 DAY, 'Scholing (test)', ?, ?, "
                        + "'SUBMISSION', 'APPROVED', UTC_TIMESTAMP(6), 'fixture', UTC_TIMESTAMP(6), 'fixture' "
                        + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id WHERE p.id = ?",
                category,
                new BigDecimal(points), registrant.period());
    }
}
