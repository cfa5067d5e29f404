package nl.ingrado.portal.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void absentIsTheFirstPageOfTheDefaultSize() {
        assertEquals(new Paging(0, 25), Paging.of(null, "", 25, 500));
        assertEquals(new Paging(50, 500), Paging.of(" 50", "500", 25, 500));
    }

    @Test
    void aBadNumberIsRefusedOnItsParameter() {
        var tooMany = assertThrows(BusinessException.class, () -> Paging.of("0", "100000", 25, 500));
        assertEquals("size", tooMany.field());
        assertEquals("list.parameter.range", tooMany.messageKey());
        var notANumber = assertThrows(BusinessException.class, () -> Paging.of("abc", null, 25, 500));
        assertEquals("first", notANumber.field());
        assertEquals("list.parameter.invalid", notANumber.messageKey());
        assertEquals("first",
                assertThrows(BusinessException.class, () -> Paging.of("-1", null, 25, 500)).field());
    }
}
