package nl.ingrado.portal.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Demo data has its own
 * history table so that a production database never sees it and demo mode can be switched on later.
 */
// one resource takes part in every transaction, so a local (non-XA) pool: see LocalDataSource
@DataSourceDefinition(name = "java:app/jdbc/portal", className = "nl.ingrado.portal.shared.control.LocalDataSource", url = "${MPCONFIG=portal.db.url}", user = "${MPCONFIG=portal.db.user}", password = "${MPCONFIG=portal.db.password}", minPoolSize = 2, maxPoolSize = 32,
        // each statement sees what is committed: a count taken after a row lock is the true count
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        // a database that is down must fail a request within 2 s (503), not hold it: connecting gives
        // up after 2 s (the driver's connectTimeout); a pooled connection is checked with a ping
        // (isValid; "meta-data" never reaches MariaDB) and one dead one discards all, so after an
        // outage the pool starts afresh at once without a restart
        loginTimeout = 2, properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void migrate() {
        applyTo(dataSource, demo);
    }

    /** Applies all migrations (and demo data when asked) to the given database. */
    public static void applyTo(DataSource target, boolean withDemoData) {
        var schema = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(target)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema: " + schema.migrationsExecuted + " migration(s) applied");
        if (withDemoData) {
            var demoData = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(target)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demoData.migrationsExecuted + " script(s) applied");
        }
    }
}
