package nl.ingrado.portal.shared.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets a {@link ClockJob} run only where {@code portal.clock-jobs} is not false. */
@ClockJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ClockJobSwitch {

    @Inject
    @ConfigProperty(name = "portal.clock-jobs", defaultValue = "true")
    boolean enabled;

    @AroundTimeout
    Object runWhenEnabled(InvocationContext call) throws Exception {
        return enabled ? call.proceed() : null;
    }
}
