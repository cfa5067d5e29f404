package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready and live only when the database answers: without it the portal can serve no page. */
@ApplicationScoped
public class DatabaseHealth {

    /**
     * Looked up when asked rather than injected: in the EAR the data source is defined by the EJB
     * module, and the full server resolves it only after the web module's beans were validated.
     */
    private DataSource dataSource() throws javax.naming.NamingException {
        return (DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/portal");
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return this::check;
    }

    @Produces
    @Liveness
    HealthCheck live() {
        return this::check;
    }

    HealthCheckResponse check() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource().getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException | javax.naming.NamingException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
