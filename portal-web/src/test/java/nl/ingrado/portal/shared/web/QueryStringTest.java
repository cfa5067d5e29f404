package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    private static final List<String> NAMES = List.of("q", "rayon", "sort");

    @Test
    void theGivenParametersInTheirOrderEncoded() {
        var values = Map.of("sort", "-name", "q", "de Vries & co", "rayon", " ");
        assertEquals("q=de+Vries+%26+co&sort=-name", QueryString.of(NAMES, values::get));
        assertEquals("", QueryString.of(NAMES, name -> null));
    }

    @Test
    void oneParameterReplaced() {
        var values = Map.of("q", "x", "rayon", "3");
        assertEquals("q=x", QueryString.of(NAMES, values::get, "rayon", null));
        assertEquals("q=x&rayon=4", QueryString.of(NAMES, values::get, "rayon", "4"));
    }
}
