package nl.ingrado.portal.shared.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a job the wall clock starts ({@code @Schedule} at a time of day or hour): it runs unless
 * {@code portal.clock-jobs} is false. The test suite turns them off so that the hour a test happens
 * to run at never changes what it sees; tests call the jobs' methods themselves.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ClockJob {
}
