package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.entity.StoredIn;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * Every length limit that forms and API bodies declare ({@link Lengths}) fits the column it names, in the
 * migrated database: a value the form accepts is never too long to store (an HTTP 500) nor cut to fit.
 * Characters count as up to four bytes (utf8mb4), so the column's byte length is what counts; which
 * form fields use which limit is checked by {@link FormConstraintsTest}.
 */
class ColumnLimitsIT extends ContainerTest {

    @Test
    void everyLimitFitsTheColumnsItNames() throws IllegalAccessException {
        var problems = new ArrayList<String>();
        int columns = 0;
        for (var field : Lengths.class.getDeclaredFields()) {
            var stored = field.getAnnotation(StoredIn.class);
            if (stored == null || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            int max = field.getInt(null);
            for (var column : stored.value()) {
                var parts = column.split("\\.");
                var found = Db
                        .rows("SELECT CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, CHARACTER_SET_NAME "
                                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
                                + "AND COLUMN_NAME = ?", parts[0], parts[1]);
                columns++;
                if (found.isEmpty()) {
                    problems.add(field.getName() + ": no column " + column);
                    continue;
                }
                long chars = Long.parseLong(found.get(0).get(0));
                long bytes = Long.parseLong(found.get(0).get(1));
                if (chars < max || bytes < 4L * max) {
                    problems.add(field.getName() + " = " + max + ": " + column + " holds " + chars
                            + " characters, " + bytes + " bytes (" + found.get(0).get(2) + ")");
                }
            }
        }
        System.out.println("Column limits: " + columns + " columns checked");
        assertTrue(columns > 50, "the limits name their columns");
        assertEquals(java.util.List.of(), problems);
    }
}
