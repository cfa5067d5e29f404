package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.boundary.ProfessionalImport;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.StatementCounter;
import org.junit.jupiter.api.Test;

/**
 * The staff administration's lists and what fills them, inside the real container on real MariaDB:
 * SQL statements per list page, the filters, and the all-or-nothing CSV import of professionals.
 */
class StaffAdministrationListsIT extends ContainerTest {

    private static final String STAFF = "bureau@example.nl";

    @Inject
    ProfessionalImport professionalImport;

    @Inject
    PersonAdministration persons;

    @Inject
    OrganisationAdministration organisations;

    @Test
    void aListPageTakesTheSameFewStatementsWhateverItsSize() throws Exception {
        var tag = Fixtures.unique("t");
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
        var tag = Fixtures.unique("t");
        Fixtures.member(Fixtures.organisation("GM0363"), Fixtures.today().getYear());
        var amsterdam = persons.create(new PersonInput("Anna", tag, tag + "a@example.nl", null,
                Fixtures.organisation("GM0363"), Job.DOORSTROOMCOACH, LocalDate.of(2020, 1, 1)), STAFF);
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
                Fixtures.organisation("GM0363"))));
        assertEquals(List.of(), ids(new PersonFilter(tag + "%", null, null, null, null, null, null, null)),
                "wildcards in the search text are plain text");
    }

    @Test
    void anImportWithAnyProblemStoresNothingAndReportsEveryRow() {
        var tag = Fixtures.unique("t");
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
        var tag = Fixtures.unique("t");
        Fixtures.member(Fixtures.organisation("GM0599"), Fixtures.today().getYear());
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

    private List<Long> ids(PersonFilter filter) {
        return persons.search(filter, Sort.byName(), 0, 50).rows().stream().map(r -> r.id()).toList();
    }
}
