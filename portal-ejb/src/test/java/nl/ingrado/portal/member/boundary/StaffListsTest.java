package nl.ingrado.portal.member.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class StaffListsTest {

    @Test
    void thePersonFilterFromItsParameters() {
        assertEquals(PersonFilter.none(), PersonFilter.parse(name -> null));
        var filter = PersonFilter.parse(Map.of("q", " jan ", "rayon", "2", "job", "manager", "kind",
                "municipality", "premium", "ja", "status", "active", "organisation", "9")::get);
        assertEquals(
                new PersonFilter("jan", 2L, null, Job.MANAGER, OrganisationKind.MUNICIPALITY, true, "ACTIVE",
                        9L),
                filter);
    }

    @Test
    void aBadValueIsRefusedOnItsParameter() {
        for (var bad : Map.of("rayon", "noord", "premium", "maybe", "status", "MERGED", "job", "CHEF")
                .entrySet()) {
            var e = assertThrows(BusinessException.class,
                    () -> PersonFilter.parse(Map.of(bad.getKey(), bad.getValue())::get));
            assertEquals(bad.getKey(), e.field());
        }
        assertEquals("kind", assertThrows(BusinessException.class,
                () -> OrganisationFilter.parse(Map.of("kind", "SCHOOL")::get)).field());
        assertEquals("list.text.tooLong", assertThrows(BusinessException.class,
                () -> OrganisationFilter.parse(Map.of("q", "x".repeat(201))::get)).messageKey());
    }

    @Test
    void sortByAColumnDescendingWithAMinus() {
        assertEquals(Sort.byName(), Sort.parse(null));
        assertEquals(new Sort("email", false), Sort.parse("-email"));
        assertEquals(Sort.byName(), Sort.of(null, false));
        assertThrows(BusinessException.class, () -> Sort.parse("name;drop"));
    }
}
