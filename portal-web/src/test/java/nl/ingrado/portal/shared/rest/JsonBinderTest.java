package nl.ingrado.portal.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

/** The strict binding of JSON bodies: every refusal names the field that broke the rule. */
class JsonBinderTest {

    record Choice(Map<Long, Long> workshops, String remarks) {
    }

    record Upload(String date, List<String> numbers, LocalDate day, boolean urgent, Integer count) {
    }

    record Nested(List<List<List<Long>>> deep) {
    }

    private static <T> T read(String json, Class<T> type) {
        try (var parser = Json.createParser(new StringReader(json))) {
            return new JsonBinder(parser, 3).read(type);
        }
    }

    private static BusinessException refused(String json, Class<?> type) {
        return assertThrows(BusinessException.class, () -> read(json, type));
    }

    @Test
    void aWellFormedBodyIsBound() {
        var choice = read("{\"workshops\":{\"9\":17},\"remarks\":\"vegetarisch\"}", Choice.class);
        assertEquals(Map.of(9L, 17L), choice.workshops());
        assertEquals("vegetarisch", choice.remarks());
        var upload = read("{\"numbers\":[\"KRSD-1\"],\"day\":\"2026-11-20\",\"urgent\":true,\"count\":3}",
                Upload.class);
        assertEquals(List.of("KRSD-1"), upload.numbers());
        assertEquals(LocalDate.of(2026, 11, 20), upload.day());
        assertEquals(3, upload.count());
        assertEquals(new Choice(null, null), read("{}", Choice.class));
    }

    @Test
    void wrongShapesTypesFractionsAndRangesNameTheField() {
        assertEquals("workshops", refused("{\"workshops\":[17]}", Choice.class).field());
        assertEquals("problem.json.expected.object",
                refused("{\"workshops\":[17]}", Choice.class).messageKey());
        var fraction = refused("{\"workshops\":{\"9\":17.9}}", Choice.class);
        assertEquals("workshops.9", fraction.field());
        assertEquals("problem.json.expected.integer", fraction.messageKey());
        assertEquals("workshops.9", refused("{\"workshops\":{\"9\":1e1}}", Choice.class).field());
        assertEquals("problem.json.range",
                refused("{\"workshops\":{\"9\":99999999999999999999}}", Choice.class).messageKey());
        assertEquals("problem.json.range", refused("{\"count\":3000000000}", Upload.class).messageKey());
        assertEquals("workshops.x", refused("{\"workshops\":{\"x\":1}}", Choice.class).field());
        assertEquals("remarks", refused("{\"remarks\":5}", Choice.class).field());
        assertEquals("numbers.1", refused("{\"numbers\":[\"a\",2]}", Upload.class).field());
        assertEquals("day", refused("{\"day\":\"20-11-2026\"}", Upload.class).field());
        assertEquals("urgent", refused("{\"urgent\":\"yes\"}", Upload.class).field());
        assertEquals("urgent", refused("{\"urgent\":null}", Upload.class).field());
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        var unknown = refused("{\"remarks\":\"a\",\"admin\":true}", Choice.class);
        assertEquals("admin", unknown.field());
        assertEquals("problem.json.unknownField", unknown.messageKey());
        assertEquals("problem.json.duplicate",
                refused("{\"remarks\":\"a\",\"remarks\":\"b\"}", Choice.class).messageKey());
    }

    @Test
    void theBodyMustBeOneObjectNestedNoDeeperThanTheLimit() {
        assertEquals("problem.json.object", refused("[{}]", Choice.class).messageKey());
        assertEquals("problem.json.object", refused("\"text\"", Choice.class).messageKey());
        assertEquals("problem.json.empty", refused("null", Choice.class).messageKey());
        assertEquals("problem.json.tooDeep", refused("{\"deep\":[[[1]]]}", Nested.class).messageKey());
        assertEquals(List.of(List.of()), read("{\"deep\":[[]]}", Nested.class).deep());
        // a hundred thousand levels are refused at the first wrong token, never parsed into a tree
        assertEquals("problem.json.object", refused("[".repeat(100_000), Choice.class).messageKey());
        assertThrows(JsonException.class, () -> read("{\"remarks\":", Choice.class));
        assertThrows(JsonException.class, () -> read("{} {}", Choice.class));
    }
}
