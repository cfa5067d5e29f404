package nl.ingrado.portal.register.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class RegistrantFilterTest {

    @Test
    void nothingGivenIsEveryoneInTheRegisterSoonestEndFirst() {
        var filter = RegistrantFilter.parse(name -> null);
        assertEquals(RegistrantFilter.none(), filter);
        assertNull(filter.statuses());
        assertEquals(RegistrantFilter.Sort.END, filter.sort());
    }

    @Test
    void theParametersOfThePageTheExportAndTheApi() {
        var filter = RegistrantFilter.parse(Map.of("q", " Jansen ", "months", "6", "rayon", "3", "job",
                "manager", "status", "all", "sort", "-end")::get);
        assertEquals("Jansen", filter.text());
        assertEquals(6, filter.endingWithinMonths());
        assertEquals(3L, filter.rayonId());
        assertEquals(Job.MANAGER, filter.job());
        assertEquals(EnumSet.allOf(RegistrantStatus.class), filter.statuses());
        assertEquals(RegistrantFilter.Sort.END_DESC, filter.sort());
        assertEquals(Set.of(RegistrantStatus.SUSPENDED),
                RegistrantFilter.parse(Map.of("status", "suspended")::get).statuses());
    }

    @Test
    void aBadValueIsRefusedWithTheMessageOfItsParameter() {
        var months = assertThrows(BusinessException.class,
                () -> RegistrantFilter.parse(Map.of("months", "0")::get));
        assertEquals("months", months.field());
        assertEquals("overview.parameter.months", months.messageKey());
        for (var bad : Map.of("standing", "GREAT", "rayon", "noord", "sort", "age").entrySet()) {
            var e = assertThrows(BusinessException.class,
                    () -> RegistrantFilter.parse(Map.of(bad.getKey(), bad.getValue())::get));
            assertEquals(bad.getKey(), e.field());
            assertEquals("overview.parameter.invalid", e.messageKey());
        }
    }
}
