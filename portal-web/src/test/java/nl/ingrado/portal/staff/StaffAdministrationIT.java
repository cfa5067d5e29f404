package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.ProfessionalImport;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.InContainer;
import nl.ingrado.portal.testing.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff administration inside the real container on real MariaDB: SQL statements per list
 * page, filters, edits with their audit entries, the all-or-nothing CSV import, mergers, and the
 * constraints of V3 that hold even past the services.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final String STAFF = "bureau@example.nl";

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    PersonAdministration persons;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    ProfessionalImport professionalImport;

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Test
    void aListPageTakesTheSameFewStatementsWhateverItsSize() throws Exception {
        var tag = tag();
        var csv = new StringBuilder("voornaam;achternaam;email;organisatie;functie;sinds\n");
        for (int i = 0; i < 120; i++) {
            csv.append("P").append(i).append(";").append(tag).append(" ").append(i).append(";").append(tag)
                    .append(i).append("@example.nl;").append(i % 2 == 0 ? "GM0363" : "GM0599")
                    .append(";LEERPLICHTAMBTENAAR;2021-01-01\n");
        }
        assertEquals(120, professionalImport.importAll(csv.toString(), STAFF));
        var filter = new PersonFilter(tag, null, null, Job.LEERPLICHTAMBTENAAR, OrganisationKind.MUNICIPALITY,
                null, "ACTIVE", null);

        int[] statements = new int[2];
        int[] rows = new int[2];
        try (var counter = new StatementCounter(em)) {
            int i = 0;
            for (int size : new int[]{10, 100}) {
                counter.reset();
                var page = persons.search(filter, new Sort("organisation", false), 0, size);
                statements[i] = counter.count();
                rows[i++] = page.rows().size();
                assertEquals(120, page.total());
            }
            assertEquals(10, rows[0]);
            assertEquals(100, rows[1]);
            assertEquals(statements[0], statements[1], "statements for 10 and for 100 rows");
            assertTrue(statements[0] > 0 && statements[0] <= 3, "statements per page: " + statements[0]);

            var any = OrganisationFilter.none();
            counter.reset();
            assertEquals(10, organisations.search(any, new Sort("employees", false), 0, 10).rows().size());
            int small = counter.reset();
            assertEquals(100, organisations.search(any, new Sort("employees", false), 0, 100).rows().size());
            int large = counter.reset();
            assertEquals(small, large, "organisation statements for 10 and for 100 rows");
            assertTrue(small > 0 && small <= 3, "statements per organisation page: " + small);
        }
    }

    @Test
    void filtersMatchRayonRegionJobPremiumAndStatus() {
        var tag = tag();
        Fixtures.member(organisationId("GM0363"), Fixtures.today().getYear());
        var amsterdam = persons.create(new PersonInput("Anna", tag, tag + "a@example.nl", null,
                organisationId("GM0363"), Job.DOORSTROOMCOACH, LocalDate.of(2020, 1, 1)), STAFF);
        var partner = persons
                .create(new PersonInput("Bert", tag, tag + "b@example.nl", "+31 20 1234567", null,
                        null, null), STAFF);
        var noordHolland = em
                .createQuery("select r.id from Rayon r where r.code = 'noord-holland'", Long.class)
                .getSingleResult();
        assertEquals(List.of(amsterdam), ids(new PersonFilter(tag, noordHolland, null, null, null, null, null,
                null)));
        assertEquals(List.of(amsterdam),
                ids(new PersonFilter(tag, null, null, Job.DOORSTROOMCOACH, null, true,
                        null, null)),
                "Amsterdam is a member this year: premium");
        assertEquals(List.of(partner), ids(new PersonFilter(tag, null, null, null, null, false, null, null)));
        assertEquals(List.of(), ids(new PersonFilter(tag, null, null, Job.MANAGER, null, null, null, null)));
        assertEquals(List.of(amsterdam, partner),
                ids(new PersonFilter(tag, null, null, null, null, null, "ACTIVE",
                        null)));
        assertEquals(List.of(amsterdam), ids(new PersonFilter(tag, null, null, null, null, null, null,
                organisationId("GM0363"))));
        assertEquals(List.of(), ids(new PersonFilter(tag + "%", null, null, null, null, null, null, null)),
                "wildcards in the search text are plain text");
    }

    @Test
    void anEditRecordsWhoWhatAndWhenAndBadInputChangesNothing() {
        var tag = tag();
        var id = persons.create(new PersonInput("Carla", "Oud", tag + "@example.nl", null, null, null, null),
                STAFF);
        var version = persons.detail(id).orElseThrow().person().getVersion();
        persons.update(id, version, "Carla", "Nieuw", tag + "@example.nl", "020-1234567", STAFF);

        var person = persons.detail(id).orElseThrow();
        assertEquals("Nieuw", person.person().getLastName());
        var update = person.history().get(0);
        assertEquals("UPDATE", update.getAction());
        assertEquals(STAFF, update.getActor());
        assertTrue(update.getChanges().contains("lastName: Oud → Nieuw"), update.getChanges());
        assertTrue(update.getChanges().contains("phone:  → 020-1234567"), update.getChanges());

        var stale = assertThrows(BusinessException.class,
                () -> persons.update(id, version, "Carla", "Anders", tag + "@example.nl", null, STAFF));
        assertEquals("person.changedMeanwhile", stale.messageKey());
        var current = persons.detail(id).orElseThrow().person().getVersion();
        var known = Fixtures.email("bekend");
        Fixtures.person("Bekend", "Lid", known);
        for (var bad : List.of(new String[]{"", "Nieuw", tag + "@example.nl", null, "firstName"},
                new String[]{"Carla", "Nieuw", "geen-adres", null, "email"},
                new String[]{"Carla", "Nieuw", known, null, "email"},
                new String[]{"Carla", "Nieuw", tag + "@example.nl", "<script>", "phone"},
                new String[]{"Carla", "x".repeat(151), tag + "@example.nl", null, "lastName"})) {
            var failure = assertThrows(BusinessException.class,
                    () -> persons.update(id, current, bad[0], bad[1], bad[2], bad[3], STAFF));
            assertEquals(bad[4], failure.field(), failure.messageKey());
        }
        em.clear();
        var after = persons.detail(id).orElseThrow();
        assertEquals("Nieuw", after.person().getLastName());
        assertEquals(2, after.history().size(), "create and one update; failures write no audit entries");
    }

    @Test
    void anImportWithAnyProblemStoresNothingAndReportsEveryRow() {
        var tag = tag();
        var known = Fixtures.email("bekend");
        Fixtures.person("Bekend", "Lid", known);
        var csv = "first_name,last_name,email,organisation,job,since\n"
                + "Goed,Een," + tag + "1@example.nl,GM0363,LEERPLICHTAMBTENAAR,2022-01-01\n"
                + ",Zonder voornaam," + tag + "2@example.nl,,,\n"
                + "Dubbel,Twee," + tag + "1@example.nl,,,\n"
                + "Bestaat,Al," + known + ",,,\n"
                + "Fout,Org," + tag + "3@example.nl,Atlantis,MANAGER,2099-01-01\n";
        var report = professionalImport.preview(csv);
        assertFalse(report.isImportable());
        assertEquals(5, report.rows().size());
        assertTrue(report.rows().get(0).valid());
        var problems = report.problems().stream().map(p -> p.line() + ":" + p.messageKey()).toList();
        assertTrue(
                problems.containsAll(List.of("3:person.firstName.required", "4:import.email.duplicateInFile",
                        "5:import.email.known", "6:import.organisation.unknown", "6:import.since.invalid")),
                problems::toString);

        var failure = assertThrows(BusinessException.class, () -> professionalImport.importAll(csv, STAFF));
        assertEquals("import.hasProblems", failure.messageKey());
        assertEquals(0L, em.createQuery("select count(p) from Person p where p.email like :tag", Long.class)
                .setParameter("tag", tag + "%").getSingleResult(), "not even the good row is stored");

        var header = assertThrows(BusinessException.class, () -> professionalImport.importAll("", STAFF));
        assertEquals("import.empty", header.messageKey());
        var unknownColumn = professionalImport
                .preview("voornaam;achternaam;email;schoenmaat\nA;B;c@d.nl;42\n");
        assertEquals("import.column.unknown", unknownColumn.problems().get(0).messageKey());
    }

    @Test
    void aGoodImportStoresEveryRowWithItsConfirmedWorkplaceAndAuditEntries() {
        var tag = tag();
        Fixtures.member(organisationId("GM0599"), Fixtures.today().getYear());
        var csv = "\uFEFFvoornaam;achternaam;email;telefoon;organisatie;functie;sinds\r\n"
                + "\"Jan\";\"de Vries; jr.\";" + tag
                + "1@Example.nl;06 12345678;Rotterdam;doorstroomcoach;01-02-2020\r\n"
                + "Els;Bakker;" + tag + "2@example.nl;;;;\r\n";
        assertEquals(2, professionalImport.importAll(csv, STAFF));
        var page = persons.search(new PersonFilter(tag, null, null, null, null, null, null, null),
                Sort.byName(), 0,
                10);
        assertEquals(2, page.total());
        var jan = page.rows().stream().filter(r -> r.firstName().equals("Jan")).findFirst().orElseThrow();
        assertEquals("de Vries; jr.", jan.lastName());
        assertEquals(tag + "1@example.nl", jan.email(), "stored in lower case");
        assertEquals("Rotterdam", jan.organisation());
        assertTrue(jan.premium(), "confirmed by staff at a member organisation");
        var history = persons.detail(jan.id()).orElseThrow().history();
        assertTrue(
                history.stream().anyMatch(a -> a.getAction().equals("IMPORT") && a.getActor().equals(STAFF)));
        assertTrue(history.stream().anyMatch(a -> a.getAction().equals("START")));
    }

    @Test
    void aMergerMovesOpenEmploymentsAndDomainsAndKeepsTheMergedOrganisation() throws Exception {
        var tag = tag();
        long source = partner(tag + " oud");
        long target = partner(tag + " nieuw");
        sql("INSERT INTO organisation_domain (domain, organisation_id) VALUES ('" + tag + ".nl', " + source
                + ")");
        var open = persons
                .create(new PersonInput("Open", tag, tag + "open@example.nl", null, source, Job.MANAGER,
                        LocalDate.of(2020, 1, 1)), STAFF);
        var ended = persons.create(new PersonInput("Klaar", tag, tag + "klaar@example.nl", null, source,
                Job.MANAGER, LocalDate.of(2015, 1, 1)), STAFF);
        var endedEmployment = persons.detail(ended).orElseThrow().workplaces().get(0).employmentId();
        persons.endEmployment(ended, endedEmployment, LocalDate.of(2018, 1, 1), STAFF);

        assertEquals("organisation.merge.self",
                assertThrows(BusinessException.class, () -> organisations.merge(source, source, STAFF))
                        .messageKey());
        assertEquals("organisation.merge.otherKind", assertThrows(BusinessException.class,
                () -> organisations.merge(source, organisationId("GM0363"), STAFF)).messageKey());

        assertEquals(1, organisations.merge(source, target, STAFF));
        em.clear();
        var merged = organisations.detail(source).orElseThrow();
        assertEquals("MERGED", merged.organisation().getStatus());
        assertEquals(target, merged.mergedIntoId());
        assertEquals(List.of(), merged.domains());
        assertEquals("MERGE", merged.history().get(0).getAction());
        var successor = organisations.detail(target).orElseThrow();
        assertEquals(List.of(tag + ".nl"), successor.domains());
        assertEquals(List.of(tag + " oud"), successor.mergedFrom());
        assertEquals(target, persons.detail(open).orElseThrow().workplaces().get(0).organisationId());
        assertEquals(source, persons.detail(ended).orElseThrow().workplaces().get(0).organisationId(),
                "an ended employment stays with the merged organisation as history");
        assertTrue(persons.detail(open).orElseThrow().history().stream()
                .anyMatch(a -> a.getAction().equals("MOVE")));
        assertEquals("organisation.merge.notActive",
                assertThrows(BusinessException.class, () -> organisations.merge(source, target, STAFF))
                        .messageKey());
        assertEquals("organisation.merged", assertThrows(BusinessException.class,
                () -> organisations.update(source, null, "X", null, null, null, null, null, null, STAFF))
                .messageKey());
    }

    @Test
    void organisationEditsCheckPostalCodesAndDomainsAndAreAudited() throws Exception {
        var tag = tag();
        long id = partner(tag);
        var taken = tag + "-bezet.nl";
        Fixtures.domain(partner(tag + " ander"), taken);
        organisations.update(id, null, tag + " BV", null, 1200, "Straat 1", "1234ab", "Utrecht",
                tag + ".nl, @" + tag + "-2.nl", STAFF);
        var detail = organisations.detail(id).orElseThrow();
        assertEquals("1234 AB", detail.organisation().getPostalCode());
        assertEquals(List.of(tag + "-2.nl", tag + ".nl"), detail.domains());
        assertTrue(detail.history().get(0).getChanges().contains("name: " + tag + " → " + tag + " BV"));
        assertEquals("postalCode",
                assertThrows(BusinessException.class, () -> organisations.update(id, null, "X",
                        null, null, null, "12345", null, null, STAFF)).field());
        assertEquals("organisation.domain.taken", assertThrows(BusinessException.class, () -> organisations
                .update(id, null, "X", null, null, null, null, null, taken, STAFF)).messageKey());
        assertEquals("organisation.domain.invalid", assertThrows(BusinessException.class, () -> organisations
                .update(id, null, "X", null, null, null, null, null, "geen domein!", STAFF)).messageKey());
        em.clear();
        assertEquals(tag + " BV", organisations.detail(id).orElseThrow().organisation().getName());
    }

    @Test
    void deactivatingAProfessionalAlsoStopsTheirLogin() throws Exception {
        var email = tag() + "@example.nl";
        accounts.signUp(email, "Dirk Deactief", "een lang genoeg wachtwoord", "nl");
        var accountId = accounts.findByEmail(email).orElseThrow().getId();
        sql("UPDATE account SET status = 'ACTIVE', verified_at = UTC_TIMESTAMP(6) WHERE id = " + accountId);
        members.startEmployment(accountId, organisationId("GM0363"), Job.MANAGER, LocalDate.of(2020, 1, 1));
        var personId = members.personOf(accountId).orElseThrow().getId();

        persons.deactivate(personId, STAFF);
        em.clear();
        assertEquals(AccountStatus.DEACTIVATED, accounts.findByEmail(email).orElseThrow().getStatus());
        var detail = persons.detail(personId).orElseThrow();
        assertEquals("DEACTIVATED", detail.person().getStatus());
        AuditEntry entry = detail.history().get(0);
        assertEquals("DEACTIVATE", entry.getAction());
        assertEquals("person.notActive",
                assertThrows(BusinessException.class, () -> persons.deactivate(personId, STAFF))
                        .messageKey());
    }

    @Test
    void theDatabaseRefusesBadDataEvenPastTheServices() throws Exception {
        var tag = tag();
        for (var bad : List.of(
                "INSERT INTO person (first_name, last_name, email, status, created_at) VALUES ('  ', 'X', '"
                        + tag
                        + "a@example.nl', 'ACTIVE', NOW())",
                "INSERT INTO person (first_name, last_name, email, status, created_at) VALUES ('A', 'X', 'geen-adres',"
                        + " 'ACTIVE', NOW())",
                "INSERT INTO person (first_name, last_name, email, phone, status, created_at) VALUES ('A', 'X', '"
                        + tag
                        + "b@example.nl', 'bel me', 'ACTIVE', NOW())",
                "INSERT INTO organisation (kind, name, postal_code, status, created_at) VALUES ('PARTNER', 'X', "
                        + "'1234', 'ACTIVE', NOW())",
                "INSERT INTO organisation (kind, name, status, created_at) VALUES ('PARTNER', ' ', 'ACTIVE', NOW())",
                "INSERT INTO audit_entry (entity_type, entity_id, action, actor, at, changes) VALUES ('person', 1, "
                        + "'UPDATE', ' ', NOW(), '')")) {
            assertThrows(SQLException.class, () -> sql(bad), bad);
        }
        assertNull(persons.detail(Long.MAX_VALUE).orElse(null));
    }

    private List<Long> ids(PersonFilter filter) {
        return persons.search(filter, Sort.byName(), 0, 50).rows().stream().map(r -> r.id()).toList();
    }

    private long organisationId(String cbsCode) {
        return em.createQuery("select o.id from Organisation o where o.cbsCode = :c", Long.class)
                .setParameter("c", cbsCode).getSingleResult();
    }

    private long partner(String name) throws SQLException {
        sql("INSERT INTO organisation (kind, name, status, created_at) VALUES ('PARTNER', '" + name
                + "', 'ACTIVE', UTC_TIMESTAMP(6))");
        return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
                .setParameter("n", name)
                .getSingleResult();
    }

    private void sql(String statement) throws SQLException {
        try (var connection = dataSource.getConnection(); var s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
