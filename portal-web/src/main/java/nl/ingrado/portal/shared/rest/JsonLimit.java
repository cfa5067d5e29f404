package nl.ingrado.portal.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest JSON body a call takes, on the body's record; without it {@link JsonRecords#DEFAULT_MAX_BYTES}.
 * A body is limited to what the call needs, so nobody makes the server read megabytes to refuse them.
 * (On the record rather than the parameter: the OpenAPI generator of Payara fails on a body parameter
 * with an annotation.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonLimit {

    /** The most bytes the body may have. */
    int bytes();
}
