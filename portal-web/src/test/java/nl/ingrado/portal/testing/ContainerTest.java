package nl.ingrado.portal.testing;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the in-container test classes: the one shared deployment (Arquillian finds the
 * {@code @Deployment} here for every subclass) and the portal's database as the services see it: its
 * persistence context, its data source and the transaction a test may open around several calls.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ContainerTest {

    @PersistenceContext(unitName = "portal")
    protected EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    protected DataSource dataSource;

    @Resource
    protected UserTransaction tx;

    @Deployment
    public static WebArchive deployment() {
        return InContainer.deployment();
    }
}
