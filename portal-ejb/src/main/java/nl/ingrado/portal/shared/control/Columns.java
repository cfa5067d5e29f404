package nl.ingrado.portal.shared.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The values of a native query's row as Java types: the JDBC driver hands a DATETIME as a
 * {@link Timestamp} or a {@link LocalDateTime}, a DATE as a {@link Date} or a {@link LocalDate}, a
 * number as whichever {@link Number} fits the column, and a BOOLEAN as a Boolean or a number. A null
 * column stays null (a count or sum of no rows is 0).
 */
public final class Columns {

    private Columns() {
    }

    public static LocalDateTime dateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    public static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** An id or a number that may be null. */
    public static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A count or a sum: a sum of no rows is null, and counts as 0. */
    public static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
