package nl.ingrado.portal.shared.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The column ({@code table.column}) that a length limit guards: a test compares each such limit with the
 * column's size in the database, so a form never accepts more than the column holds.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface StoredIn {

    /** {@code table.column}, one or more. */
    String[] value();
}
