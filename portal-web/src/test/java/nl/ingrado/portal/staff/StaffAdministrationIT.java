package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The staff administration inside the real container on real MariaDB: edits of people and
 * organisations with their audit entries, deactivation, mergers, and the constraints of V3 that
 * hold even past the services. Its lists and the CSV import: {@link StaffAdministrationListsIT}.
 */
class StaffAdministrationIT extends ContainerTest {

    private static final String STAFF = "bureau@example.nl";

    @Inject
    PersonAdministration persons;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Test
    void anEditRecordsWhoWhatAndWhenAndBadInputChangesNothing() {
        var tag = Fixtures.unique("t");
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
    void aMergerMovesOpenEmploymentsAndDomainsAndKeepsTheMergedOrganisation() throws Exception {
        var tag = Fixtures.unique("t");
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
                () -> organisations.merge(source, Fixtures.organisation("GM0363"), STAFF)).messageKey());

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
        var tag = Fixtures.unique("t");
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
        var email = Fixtures.unique("t") + "@example.nl";
        accounts.signUp(email, "Dirk Deactief", "een lang genoeg wachtwoord", "nl");
        var accountId = accounts.findByEmail(email).orElseThrow().getId();
        sql("UPDATE account SET status = 'ACTIVE', verified_at = UTC_TIMESTAMP(6) WHERE id = " + accountId);
        members.startEmployment(accountId, Fixtures.organisation("GM0363"), Job.MANAGER,
                LocalDate.of(2020, 1, 1));
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
        var tag = Fixtures.unique("t");
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
}
