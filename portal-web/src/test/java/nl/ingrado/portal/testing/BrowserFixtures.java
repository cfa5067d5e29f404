package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import nl.ingrado.portal.account.control.PasswordHasher;

/**
 * The people and events a browser test makes for itself, each in a line, written into the test
 * database, so that no test leans on the demo data or on what another test left behind. Every user
 * gets a fresh address and {@link #PASSWORD}.
 */
public final class BrowserFixtures {

    public static final String PASSWORD = "een eigen wachtwoord voor tests";
    /** Hashed once per run: PBKDF2 is slow on purpose. */
    private static final String HASH = PasswordHasher.hash(PASSWORD);
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A municipality, member of Ingrado in the test database (as every municipality is). */
    public static final String UTRECHT = "GM0344";

    private BrowserFixtures() {
    }

    /** Someone who can log in: account, and (except for office roles) the person behind it. */
    public record User(long accountId, Long personId, String email, String name, String password) {
    }

    /** A professional working at a member municipality (Utrecht), workplace confirmed by the office. */
    public static User member(String name) {
        return memberAt(name, UTRECHT);
    }

    /** A professional working at the municipality with {@code cbsCode}, workplace confirmed. */
    public static User memberAt(String name, String cbsCode) {
        var user = professional(name);
        workplace(user, cbsCode, "LEERPLICHTAMBTENAAR");
        return user;
    }

    /** A professional who said nowhere where they work: an account, but no member of the association. */
    public static User professional(String name) {
        return professional(name, "example.nl");
    }

    /** A professional without workplace whose address is at {@code domain}, e.g. a municipality's. */
    public static User professional(String name, String domain) {
        var email = email(name).replace("@example.nl", "@" + domain);
        long account = account(email, name, "MEMBER");
        var parts = name.split(" ", 2);
        long person = Db.insert(
                "INSERT INTO person (account_id, first_name, last_name, email, status, created_at) "
                        + "VALUES (?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))",
                account, parts[0],
                parts.length > 1 ? parts[1] : "-", email);
        return new User(account, person, email, name, PASSWORD);
    }

    /**
     * A confirmed workplace of {@code user} since 2020, at the municipality with {@code cbsCode}, which is a
     * member this year (as every municipality is in the demo, but the test does not count on that).
     */
    public static long workplace(User user, String cbsCode, String job) {
        Db.update("INSERT IGNORE INTO membership (organisation_id, member_year, fee, status, invoiced_at) "
                + "SELECT id, YEAR(CURRENT_DATE), 350, 'INVOICED', UTC_TIMESTAMP(6) FROM organisation "
                + "WHERE cbs_code = ?", cbsCode);
        return Db.insert("INSERT INTO employment (person_id, organisation_id, job, start_date, confirmation, "
                + "confirmed_by, confirmed_at) SELECT ?, id, ?, '2020-01-01', 'CONFIRMED', 'fixture', "
                + "UTC_TIMESTAMP(6) FROM organisation WHERE cbs_code = ?", user.personId(), job, cbsCode);
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
        return office(name, "STAFF");
    }

    /** An administrator, who is office staff as well. */
    public static User admin(String name) {
        return office(name, "ADMIN", "STAFF");
    }

    public static User auditor(String name) {
        return office(name, "AUDITOR");
    }

    /** A KRSD training provider (role PROVIDER only). */
    public static User provider(String name) {
        return office(name, "PROVIDER");
    }

    private static User office(String name, String... roles) {
        var email = email(name);
        return new User(account(email, name, roles), null, email, name, PASSWORD);
    }

    private static long account(String email, String name, String... roles) {
        long id = Db.insert(
                "INSERT INTO account (email, display_name, password_hash, preferred_language, status, "
                        + "created_at, verified_at) VALUES (?, ?, ?, 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                email, name, HASH);
        for (var role : roles) {
            Db.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        }
        return id;
    }

    /** A fresh address for {@code name}, e.g. "anna-bakker-1a2b3c4d@example.nl". */
    public static String email(String name) {
        var local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return local + "-" + tag() + "@example.nl";
    }

    /** Eight random characters that make a title or address this test's own. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Now in Amsterdam, to the minute (the event forms' precision). */
    public static LocalDateTime now() {
        return LocalDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.MINUTES);
    }

    /** An event open to everyone, starting in ten days, registration open; change what the test is about. */
    public static EventFixture event(String title) {
        return new EventFixture(title);
    }

    /** A workshop round of {@code event}, after the rounds it has; returns its id. */
    public static long round(long event, String name) {
        return Db.insert("INSERT INTO workshop_round (event_id, name, position) SELECT ?, ?, COUNT(*) + 1 "
                + "FROM workshop_round WHERE event_id = ?", event, name, event);
    }

    /** A workshop in {@code round}; returns its id. */
    public static long workshop(long round, String title, int capacity) {
        return Db.insert("INSERT INTO workshop (round_id, title, capacity) VALUES (?, ?, ?)", round, title,
                capacity);
    }

    /** A KRSD registrant and their current register period. */
    public record Registrant(long id, long period, String number) {
    }

    /**
     * {@code user} in the KRSD register, active since {@code from} with a first period until {@code until}
     * (norm 160 points), employer shown in the public register.
     */
    public static Registrant registrant(User user, LocalDate from, LocalDate until) {
        var number = "T-" + tag();
        var parts = user.name().split(" ", 2);
        long id = Db.insert("INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, "
                + "last_name, job, employer, status, conduct_text, conduct_accepted_at, applied_at, decided_at, "
                + "decided_by, show_employer, show_job) SELECT id, ?, ?, ?, ?, 'LEERPLICHTAMBTENAAR', 'Gemeente Test', "
                + "'ACTIVE', code_of_conduct, ?, ?, ?, 'fixture', TRUE, TRUE FROM register_scheme WHERE code = 'KRSD'",
                user.accountId(), number, parts[0], parts.length > 1 ? parts[1] : "-", from.atStartOfDay(),
                from.atStartOfDay(), from.atStartOfDay());
        long period = Db.insert("INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, "
                + "original_ends_on, norm_factor, norm_points) VALUES (?, 1, ?, ?, ?, 1, 160)", id, from,
                until, until);
        return new Registrant(id, period, number);
    }

    /** {@code user} in the register for a year, four more to go. */
    public static Registrant registrant(User user) {
        var today = LocalDate.now(AMSTERDAM);
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

    /** A confirmed registration for {@code event}; change what the test is about. */
    public static RegistrationFixture registration(long event) {
        return new RegistrationFixture(event);
    }

    /** A fresh check-in code (22 characters, as the portal makes them). */
    public static String checkinCode() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }

    /** An event row, built in a few readable calls and written by {@link #create()}. */
    public static final class EventFixture {

        private final String title;
        private String kind = "TRAINING";
        private String rayon;
        private LocalDateTime startsAt = now().plusDays(10);
        private LocalDateTime endsAt;
        private LocalDateTime closesAt;
        private int capacity = 100;
        private String audience = "EVERYONE";
        private boolean autoPromote = true;

        private EventFixture(String title) {
            this.title = title;
        }

        public EventFixture kind(String value) {
            kind = value;
            return this;
        }

        /** A rayondag of the rayon with this code. */
        public EventFixture rayon(String code) {
            rayon = code;
            return this;
        }

        /** Starts at {@code start}, three hours long; registration closed the day before. */
        public EventFixture at(LocalDateTime start) {
            startsAt = start;
            return this;
        }

        public EventFixture endsAt(LocalDateTime value) {
            endsAt = value;
            return this;
        }

        public EventFixture closesAt(LocalDateTime value) {
            closesAt = value;
            return this;
        }

        public EventFixture capacity(int value) {
            capacity = value;
            return this;
        }

        /** EVERYONE or MEMBERS. */
        public EventFixture audience(String value) {
            audience = value;
            return this;
        }

        /** Whether a freed seat goes to the first person waiting without the organiser. */
        public EventFixture autoPromote(boolean value) {
            autoPromote = value;
            return this;
        }

        /** Writes the event; returns its id. */
        public long create() {
            var ends = endsAt != null ? endsAt : startsAt.plusHours(3);
            var closes = closesAt != null ? closesAt : startsAt.minusDays(1);
            // open since a month, or since a month before closing when that lies further back
            var opens = now().minusDays(30);
            if (!opens.isBefore(closes)) {
                opens = closes.minusDays(30);
            }
            var deadline = startsAt.minusDays(2);
            return Db.insert("INSERT INTO event (kind, title, rayon_id, venue, starts_at, ends_at, "
                    + "registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, "
                    + "auto_promote, created_at) VALUES (?, ?, (SELECT id FROM rayon WHERE code = ?), 'Utrecht', "
                    + "?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))", kind, title, rayon, startsAt, ends, opens,
                    closes, deadline, capacity, audience, autoPromote);
        }
    }

    /** A registration row, confirmed unless told otherwise, written by {@link #create()}. */
    public static final class RegistrationFixture {

        private final long event;
        private Long account;
        private String name = "Gast " + tag();
        private String email;
        private String status = "CONFIRMED";
        private String remarks;
        private String code = BrowserFixtures.checkinCode();
        private boolean member = true;
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

        /** A guest without account. */
        public RegistrationFixture guest(String guestName) {
            name = guestName;
            return this;
        }

        /** CONFIRMED or WAITING. */
        public RegistrationFixture status(String value) {
            status = value;
            return this;
        }

        public RegistrationFixture remarks(String value) {
            remarks = value;
            return this;
        }

        public RegistrationFixture checkinCode(String value) {
            code = value;
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
                            + "status, registered_at, confirmed_at, remarks, checkin_code) VALUES (?, ?, ?, ?, 'nl', ?, ?, "
                            + "UTC_TIMESTAMP(6), " + (confirmed ? "UTC_TIMESTAMP(6)" : "NULL") + ", ?, ?)",
                    event, account,
                    name, address, member, status, remarks, code);
            if (workshop != null) {
                Db.update("INSERT INTO registration_choice (registration_id, round_id, workshop_id, status, "
                        + "chosen_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))", id, round, workshop,
                        confirmed ? "CONFIRMED" : "WAITING");
            }
            return id;
        }
    }
}
